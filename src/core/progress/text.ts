/**
 * Text as a reader sees it: lengths counted in grapheme clusters (an emoji, even a family of
 * four joined by zero-width joiners, is one), so a name limit never cuts a character in half.
 * Intl.Segmenter where the engine has it; code points otherwise (never half a surrogate pair).
 */
type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
const SegmenterClass = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: 'grapheme' }) => Segmenter }).Segmenter;
let segmenter: Segmenter | null | undefined;

/** Made on first need: setting one up loads the engine's break rules, tens of milliseconds on an old machine at start-up. */
function graphemeSegmenter(): Segmenter | null {
  segmenter ??= SegmenterClass ? new SegmenterClass(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/**
 * Characters that never join a neighbour into one cluster: printable ASCII and the Latin letters
 * before the combining marks (U+0300). Most names are only these, and need no segmenter.
 */
const SINGLE_CLUSTERS = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

export function graphemes(text: string): string[] {
  if (SINGLE_CLUSTERS.test(text)) return text.split('');
  const segments = graphemeSegmenter();
  return segments ? Array.from(segments.segment(text), (s) => s.segment) : Array.from(text);
}

export function graphemeCount(text: string): number {
  if (SINGLE_CLUSTERS.test(text)) return text.length;
  const segments = graphemeSegmenter();
  if (!segments) return Array.from(text).length;
  let count = 0;
  for (const _ of segments.segment(text)) count += 1;
  return count;
}

/** The first `max` grapheme clusters of the text. */
export function sliceGraphemes(text: string, max: number): string {
  if (text.length <= max) return text; // never more clusters than code units
  return graphemes(text).slice(0, max).join('');
}

/** A name as two names are compared: case, accents and spacing ignored ("Léa" and " lea " are one person). */
export function comparableName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/**
 * A name field's own length cap, in UTF-16 code units as the browser counts them: generous
 * (a cluster can take several units, a family emoji eleven), so the field never cuts a cluster;
 * the limit in characters is checked and said by the game.
 */
export const NAME_FIELD_UNITS = 12;
