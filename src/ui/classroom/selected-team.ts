import { useEffect } from 'preact/hooks';

/**
 * A team picked by its number on the keyboard: its row is brought into view, so the room sees
 * whose answer or vote the next key gives, even when the rows are below the fold (1280×800, a phone).
 */
export function useSelectedRowInView(selected: number | null): void {
  useEffect(() => {
    if (selected !== null) document.querySelector('.team-row.is-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
}
