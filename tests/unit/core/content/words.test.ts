import { describe, expect, it } from 'vitest';
import { clueMarks, clueWordIndices, excerptWords, wordRuns } from '../../../../src/core/content/words';

const excerpt = {
  text: 'Les analystes redoutent que l’alliance pourrait « bouleverser » l’équilibre, selon Jong-un.',
  clues: [
    { text: 'Les analystes redoutent', at: 0 },
    { text: 'pourrait', at: 39 },
  ],
};

describe('excerpt words', () => {
  it('are runs of letters and digits, joined inside a word by apostrophes and hyphens', () => {
    expect(excerptWords(excerpt.text).map((w) => w.text)).toEqual([
      'Les',
      'analystes',
      'redoutent',
      'que',
      'l’alliance',
      'pourrait',
      'bouleverser',
      'l’équilibre',
      'selon',
      'Jong-un',
    ]);
    expect(excerptWords('10 000 soldats – et 6,000').map((w) => w.text)).toEqual(['10', '000', 'soldats', 'et', '6', '000']);
  });

  it('cut the text into runs that give it back whole', () => {
    const runs = wordRuns(excerpt.text);
    expect(runs.map((r) => ('word' in r ? r.word.text : r.between)).join('')).toBe(excerpt.text);
  });

  it('tell which words are the key’s clues', () => {
    expect(excerpt.text.slice(39, 47)).toBe('pourrait');
    expect(clueWordIndices(excerpt)).toEqual([0, 1, 2, 5]);
  });
});

describe('clue marks', () => {
  it('find a clue with one clue word, or with as many clue words as others', () => {
    expect(clueMarks(excerpt, [5])).toEqual({ hits: [5], misses: [], found: true });
    expect(clueMarks(excerpt, [5, 6])).toMatchObject({ found: true });
    expect(clueMarks(excerpt, [2, 3, 4])).toMatchObject({ hits: [2], misses: [3, 4], found: false });
  });

  it('find nothing when nothing or everything is marked', () => {
    expect(clueMarks(excerpt, [])).toEqual({ hits: [], misses: [], found: false });
    expect(clueMarks(excerpt, [...Array(10).keys()])).toMatchObject({ found: false });
  });

  it('ignore unknown, repeated and non-integer indices', () => {
    expect(clueMarks(excerpt, [5, 5, 99, -1, 1.5])).toEqual({ hits: [5], misses: [], found: true });
  });
});
