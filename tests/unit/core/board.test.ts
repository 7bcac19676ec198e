import { describe, expect, it } from 'vitest';
import { allStrings, buildBoard, clippingAt, groupByPoint, layoutBoard, pairId } from '../../../src/core/board';
import type { Category } from '../../../src/core/categories';
import type { ArticleId, ContentBundle, Excerpt, Relation } from '../../../src/core/content/schema';
import { readContent } from '../../../scripts/lib/read-content';
import { validateContent } from '../../../src/core/content/validate';
import { fixtureArticle } from '../fixtures';

type Link = { id: string; relation: Relation };

/** Excerpts placed in reading order by their number (block = number), with the links given. */
function content(spec: Record<string, { category?: Category; related?: Link[]; topic?: string }>): ContentBundle {
  const excerpts = Object.entries(spec).map(
    ([id, e]) =>
      ({
        id,
        article: id.slice(0, 3),
        category: e.category ?? 'fact',
        position: { block: Number(id.slice(4)), offset: 0 },
        related: e.related ?? [],
        ...(e.topic ? { topic: e.topic } : {}),
      }) as unknown as Excerpt,
  );
  const articles = [...new Set(excerpts.map((e) => e.article))].sort().map((id) => fixtureArticle(id as ArticleId, ['x']));
  return { articles, excerpts };
}

// Three articles: 000-02 is the hub (agrees with 001-01, differs from 001-02, contradicts 002-01);
// 001-01 and 002-01 tell of the same event; 000-01 has no link; one link points inside its own article.
const fixture = content({
  '000-02': {
    related: [
      { id: '001-01', relation: 'agrees' },
      { id: '001-02', relation: 'differs' },
      { id: '002-01', relation: 'contradicts' },
      { id: '000-01', relation: 'agrees' },
    ],
    topic: 'troops',
  },
  '000-01': { category: 'opinion' },
  '001-01': {
    related: [
      { id: '000-02', relation: 'agrees' },
      { id: '002-01', relation: 'same-event' },
    ],
  },
  '001-02': { category: 'estimate', related: [{ id: '000-02', relation: 'agrees' }] },
  '002-01': { category: 'propaganda' },
});

function shipped(): ContentBundle {
  const { bundle } = validateContent(readContent().input);
  if (!bundle) throw new Error('the shipped content does not validate');
  return bundle;
}

describe('board strings', () => {
  it('makes one string per pair of passages of different articles, either side written', () => {
    expect(allStrings(fixture).map((s) => [s.id, s.relation])).toEqual([
      ['000-02~001-01', 'agrees'],
      ['000-02~001-02', 'differs'],
      ['000-02~002-01', 'contradicts'],
      ['001-01~002-01', 'same-event'],
    ]);
  });

  it('keeps the stronger relation when the two sides disagree (differs over agrees)', () => {
    expect(allStrings(fixture).find((s) => s.id === pairId('001-02', '000-02'))?.relation).toBe('differs');
  });

  it('leaves out a link inside one article: the board compares sources', () => {
    expect(allStrings(fixture).some((s) => s.id === '000-01~000-02')).toBe(false);
  });
});

