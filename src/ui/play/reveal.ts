/** How far to scroll down so a panel's bottom shows (with a margin), without pushing any of `keepTops` above the screen's top. */
export function revealOffset(box: { panelBottom: number; viewport: number; keepTops: readonly number[]; margin?: number }): number {
  const margin = box.margin ?? 8;
  const wanted = box.panelBottom + margin - box.viewport;
  if (wanted <= 0) return 0;
  const limit = Math.min(...box.keepTops.map((top) => top - margin));
  return Math.max(0, Math.min(wanted, limit));
}
