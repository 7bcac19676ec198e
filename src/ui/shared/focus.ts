import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses the element when the view opens (or when `key` changes), so keyboard and
 * screen-reader users start at the top of what just appeared instead of the page's top.
 */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  // The screen opens at its top (App scrolls there): the focus must not scroll it down again.
  useEffect(() => ref.current?.focus({ preventScroll: true }), [key]);
  return ref;
}
