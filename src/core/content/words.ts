/**
 * The words of an excerpt, as the player marks them in the "find the clue" step: maximal runs
 * of letters and digits, joined by apostrophes or hyphens inside a word ("l’envoi", "Jong-un");
 * spaces and punctuation are not words. Marks are stored as word indices, so this split is
 * part of the saved format: change it only with a migration.
 */
import type { ClueSpan, Excerpt } from './schema';

export interface Word {
  /** Position among the excerpt's words, from 0. */
  index: number;
  text: string;
  /** Offset in the excerpt text (UTF-16 code units). */
  at: number;
}

// \p{M}: a letter written with a combining accent stays one word; ‐ and ‑ are the typographic hyphens.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‐‑-][\p{L}\p{N}\p{M}]+)*/gu;

export function excerptWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match, index) => ({ index, text: match[0], at: match.index ?? 0 }));
}

/** The text cut into runs: each word with its index, and the spaces and punctuation between them. */
export function wordRuns(text: string): Array<{ word: Word } | { between: string }> {
  const runs: Array<{ word: Word } | { between: string }> = [];
  let cursor = 0;
  for (const word of excerptWords(text)) {
    if (word.at > cursor) runs.push({ between: text.slice(cursor, word.at) });
    runs.push({ word });
    cursor = word.at + word.text.length;
  }
  if (cursor < text.length) runs.push({ between: text.slice(cursor) });
  return runs;
}

function overlaps(word: Word, clue: ClueSpan): boolean {
  return word.at < clue.at + clue.text.length && clue.at < word.at + word.text.length;
}

/** Indices of the words that fall inside one of the key's clue spans. */
export function clueWordIndices(excerpt: Pick<Excerpt, 'text' | 'clues'>): number[] {
  return excerptWords(excerpt.text)
    .filter((word) => excerpt.clues.some((clue) => overlaps(word, clue)))
    .map((word) => word.index);
}

export interface ClueMarks {
  /** Marked words inside a clue span. */
  hits: number[];
  /** Marked words outside every clue span. */
  misses: number[];
  /**
   * A clue was found: at least one marked word is a clue word, and no more words were marked
   * outside the clues than inside (marking everything finds nothing).
   */
  found: boolean;
}

/** How many words a player may mark on one excerpt: the clue, not the whole sentence (result codes hold at most this many). */
export const MAX_CLUE_MARKS = 6;

/** Marks as stored: distinct word indices of this text, ascending. */
export function normaliseMarks(marks: readonly number[], wordCount: number): number[] {
  return [...new Set(marks)].filter((i) => Number.isInteger(i) && i >= 0 && i < wordCount).sort((a, b) => a - b);
}

/** How the player's marks compare with the key's clue spans; unknown or repeated indices are ignored. */
export function clueMarks(excerpt: Pick<Excerpt, 'text' | 'clues'>, marks: readonly number[]): ClueMarks {
  const count = excerptWords(excerpt.text).length;
  const inClues = new Set(clueWordIndices(excerpt));
  const valid = normaliseMarks(marks, count);
  const hits = valid.filter((i) => inClues.has(i));
  const misses = valid.filter((i) => !inClues.has(i));
  return { hits, misses, found: hits.length > 0 && hits.length >= misses.length };
}
