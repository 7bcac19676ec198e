/** Finding excerpts and clue words in the articles: pure string work, shared by the check, the viewer and the tests. */
import type { Article, ClueSpan, Excerpt } from './schema';

export interface BlockPosition {
  block: number;
  offset: number;
}

/** Every place the text occurs in the article, in reading order. */
export function findInArticle(article: Article, text: string): BlockPosition[] {
  const found: BlockPosition[] = [];
  article.blocks.forEach((block, index) => {
    let from = 0;
    for (;;) {
      const at = block.text.indexOf(text, from);
      if (at < 0) break;
      found.push({ block: index, offset: at });
      from = at + 1;
    }
  });
  return found;
}

/** True when the excerpt's text stands character for character at its recorded position. */
export function isAtPosition(article: Article, excerpt: Pick<Excerpt, 'text' | 'position'>): boolean {
  const block = article.blocks[excerpt.position.block];
  if (!block) return false;
  return block.text.startsWith(excerpt.text, excerpt.position.offset);
}

/** Every offset where the clue occurs in the excerpt text. */
export function findClue(excerptText: string, clue: string): number[] {
  const offsets: number[] = [];
  let from = 0;
  for (;;) {
    const at = excerptText.indexOf(clue, from);
    if (at < 0) return offsets;
    offsets.push(at);
    from = at + 1;
  }
}

export function isClueAt(excerptText: string, clue: ClueSpan): boolean {
  return excerptText.startsWith(clue.text, clue.at);
}

/** A piece of text, marked or not: how the UI highlights clues without parsing HTML. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits text into plain and marked segments; overlapping or out-of-range spans are merged or clipped. */
export function segmentSpans(text: string, spans: readonly { at: number; length: number }[]): Segment[] {
  const ranges = spans
    .map((s) => ({ start: Math.max(0, s.at), end: Math.min(text.length, s.at + s.length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const r of merged) {
    if (r.start > cursor) segments.push({ text: text.slice(cursor, r.start), marked: false });
    segments.push({ text: text.slice(r.start, r.end), marked: true });
    cursor = r.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** Clue spans of an excerpt as segments of its text. */
export function clueSegments(excerpt: Pick<Excerpt, 'text' | 'clues'>): Segment[] {
  return segmentSpans(
    excerpt.text,
    excerpt.clues.map((c) => ({ at: c.at, length: c.text.length })),
  );
}
