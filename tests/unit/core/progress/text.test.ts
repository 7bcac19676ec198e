/** Lengths in characters as a reader counts them, with and without the engine's segmenter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeCount, graphemes, sliceGraphemes } from '../../../../src/core/progress/text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Code points from the ranges the fast path takes without a segmenter, and a few that join their neighbours. */
const latin = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0x2ff })).map((c) => String.fromCodePoint(c));
const joining = fc.constantFrom('\u0301', '\u200d', '\ufe0f', '👩', '🏽', '🇫', '🇷', '\r\n', '\u1100', '\u1161', 'ﬁ', '한');

describe('grapheme clusters', () => {
  it('take every character of the fast path’s ranges as a cluster of its own, beside any other', () => {
    for (const [min, max] of [
      [0x20, 0x7e],
      [0xa0, 0x2ff],
    ]) {
      for (let code = min as number; code <= (max as number); code++) {
        const c = String.fromCodePoint(code);
        // A character that joined its neighbour (a combining mark, a prepended one) would make fewer clusters.
        expect(clusters(`a${c}a${c}${c}`).length, `U+${code.toString(16)}`).toBe(5);
      }
    }
  });

  it('agree with the engine’s segmenter on Latin text', () => {
    fc.assert(
      fc.property(
        fc.array(latin, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          expect(graphemeCount(text)).toBe(clusters(text).length);
          expect(graphemes(text)).toEqual(clusters(text));
        },
      ),
    );
  });

  it('agree with it on text mixing Latin letters with combining marks, emoji, flags and Hangul', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(latin, joining), { maxLength: 20 }).map((parts) => parts.join('')),
        (text) => {
          expect(graphemeCount(text)).toBe(clusters(text).length);
          expect(graphemes(text)).toEqual(clusters(text));
        },
      ),
    );
  });

  it('count a family emoji, an accent written as a combining mark and a flag as one character each', () => {
    expect(graphemeCount('👩‍👩‍👧‍👦')).toBe(1);
    expect(graphemeCount('Le\u0301a')).toBe(3);
    expect(graphemeCount('Léa 🇫🇷')).toBe(5);
    expect(sliceGraphemes('Le\u0301a-Marie', 2)).toBe('Le\u0301');
    expect(sliceGraphemes('Zoé', 12)).toBe('Zoé');
  });
});
