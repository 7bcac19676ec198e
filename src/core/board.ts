/**
 * The investigation board: the clippings of completed dossiers pinned on a corkboard, with a
 * string between two passages of different articles that the content relates (agrees, gives a
 * different figure, contradicts, tells of the same event). Pure, so the scene only draws it and
 * the DOM list, the scene and the tests read the same board.
 */
import type { Category } from './categories';
import { excerptsOfArticle } from './content/related';
import type { ArticleId, ContentBundle, Relation } from './content/schema';

export interface Clipping {
  /** The excerpt's id. */
  id: string;
  article: ArticleId;
  /** Its place in the article's reading order, from 1: the clipping's short label. */
  number: number;
  category: Category;
  /** Relations to passages of dossiers not completed yet: loose ends the board promises. */
  leads: number;
}

export interface BoardString {
  /** The two excerpt ids in sorted order, joined by `~`: one string per pair. */
  id: string;
  from: string;
  to: string;
  relation: Relation;
}

/**
 * One point several articles speak of: a hub passage and the strings tied to it. A string
 * belongs to one point; a clipping may be tied into several.
 */
export interface BoardPoint {
  /** The hub passage's id. */
  id: string;
  /** The shared topic of its figures (troops-deployed…), where the hub has one. */
  topic: string | undefined;
  strings: BoardString[];
}

export interface Board {
  /** Completed dossiers, in article order: one lane of clippings each. */
  dossiers: ArticleId[];
  clippings: Clipping[];
  strings: BoardString[];
  points: BoardPoint[];
  /** Clippings tied to no other clipping yet (listed apart in the DOM). */
  loose: string[];
}

/**
 * When the two sides of a pair were written with different relations, the stronger one is the
 * string's: a contradiction is what the board must not hide behind an agreement.
 */
const STRENGTH: Record<Relation, number> = { contradicts: 3, differs: 2, agrees: 1, 'same-event': 0 };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function pairId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/** Every string the content defines between two passages of different articles, once per pair, in id order. */
export function allStrings(content: ContentBundle): BoardString[] {
  const articleOf = new Map(content.excerpts.map((excerpt) => [excerpt.id, excerpt.article]));
  const byPair = new Map<string, BoardString>();
  for (const excerpt of content.excerpts) {
    for (const link of excerpt.related) {
      const other = articleOf.get(link.id);
      if (other === undefined || other === excerpt.article) continue;
      const id = pairId(excerpt.id, link.id);
      const known = byPair.get(id);
      if (known && STRENGTH[known.relation] >= STRENGTH[link.relation]) continue;
      const [from, to] = id.split('~') as [string, string];
      byPair.set(id, { id, from, to, relation: link.relation });
    }
  }
  return [...byPair.values()].sort((a, b) => compare(a.id, b.id));
}

export function buildBoard(content: ContentBundle, completed: ReadonlySet<ArticleId>): Board {
  const dossiers = content.articles.map((article) => article.id).filter((id) => completed.has(id));
  const pinned = new Set<string>();
  const clippings: Clipping[] = [];
  for (const article of dossiers) {
    excerptsOfArticle(content, article).forEach((excerpt, i) => {
      pinned.add(excerpt.id);
      clippings.push({ id: excerpt.id, article, number: i + 1, category: excerpt.category, leads: 0 });
    });
  }
  const every = allStrings(content);
  const strings = every.filter((s) => pinned.has(s.from) && pinned.has(s.to));
  const leads = new Map<string, number>();
  for (const s of every) {
    const [inside, outside] = pinned.has(s.from) ? [s.from, s.to] : [s.to, s.from];
    if (pinned.has(inside) && !pinned.has(outside)) leads.set(inside, (leads.get(inside) ?? 0) + 1);
  }
  for (const clipping of clippings) clipping.leads = leads.get(clipping.id) ?? 0;
  const topicOf = new Map(content.excerpts.map((excerpt) => [excerpt.id, excerpt.topic]));
  const points = groupByPoint(strings).map((point) => ({ ...point, topic: topicOf.get(point.id) }));
  const tied = new Set(strings.flatMap((s) => [s.from, s.to]));
  return { dossiers, clippings, strings, points, loose: clippings.filter((c) => !tied.has(c.id)).map((c) => c.id) };
}

/**
 * Groups strings by point, the way a reader would: the passage with the most strings still
 * ungrouped becomes a point's hub and takes them all, then the next (ties by id, so the same
 * board always groups the same way). The relation graph of the corpus is one big web, so its
 * connected parts would be no "point" at all; a hub and its strings is one question asked of
 * several articles.
 */
export function groupByPoint(strings: readonly BoardString[]): Array<{ id: string; strings: BoardString[] }> {
  const left = new Set(strings.map((s) => s.id));
  const points: Array<{ id: string; strings: BoardString[] }> = [];
  while (left.size > 0) {
    const degree = new Map<string, number>();
    for (const s of strings) {
      if (!left.has(s.id)) continue;
      degree.set(s.from, (degree.get(s.from) ?? 0) + 1);
      degree.set(s.to, (degree.get(s.to) ?? 0) + 1);
    }
    let hub = '';
    let best = -1;
    for (const [id, count] of degree) if (count > best || (count === best && compare(id, hub) < 0)) [hub, best] = [id, count];
    const taken = strings.filter((s) => left.has(s.id) && (s.from === hub || s.to === hub));
    for (const s of taken) left.delete(s.id);
    points.push({ id: hub, strings: taken });
  }
  return points;
}

