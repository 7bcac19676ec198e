/**
 * The board's layout keeps every word legible: no two of its boxes (clippings as tilted, pins,
 * numbers, category words, dossier names, counts, the legend) overlap, on the real corpus and on
 * the largest board the layout is made for, from a phone to a projector.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/read-content';
import { BOARD_CAPACITY, type BoardLayout, buildBoard, coverOf, layoutBoard, MIN_LABEL, type Rect } from '../../../src/core/board';
import type { ArticleId, ContentBundle, Excerpt } from '../../../src/core/content/schema';
import { validateContent } from '../../../src/core/content/validate';
import { fixtureArticle } from '../fixtures';

function shipped(): ContentBundle {
  const { bundle } = validateContent(readContent().input);
  if (!bundle) throw new Error('the shipped content does not validate');
  return bundle;
}

/** The largest board: as many dossiers as the layout takes, each with as many clippings, tied in a chain. */
function largest(): ContentBundle {
  const ids = Array.from({ length: BOARD_CAPACITY.dossiers }, (_, i) => String(i).padStart(3, '0') as ArticleId);
  const excerpts = ids.flatMap((article, a) =>
    Array.from({ length: BOARD_CAPACITY.clippingsPerDossier }, (_, i) => {
      const id = `${article}-${String(i + 1).padStart(2, '0')}`;
      const next = ids[(a + 1) % ids.length] as string;
      return {
        id,
        article,
        category: (['fact', 'estimate', 'opinion', 'propaganda'] as const)[i % 4],
        position: { block: i + 1, offset: 0 },
        related: [{ id: `${next}-${String(i + 1).padStart(2, '0')}`, relation: 'agrees' }],
      } as unknown as Excerpt;
    }),
  );
  return { articles: ids.map((id) => fixtureArticle(id, ['x'])), excerpts };
}

const disjoint = (a: Rect, b: Rect): boolean => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.w <= outer.x + outer.w + 1e-9 &&
  inner.y + inner.h <= outer.y + outer.h + 1e-9;
const pinBox = (p: { x: number; y: number; r: number }): Rect => ({ x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r });

/** Every overlap of the layout, in words (an empty list: none). */
function overlaps(layout: BoardLayout): string[] {
  const found: string[] = [];
  // Boxes on the board itself, each with the clipping it belongs to (its pin sits on its own clipping).
  const boxes: Array<{ name: string; owner?: string; box: Rect }> = [
    ...layout.lanes.flatMap((l) => [{ name: `tag ${l.article}`, box: l.tag }, ...(l.count ? [{ name: `count ${l.article}`, box: l.count }] : [])]),
    ...layout.clippings.flatMap((c) => [
      { name: `clipping ${c.id}`, owner: c.id, box: coverOf(c) },
      { name: `pin ${c.id}`, owner: c.id, box: pinBox(c.pin) },
    ]),
    ...layout.legend.flatMap((l) => [
      { name: `swatch ${l.relation}`, box: l.swatch },
      { name: `legend ${l.relation}`, box: l.text },
    ]),
  ];
  const board = { x: 0, y: 0, w: layout.width, h: layout.height };
  for (const [i, a] of boxes.entries()) {
    if (!inside(a.box, board)) found.push(`${a.name} leaves the board`);
    for (const b of boxes.slice(i + 1)) if ((!a.owner || a.owner !== b.owner) && !disjoint(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
  }
  // Words written on a clipping turn with it: they are checked in its own (unturned) frame.
  for (const c of layout.clippings) {
    const words = [c.number && { name: 'number', box: c.number }, c.category && { name: 'category', box: c.category }].filter((w) => !!w);
    for (const word of words) {
      if (!inside(word.box, c)) found.push(`${word.name} of ${c.id} leaves its clipping`);
      if (!disjoint(word.box, pinBox(c.pin))) found.push(`${word.name} of ${c.id} × its pin`);
    }
    if (c.number && c.category && !disjoint(c.number, c.category)) found.push(`number × category of ${c.id}`);
  }
  return found;
}

/** Every word's box is tall enough for its font size, and no font is below the legible minimum. */
function illegible(layout: BoardLayout): string[] {
  const words = [
    ...layout.lanes.flatMap((l) => (l.count ? [l.tag, l.count] : [l.tag])),
    ...layout.legend.map((l) => l.text),
    ...layout.clippings.flatMap((c) => [c.number, c.category].filter((w) => w !== null)),
  ];
  return words.filter((w) => w.size < MIN_LABEL || w.h < w.size).map((w) => JSON.stringify(w));
}

// The screen sizes, and the stage's own box on the board screen (62 % of the height; seen in the browser: 360×396 on a phone,
// and 1280×112 for a moment while the stage is being resized).
const sizes: Array<[number, number]> = [
  [360, 640],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
  [360, 396],
  [328, 397],
  [1280, 112],
  [736, 635],
  [1248, 496],
  [1888, 670],
];

describe('board layout, words kept apart', () => {
  const real = shipped();
  const all = new Set(real.articles.map((a) => a.id));
  const boards = {
    'the whole real corpus': buildBoard(real, all),
    'one real dossier': buildBoard(real, new Set<ArticleId>(['001'])),
    'two real dossiers': buildBoard(real, new Set<ArticleId>(['000', '004'])),
    'the largest board': buildBoard(largest(), new Set(largest().articles.map((a) => a.id))),
  };

  it('the real content stays within what the layout is made for', () => {
    expect(real.articles.length).toBeLessThanOrEqual(BOARD_CAPACITY.dossiers);
    for (const article of real.articles)
      expect(real.excerpts.filter((e) => e.article === article.id).length).toBeLessThanOrEqual(BOARD_CAPACITY.clippingsPerDossier);
    expect(boards['the largest board'].clippings).toHaveLength(BOARD_CAPACITY.dossiers * BOARD_CAPACITY.clippingsPerDossier);
  });

  for (const [name, board] of Object.entries(boards))
    it.each(sizes)(`${name} at %i×%i: no two boxes overlap, every word legible`, (w, h) => {
      const layout = layoutBoard(board, w, h);
      expect(layout.clippings).toHaveLength(board.clippings.length);
      expect(overlaps(layout)).toEqual([]);
      expect(illegible(layout)).toEqual([]);
      // A clipping too small for a legible number carries none, and then none does: its lane gives the count.
      if (layout.compact) expect(layout.clippings.every((c) => c.number === null) && layout.lanes.every((l) => l.count !== null)).toBe(true);
      else expect(layout.clippings.every((c) => c.number !== null) && layout.lanes.every((l) => l.count === null)).toBe(true);
    });

  it('on a phone the whole corpus is grouped per dossier with counts; on a projector each clipping has its number and category', () => {
    const board = boards['the whole real corpus'];
    expect(layoutBoard(board, 328, 397).compact).toBe(true);
    const projector = layoutBoard(board, 1888, 670);
    expect(projector.compact).toBe(false);
    expect(projector.clippings.every((c) => c.category !== null)).toBe(true);
  });
});
