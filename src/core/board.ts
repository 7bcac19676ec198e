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
}

export interface BoardLayout {
  width: number;
  height: number;
  /** Lanes run top to bottom (landscape) or left to right (portrait, a phone). */
  orientation: 'columns' | 'rows';
  lanes: Array<{ article: ArticleId } & Rect>;
  clippings: PlacedClipping[];
}

/** Room kept around the board and at the head of each lane (for its dossier's tag). */
const MARGIN = 12;
export const LANE_HEAD = 24;

/** The strip kept at the foot of the board for the legend of the strings: one row, or two on a phone. */
export function legendHeight(width: number): number {
  return width < 640 ? 44 : 26;
}

/**
 * Places each clipping in its dossier's lane, in reading order, on a grid sized to the lane;
 * a hash of the excerpt id gives each a small offset and tilt, so the board looks pinned by
 * hand yet is the same at every visit and in every test. Fits 360×640 up to 1920×1080.
 */
export function layoutBoard(board: Board, width: number, height: number): BoardLayout {
  const orientation = width >= height ? 'columns' : 'rows';
  const n = Math.max(board.dossiers.length, 1);
  const innerW = Math.max(width - 2 * MARGIN, 1);
  const innerH = Math.max(height - 2 * MARGIN - legendHeight(width), 1);
  const laneOf = new Map<ArticleId, Rect>();
  const lanes = board.dossiers.map((article, i) => {
    const rect =
      orientation === 'columns'
        ? { x: MARGIN + (innerW / n) * i, y: MARGIN, w: innerW / n, h: innerH }
        : { x: MARGIN, y: MARGIN + (innerH / n) * i, w: innerW, h: innerH / n };
    laneOf.set(article, rect);
    return { article, ...rect };
  });
  const clippings: PlacedClipping[] = [];
  for (const article of board.dossiers) {
    const lane = laneOf.get(article) as Rect;
    const own = board.clippings.filter((c) => c.article === article);
    // Below the lane's head, a grid of cells about the shape of a clipping.
    const area = { x: lane.x, y: lane.y + LANE_HEAD, w: lane.w, h: lane.h - LANE_HEAD };
    const { cols, rows } = grid(own.length, area.w, area.h);
    const cellW = area.w / cols;
    const cellH = area.h / rows;
    const w = Math.min(cellW * 0.82, 96);
    const h = Math.min(cellH * 0.78, w * 0.75, 64);
    own.forEach((clipping, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const noise = hash(clipping.id);
      const dx = (((noise & 0xff) / 255) * 2 - 1) * (cellW - w) * 0.3;
      const dy = ((((noise >>> 8) & 0xff) / 255) * 2 - 1) * (cellH - h) * 0.3;
      clippings.push({
        id: clipping.id,
        x: area.x + col * cellW + (cellW - w) / 2 + dx,
        y: area.y + row * cellH + (cellH - h) / 2 + dy,
        w,
        h,
        angle: Math.round(((((noise >>> 16) & 0xff) / 255) * 2 - 1) * 40) / 10,
      });
    });
  }
  return { width, height, orientation, lanes, clippings };
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
