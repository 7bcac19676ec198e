/**
 * The words of an excerpt, as the clue step marks them and result codes carry them: maximal
 * runs of letters and digits, with apostrophes and hyphens kept when they stand inside a word
 * (« l’armée », « nord-coréens », « 12 000 » is two words). Punctuation and spaces are not
 * words. A mark is the index of a word in this list, so it means the same on every device
 * running the same excerpt text.
 */
export interface ExcerptWord {
  /** The word as written. */
  text: string;
  /** Its offset in the excerpt text (UTF-16 code units), and the offset just after it. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‐‑-][\p{L}\p{N}\p{M}]+)*/gu;

export function excerptWords(text: string): ExcerptWord[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The text cut into words and what lies between them, in order: for showing marks in the excerpt. */
export function wordSegments(text: string): Array<{ text: string; word: number | null }> {
  const segments: Array<{ text: string; word: number | null }> = [];
  let at = 0;
  excerptWords(text).forEach((word, index) => {
    if (word.start > at) segments.push({ text: text.slice(at, word.start), word: null });
    segments.push({ text: word.text, word: index });
    at = word.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at), word: null });
  return segments;
}

/** How many words a player may mark on one excerpt: the clue, not the whole sentence. */
export const MAX_CLUE_MARKS = 6;

/** Marks as stored: distinct word indices of this text, in order, at most MAX_CLUE_MARKS. */
export function normaliseMarks(marks: readonly number[], wordCount: number): number[] {
  return [...new Set(marks)].filter((i) => Number.isInteger(i) && i >= 0 && i < wordCount).sort((a, b) => a - b);
}
