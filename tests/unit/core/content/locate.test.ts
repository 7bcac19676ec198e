import { describe, expect, it } from 'vitest';
import { findClue, findInArticle, segmentSpans } from '../../../../src/core/content/locate';
import { fixtureArticle } from '../../fixtures';

const article = fixtureArticle('003', ['Les « héros » sont des héros.'], 'T');

describe('locate', () => {
  it('finds every occurrence of a text with its block and offset', () => {
    expect(findInArticle(article, 'héros')).toEqual([
      { block: 1, offset: 6 },
      { block: 1, offset: 23 },
    ]);
    expect(findInArticle(article, 'absent')).toEqual([]);
  });

  it('finds clue offsets in an excerpt', () => {
    expect(findClue('a b a', 'a')).toEqual([0, 4]);
  });

  it('splits text into marked and plain segments, merging overlaps', () => {
    expect(
      segmentSpans('abcdefgh', [
        { at: 5, length: 2 },
        { at: 1, length: 2 },
        { at: 2, length: 2 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'fg', marked: true },
      { text: 'h', marked: false },
    ]);
  });
});