/** The other end of a string, seen from one of its clippings. */
export function otherEnd(string: BoardString, id: string): string {
  return string.from === id ? string.to : string.from;
}

// ——— Layout ————————————————————————————————————————————————————————————————

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedClipping extends Rect {
  id: string;
  /** A slight tilt, in degrees, the same for a clipping on every visit. */
  angle: number;
  /** The pin at its head (a circle). */
  pin: { x: number; y: number; r: number };
  /** Where its reading-order number is written (on the clipping, clear of the pin), when the clipping has room for it. */
  number: LabelBox | null;
  /** Where its category's word is written, on a clipping wide enough for it. */
  category: LabelBox | null;
}

/** A box the drawing writes a word into: the drawing shrinks a word to its box, never lets it spill. */
export interface LabelBox extends Rect {
  /** The font size the word is written at, at most (px). */
  size: number;
}

export interface PlacedLane extends Rect {
  article: ArticleId;
  /** The dossier's name, at the head of its lane. */
  tag: LabelBox;
  /** How many clippings the lane holds: on a phone, where clippings are too small to carry a number, the lane says it. */
  count: LabelBox | null;
}

export interface BoardLayout {
  width: number;
  height: number;
  /** Lanes run top to bottom (landscape) or left to right (portrait, a phone). */
  orientation: 'columns' | 'rows';
  /**
   * A phone: the clippings are too small to carry a legible number, so none does; each lane is a
   * group of clippings with its count, and the DOM list below the board names every one.
   */
  compact: boolean;
  lanes: PlacedLane[];
  clippings: PlacedClipping[];
  /** The legend at the foot: for each relation, the swatch of its string's pattern and the box of its word. */
  legend: Array<{ relation: Relation; swatch: Rect; text: LabelBox }>;
}

/**
 * The most the layout is made for (and tested at): new content beyond it fails the board's unit
 * test, which is the moment to page the board rather than shrink it further.
 */
export const BOARD_CAPACITY = { dossiers: 8, clippingsPerDossier: 24 };

/** Room kept around the board. */
const MARGIN = 12;
/** No word on the board is written smaller than this (px): below, a word is dropped, and the DOM says it. */
export const MIN_LABEL = 10;
const RELATIONS_IN_LEGEND: Relation[] = ['agrees', 'differs', 'contradicts', 'same-event'];

/** The strip kept at the foot of the board for the legend of the strings: one row, or two on a phone. */
export function legendHeight(width: number): number {
  return width < 640 ? 44 : 26;
}

/**
 * The head of a lane holds its dossier's name: one line in a wide lane, two in a narrow column
 * (a dossier's name is up to ~50 characters), so the name keeps a legible size.
 */
function laneHead(orientation: 'columns' | 'rows', laneW: number): number {
  return orientation === 'rows' || laneW >= 420 ? 24 : 38;
}

/**
 * Places each clipping in its dossier's lane, in reading order, on a grid sized to the lane;
 * a hash of the excerpt id gives each a small offset and tilt, so the board looks pinned by
 * hand yet is the same at every visit and in every test. Every word drawn has its box here, so
 * a test can check that no two overlap, from 360×640 up to 1920×1080.
 */
