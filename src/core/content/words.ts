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
   * A clue was found (see clueSpanFound): the marks cover one of its key words, or two of its
   * words, so one small word tapped alone ("Pour" of "Pour Moscou et Pyongyang") is not enough;
   * and no more words were marked outside the clues than inside (marking everything finds nothing).
   */
  found: boolean;
  /** Some clue words were marked, but not enough of one clue to find it (the line says why). */
  short: boolean;
}

/** Letters a word must have to stand for a clue on its own (a number always does: "600", "2024"). */
export const KEY_WORD_LETTERS = 5;
// The excerpts are French: an elided article or pronoun before an apostrophe (l’, d’, qu’…) is not part of the word's meaning.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu;
const letterCount = (word: string): number => (word.replace(ELISION, '').match(/\p{L}/gu) ?? []).length;

/** Whether a word can stand for a clue on its own: a number, or a word of KEY_WORD_LETTERS letters or more. */
export function isKeyWord(word: string): boolean {
  return /\p{N}/u.test(word) || letterCount(word) >= KEY_WORD_LETTERS;
}

export interface ClueSpanWords {
  /** Indices of the words inside the clue span. */
  words: number[];
  /** Those that find it when marked alone: its key words, or in a span of only short words ("des obus") its longest. */
  key: number[];
}

/** Each clue span of the key with its words and its key words. */
export function clueSpanWords(excerpt: Pick<Excerpt, 'text' | 'clues'>): ClueSpanWords[] {
  const all = excerptWords(excerpt.text);
  return excerpt.clues.map((clue) => {
    const inside = all.filter((word) => overlaps(word, clue));
    let key = inside.filter((word) => isKeyWord(word.text));
    if (key.length === 0) {
      const longest = Math.max(0, ...inside.map((word) => letterCount(word.text)));
      key = inside.filter((word) => letterCount(word.text) === longest);
    }
    return { words: inside.map((word) => word.index), key: key.map((word) => word.index) };
  });
}

/** A clue span is found when the marks cover one of its key words, or two of its words (whatever they are). */
export function clueSpanFound(span: ClueSpanWords, marked: ReadonlySet<number>): boolean {
  return span.key.some((i) => marked.has(i)) || span.words.filter((i) => marked.has(i)).length >= 2;
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
  const marked = new Set(valid);
  const spanFound = clueSpanWords(excerpt).some((span) => clueSpanFound(span, marked));
  const found = spanFound && hits.length >= misses.length;
  return { hits, misses, found, short: hits.length > 0 && !spanFound };
}
