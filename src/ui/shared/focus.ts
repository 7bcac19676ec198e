import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses the element when the view opens (or when `key` changes), so keyboard and
 * screen-reader users start at the top of what just appeared instead of the page's top.
 */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}
