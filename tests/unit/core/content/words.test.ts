import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import type { ContentBundle } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { clueMarks, clueSpanWords, clueWordIndices, excerptWords, isKeyWord, wordRuns } from '../../../../src/core/content/words';

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
  it('find a clue with one of its key words, or with as many clue words as others', () => {
    expect(clueMarks(excerpt, [5])).toEqual({ hits: [5], misses: [], found: true, short: false });
    expect(clueMarks(excerpt, [5, 6])).toMatchObject({ found: true });
    expect(clueMarks(excerpt, [2, 3, 4])).toMatchObject({ hits: [2], misses: [3, 4], found: false });
  });

  it('do not find a clue with one small word of it alone, but do with two of its words', () => {
    // "Les" of "Les analystes redoutent".
    expect(clueMarks(excerpt, [0])).toEqual({ hits: [0], misses: [], found: false, short: true });
    expect(clueMarks(excerpt, [0, 1])).toMatchObject({ found: true, short: false });
  });

  it('find nothing when nothing or everything is marked', () => {
    expect(clueMarks(excerpt, [])).toEqual({ hits: [], misses: [], found: false, short: false });
    expect(clueMarks(excerpt, [...Array(10).keys()])).toMatchObject({ found: false });
  });

  it('ignore unknown, repeated and non-integer indices', () => {
    expect(clueMarks(excerpt, [5, 5, 99, -1, 1.5])).toEqual({ hits: [5], misses: [], found: true, short: false });
  });
});

describe('key words of a clue', () => {
  it('are numbers and words of five letters or more, an elided article set aside', () => {
    expect(['Pour', 'et', 'Kim', 'des', 'obus', 'près', 'd’État', 'qu’il', 'l’ONU'].filter(isKeyWord)).toEqual([]);
    expect(['Moscou', 'Pyongyang', 'Jong-un', '600', '6', 'voire', 'l’ennemi', 'd’agression', 'façade'].every(isKeyWord)).toBe(true);
  });
});

describe('clue marks on real excerpts (a pupil tapping on a phone)', () => {
  const content = validateContent(readContent().input, { minimums: false }).bundle as ContentBundle;
  const excerpts = new Map(content.excerpts.map((e) => [e.id, e]));
  /** Marks the words of the excerpt with these texts (the first occurrence of each). */
  const mark = (id: string, ...texts: string[]) => {
    const e = excerpts.get(id);
    if (!e) throw new Error(`no excerpt ${id}`);
    const words = excerptWords(e.text);
    const marks = texts.map((text) => {
      const word = words.find((w) => w.text === text);
      if (!word) throw new Error(`no word ${text} in ${id}`);
      return word.index;
    });
    return clueMarks(e, marks);
  };

  it('"Pour Moscou et Pyongyang": "Pour" alone is not the clue; "Pyongyang", or "Pour" with another word of it, is', () => {
    expect(excerpts.get('001-20')?.clues[0]?.text).toBe('Pour Moscou et Pyongyang');
    expect(mark('001-20', 'Pour')).toMatchObject({ found: false, short: true });
    expect(mark('001-20', 'et')).toMatchObject({ found: false, short: true });
    expect(mark('001-20', 'Pyongyang').found).toBe(true);
    expect(mark('001-20', 'Pour', 'Moscou').found).toBe(true);
    expect(mark('001-20', 'Pour', 'et').found).toBe(true);
  });

  it('"Pour Kim Jong-un": "Pour" or "Kim" alone is not enough, both together or "Jong-un" is', () => {
    expect(mark('004-05', 'Pour').found).toBe(false);
    expect(mark('004-05', 'Kim').found).toBe(false);
    expect(mark('004-05', 'Pour', 'Kim').found).toBe(true);
    expect(mark('004-05', 'Jong-un').found).toBe(true);
    expect(mark('004-05', 'cruciaux').found).toBe(true);
  });

  it('short clues: "Il prévoit" needs "prévoit"; "des obus" its longest word; "près de 600" its number', () => {
    expect(mark('001-11', 'Il').found).toBe(false);
    expect(mark('001-11', 'prévoit').found).toBe(true);
    expect(mark('001-14', 'des').found).toBe(false);
    expect(mark('001-14', 'obus').found).toBe(true);
    expect(mark('004-08', 'près').found).toBe(false);
    expect(mark('004-08', '600').found).toBe(true);
    expect(mark('004-08', 'de', '600').found).toBe(true);
  });

  it('still limit stray marks: a key word found among more words outside every clue finds nothing', () => {
    // "Pyongyang" with "l’Occident" and "est", which are in no clue.
    expect(mark('001-20', 'Pyongyang', 'l’Occident', 'est')).toMatchObject({ found: false, short: false });
    expect(mark('001-20', 'Pyongyang', 'l’Occident').found).toBe(true);
  });

  it('give every clue of the shipped content at least one word that finds it alone', () => {
    for (const e of excerpts.values()) {
      const spans = clueSpanWords(e);
      expect(spans).toHaveLength(e.clues.length);
      for (const span of spans) expect(span.key.length, `${e.id}`).toBeGreaterThan(0);
    }
  });
});
