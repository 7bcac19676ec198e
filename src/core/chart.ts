/**
 * Geometry for the small charts of the Progress screen (drawn as inline SVG by the UI).
 * Rates are 0…1; a null rate is a gap in a line, never a point at 0.
 */

export interface PlotArea {
  /** The whole drawing, in SVG user units. */
  width: number;
  height: number;
  /** Margins kept for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Evenly spaced x positions; a single point sits in the middle. */
export function xPositions(count: number, area: PlotArea): number[] {
  const from = area.left;
  const to = area.width - area.right;
  if (count <= 0) return [];
  if (count === 1) return [(from + to) / 2];
  const step = (to - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/** y for a rate: 1 at the top of the plot, 0 at the bottom (clamped, so a bad value never leaves the plot). */
export function yForRate(rate: number, area: PlotArea): number {
  const clamped = Math.min(1, Math.max(0, rate));
  const top = area.top;
  const bottom = area.height - area.bottom;
  return bottom - clamped * (bottom - top);
}

/** The runs of consecutive known values, as points: a line is drawn per run, with gaps at nulls. */
export function lineRuns(rates: ReadonlyArray<number | null>, area: PlotArea): Point[][] {
  const xs = xPositions(rates.length, area);
  const runs: Point[][] = [];
  let current: Point[] = [];
  rates.forEach((rate, i) => {
    if (rate === null) {
      if (current.length > 0) runs.push(current);
      current = [];
      return;
    }
    current.push({ x: xs[i] as number, y: yForRate(rate, area) });
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

/** An SVG path through the points ("M x y L x y …"), rounded to 0.1 so the markup stays small. */
export function pathThrough(points: readonly Point[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join(' ');
}
