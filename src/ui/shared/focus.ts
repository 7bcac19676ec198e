import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

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

/**
 * Returns `focusAfterRender(pick)`: once the render that the next dispatch causes is committed, focuses
 * (or selects, for a text field) the element `pick` finds then. In the commit itself, not on a timer: a
 * timer could fire after the user had moved the focus on, and pull it back.
 */
export function useFocusAfterRender(): (pick: () => HTMLElement | null | undefined, select?: boolean) => void {
  const pending = useRef<{ pick: () => HTMLElement | null | undefined; select: boolean } | null>(null);
  useLayoutEffect(() => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const element = next.pick();
    if (next.select && element instanceof HTMLInputElement) element.select();
    else element?.focus();
  });
  return (pick, select = false) => {
    pending.current = { pick, select };
  };
}
