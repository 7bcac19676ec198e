/**
 * An article cut into plain text and marked excerpts, block by block, for the source
 * viewer; and the rule for which excerpts the viewer may mark, so that reading the
 * sources never gives away an answer the player has not yet found.
 */
import type { Category } from '../categories';
import { findInArticle, isAtPosition, segmentSpans, type Segment } from './locate';
import type { Article, Block, Excerpt } from './schema';

/** A stretch of a block: plain text, or one excerpt (with its clue words as marked parts). */
export type BlockRun = { type: 'text'; text: string } | { type: 'excerpt'; excerpt: Excerpt; parts: Segment[] };

export interface BlockView {
  index: number;
  block: Block;
  /** Concatenated, the runs give back the block's text exactly. */
  runs: BlockRun[];
  /** The excerpts marked in this block, in reading order. */
  excerptIds: string[];
}

export interface SegmentOptions {
  /** Which excerpts to mark (the others stay plain text). */
  mark: (excerpt: Excerpt) => boolean;
  /** Whether a marked excerpt shows its clue words; off by default. */
  showClues?: (excerpt: Excerpt) => boolean;
}

interface Placed {
  excerpt: Excerpt;
  block: number;
  offset: number;
}

/**
 * The article's blocks with the chosen excerpts marked. An excerpt is placed at its
 * recorded position, or else at the first place its text occurs; an excerpt found
 * nowhere, or overlapping one placed before it, stays unmarked rather than breaking
 * the text (the content check keeps both from happening in the shipped game).
 */
export function articleSegments(article: Article, excerpts: readonly Excerpt[], options: SegmentOptions): BlockView[] {
  const placed: Placed[] = [];
  for (const excerpt of excerpts) {
    if (excerpt.article !== article.id || !options.mark(excerpt)) continue;
    const position = isAtPosition(article, excerpt) ? excerpt.position : findInArticle(article, excerpt.text)[0];
    if (position) placed.push({ excerpt, block: position.block, offset: position.offset });
  }
  placed.sort((a, b) => a.block - b.block || a.offset - b.offset);

  return article.blocks.map((block, index) => {
    const runs: BlockRun[] = [];
    const excerptIds: string[] = [];
    let cursor = 0;
    for (const item of placed) {
      if (item.block !== index || item.offset < cursor) continue;
      if (item.offset > cursor) runs.push({ type: 'text', text: block.text.slice(cursor, item.offset) });
      const withClues = options.showClues?.(item.excerpt) ?? false;
      const spans = withClues ? item.excerpt.clues.map((clue) => ({ at: clue.at, length: clue.text.length })) : [];
      runs.push({ type: 'excerpt', excerpt: item.excerpt, parts: segmentSpans(item.excerpt.text, spans) });
      excerptIds.push(item.excerpt.id);
      cursor = item.offset + item.excerpt.text.length;
    }
    if (cursor < block.text.length) runs.push({ type: 'text', text: block.text.slice(cursor) });
    return { index, block, runs, excerptIds };
  });
}

/** How the viewer shows one excerpt: its category only when the player may know it. */
export interface ExcerptMark {
  /** The answer, shown with colour, icon and label; null to highlight without telling. */
  category: Category | null;
  /** The passage the viewer was opened at. */
  focus: boolean;
}

export interface MarkRule {
  /** Excerpts this profile has answered (their answers are no secret any more). */
  answered: ReadonlySet<string>;
  /** Teacher's switch: every excerpt with its answer. */
  showAllAnswers: boolean;
  focusExcerptId: string | null;
}

/**
 * Marks for the excerpts of an article: answered ones (or all, for a teacher) with their
 * category; the focused passage always highlighted, without its category when unanswered.
 * Excerpts not yet met are left out, so the sources library gives nothing away.
 */
export function excerptMarks(excerpts: readonly Excerpt[], rule: MarkRule): Map<string, ExcerptMark> {
  const marks = new Map<string, ExcerptMark>();
  for (const excerpt of excerpts) {
    const known = rule.showAllAnswers || rule.answered.has(excerpt.id);
    const focus = excerpt.id === rule.focusExcerptId;
    if (known || focus) marks.set(excerpt.id, { category: known ? excerpt.category : null, focus });
  }
  return marks;
}