export function layoutBoard(board: Board, width: number, height: number): BoardLayout {
  const orientation = width >= height ? 'columns' : 'rows';
  const n = Math.max(board.dossiers.length, 1);
  const innerW = Math.max(width - 2 * MARGIN, 1);
  const innerH = Math.max(height - 2 * MARGIN - legendHeight(width), 1);
  const head = laneHead(orientation, innerW / n);
  const lanes: PlacedLane[] = board.dossiers.map((article, i) => {
    const rect =
      orientation === 'columns'
        ? { x: MARGIN + (innerW / n) * i, y: MARGIN, w: innerW / n, h: innerH }
        : { x: MARGIN, y: MARGIN + (innerH / n) * i, w: innerW, h: innerH / n };
    return { article, ...rect, tag: { x: rect.x + 4, y: rect.y + 2, w: Math.max(rect.w - 8, 1), h: head - 4, size: 13 }, count: null };
  });
  const cells: Array<{ clipping: Clipping; x: number; y: number; w: number; h: number; cellW: number; cellH: number }> = [];
  for (const lane of lanes) {
    const own = board.clippings.filter((c) => c.article === lane.article);
    // Below the lane's head, a grid of cells about the shape of a clipping.
    const area = { x: lane.x, y: lane.y + head, w: lane.w, h: Math.max(lane.h - head, 1) };
    const { cols, rows } = grid(own.length, area.w, area.h);
    const cellW = area.w / cols;
    const cellH = area.h / rows;
    const w = Math.min(cellW * 0.8, 96);
    const h = Math.min(cellH * 0.74, w * 0.75, 64);
    own.forEach((clipping, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      cells.push({ clipping, x: area.x + col * cellW, y: area.y + row * cellH, w, h, cellW, cellH });
    });
  }
  // A number needs a legible size and room below the pin; if the smallest clipping has none, no clipping carries one.
  const numberSize = (h: number) => Math.min(18, Math.max(MIN_LABEL, h * 0.3));
  const pinRadius = (w: number) => Math.max(3, Math.min(6, w / 14));
  const fits = (w: number, h: number) => {
    const size = numberSize(h);
    return h - (4 + pinRadius(w) + 1) - band(h) >= size * 1.25 && w >= size * 1.6;
  };
  const compact = cells.some((c) => !fits(c.w, c.h));
  if (compact)
    for (const lane of lanes) {
      // The count takes the right of the lane's head; the dossier's name keeps the rest.
      const countW = 30;
      lane.count = { x: lane.x + lane.w - 4 - countW, y: lane.y + 2, w: countW, h: head - 4, size: 12 };
      lane.tag.w = Math.max(lane.w - 12 - countW, 1);
    }
  const clippings = cells.map(({ clipping, x, y, w, h, cellW, cellH }) => {
    const noise = hash(clipping.id);
    const dx = (((noise & 0xff) / 255) * 2 - 1) * (cellW - w) * 0.25;
    const dy = ((((noise >>> 8) & 0xff) / 255) * 2 - 1) * (cellH - h) * 0.25;
    const left = x + (cellW - w) / 2 + dx;
    const top = y + (cellH - h) / 2 + dy;
    const r = pinRadius(w);
    const pin = { x: left + w / 2, y: top + 4, r };
    const size = numberSize(h);
    const numberTop = top + 4 + r + 1;
    const number = compact ? null : { x: left + 2, y: numberTop, w: w - 4, h: size * 1.25, size };
    const categoryTop = top + h - band(h) - 13;
    // The category's word only where it keeps its legible size and stays clear of the number.
    const category =
      !compact && w >= 64 && number && categoryTop >= number.y + number.h ? { x: left + 1, y: categoryTop, w: w - 2, h: 12, size: MIN_LABEL } : null;
    return { id: clipping.id, x: left, y: top, w, h, angle: Math.round(((((noise >>> 16) & 0xff) / 255) * 2 - 1) * 30) / 10, pin, number, category };
  });
  return { width, height, orientation, compact, lanes, clippings, legend: legendBoxes(width, height) };
}

/** The strip of colour at a clipping's foot that shows its category. */
export function band(h: number): number {
  return Math.max(4, h * 0.16);
}

function legendBoxes(width: number, height: number): BoardLayout['legend'] {
  const strip = legendHeight(width);
  const perRow = width < 640 ? 2 : 4;
  const cellW = (width - 24) / perRow;
  const rowH = (strip - 4) / (4 / perRow);
  const top = height - 10 - strip;
  return RELATIONS_IN_LEGEND.map((relation, i) => {
    const x = 12 + (i % perRow) * cellW;
    const y = top + 2 + Math.floor(i / perRow) * rowH;
    return {
      relation,
      swatch: { x: x + 4, y: y + rowH / 2 - 4, w: 30, h: 8 },
      text: { x: x + 40, y: y + 1, w: cellW - 46, h: rowH - 2, size: width < 640 ? 11 : 12 },
    };
  });
}

/** The box a tilted clipping covers on the board (its unrotated box turned by its angle about its centre). */
export function coverOf(c: PlacedClipping): Rect {
  const a = (Math.abs(c.angle) * Math.PI) / 180;
  const w = c.w * Math.cos(a) + c.h * Math.sin(a);
  const h = c.w * Math.sin(a) + c.h * Math.cos(a);
  return { x: c.x + c.w / 2 - w / 2, y: c.y + c.h / 2 - h / 2, w, h };
}

/** The grid of `count` cells whose cells are closest to the shape of a clipping (4:3) in a w×h box. */
function grid(count: number, w: number, h: number): { cols: number; rows: number } {
  let best = { cols: 1, rows: Math.max(count, 1), score: Number.POSITIVE_INFINITY };
  for (let cols = 1; cols <= Math.max(count, 1); cols++) {
    const rows = Math.ceil(Math.max(count, 1) / cols);
    const ratio = w / cols / (h / rows);
    const score = Math.abs(Math.log(ratio / (4 / 3)));
    if (score < best.score) best = { cols, rows, score };
  }
  return { cols: best.cols, rows: best.rows };
}

/** FNV-1a: a stable small hash of an id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The clipping under a point of the board, if any (the topmost: the last drawn). */
export function clippingAt(layout: BoardLayout, x: number, y: number): string | null {
  for (let i = layout.clippings.length - 1; i >= 0; i--) {
    const c = layout.clippings[i] as PlacedClipping;
    // The tilt is a few degrees: the unrotated box, a little enlarged, is a fair target for a finger.
    if (x >= c.x - 4 && x <= c.x + c.w + 4 && y >= c.y - 4 && y <= c.y + c.h + 4) return c.id;
  }
  return null;
}