describe('board model', () => {
  it('is an empty board for a newcomer, with nothing pinned and nothing tied', () => {
    const board = buildBoard(fixture, new Set());
    expect(board).toEqual({ dossiers: [], clippings: [], strings: [], points: [], loose: [] });
  });

  it('pins the clippings of completed dossiers in reading order and counts the leads to the others', () => {
    const board = buildBoard(fixture, new Set<ArticleId>(['000']));
    expect(board.dossiers).toEqual(['000']);
    expect(board.clippings).toEqual([
      { id: '000-01', article: '000', number: 1, category: 'opinion', leads: 0 },
      { id: '000-02', article: '000', number: 2, category: 'fact', leads: 3 },
    ]);
    expect(board.strings).toEqual([]);
    expect(board.loose).toEqual(['000-01', '000-02']);
  });

  it('ties strings only between pinned clippings, each relation kept', () => {
    const board = buildBoard(fixture, new Set<ArticleId>(['000', '001']));
    expect(board.strings.map((s) => `${s.id}:${s.relation}`)).toEqual(['000-02~001-01:agrees', '000-02~001-02:differs']);
    expect(board.clippings.find((c) => c.id === '000-02')?.leads).toBe(1);
    expect(board.clippings.find((c) => c.id === '001-01')?.leads).toBe(1);
    expect(board.loose).toEqual(['000-01']);
  });

  it('groups strings by point around the passage most tied, each string in one point', () => {
    const board = buildBoard(fixture, new Set<ArticleId>(['000', '001', '002']));
    expect(board.points.map((p) => [p.id, p.topic, p.strings.map((s) => s.id)])).toEqual([
      ['000-02', 'troops', ['000-02~001-01', '000-02~001-02', '000-02~002-01']],
      ['001-01', undefined, ['001-01~002-01']],
    ]);
    const grouped = board.points.flatMap((p) => p.strings.map((s) => s.id));
    expect(grouped.sort()).toEqual(board.strings.map((s) => s.id));
  });

  it('breaks a tie between hubs by id, so the grouping never depends on the order of the content', () => {
    const strings = [
      { id: 'b~c', from: 'b', to: 'c', relation: 'agrees' as const },
      { id: 'a~d', from: 'a', to: 'd', relation: 'agrees' as const },
    ];
    expect(groupByPoint(strings).map((p) => p.id)).toEqual(['a', 'b']);
    expect(groupByPoint([...strings].reverse()).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('on the real content, every string of the completed dossiers is on the board once', () => {
    const real = shipped();
    const all = new Set<ArticleId>(['000', '001', '002', '003', '004']);
    const board = buildBoard(real, all);
    expect(board.clippings).toHaveLength(real.excerpts.length);
    expect(board.strings.length).toBeGreaterThan(50);
    expect(board.points.flatMap((p) => p.strings).length).toBe(board.strings.length);
    expect(board.clippings.every((c) => c.leads === 0)).toBe(true);
  });
});

describe('board layout', () => {
  const full = buildBoard(fixture, new Set<ArticleId>(['000', '001', '002']));
  const sizes: Array<[number, number]> = [
    [360, 640],
    [1280, 800],
    [1920, 1080],
  ];

  it('is the same at every call (no randomness left to the moment)', () => {
    expect(layoutBoard(full, 1280, 800)).toEqual(layoutBoard(full, 1280, 800));
  });

  it.each(sizes)('at %i×%i keeps every clipping inside the board and apart from the others', (w, h) => {
    const layout = layoutBoard(full, w, h);
    expect(layout.orientation).toBe(w >= h ? 'columns' : 'rows');
    expect(layout.clippings).toHaveLength(full.clippings.length);
    for (const c of layout.clippings) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.w).toBeLessThanOrEqual(w);
      expect(c.y + c.h).toBeLessThanOrEqual(h);
      expect(Math.abs(c.angle)).toBeLessThanOrEqual(4);
    }
    for (const a of layout.clippings)
      for (const b of layout.clippings) if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });

  it('fits the whole real corpus on a phone and on a projector, clippings big enough to point at on the projector', () => {
    const real = shipped();
    const board = buildBoard(real, new Set<ArticleId>(['000', '001', '002', '003', '004']));
    for (const [w, h] of sizes) {
      const layout = layoutBoard(board, w, h);
      for (const c of layout.clippings) expect(c.x + c.w <= w && c.y + c.h <= h).toBe(true);
      if (w >= 1280) expect(Math.min(...layout.clippings.map((c) => c.h))).toBeGreaterThanOrEqual(24);
    }
  });

  it('finds the clipping under a point, and none between clippings', () => {
    const layout = layoutBoard(full, 1280, 800);
    const first = layout.clippings[0];
    if (!first) throw new Error('no clipping');
    expect(clippingAt(layout, first.x + first.w / 2, first.y + first.h / 2)).toBe(first.id);
    expect(clippingAt(layout, 1, 1)).toBeNull();
  });
});
