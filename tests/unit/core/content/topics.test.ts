/** The topics' labels (assets/content/topics.json, #11): checked against the excerpts that use them. */
import { describe, expect, it } from 'vitest';
import { topicLabel } from '../../../../src/core/content/topics';
import { checkTopicLabels } from '../../../../src/core/content/validate';

const FILE = 'assets/content/topics.json';
const losses = { id: 'losses', label: { fr: 'pertes nord-coréennes', en: 'North Korean losses' } };
const troops = { id: 'troops', label: { fr: 'soldats envoyés', en: 'soldiers sent' } };
const excerpts = [
  { id: '000-01', topic: 'losses' },
  { id: '001-02', topic: 'losses' },
  { id: '001-03', topic: 'troops' },
  { id: '002-01', topic: undefined },
];

describe('checkTopicLabels', () => {
  it('accepts one label per topic used, in both languages', () => {
    expect(checkTopicLabels({ file: FILE, data: [losses, troops] }, excerpts)).toEqual({ topics: [losses, troops], problems: [] });
  });

  it('reports a topic used without a label, and a label no excerpt uses', () => {
    const unused = { id: 'pact-date', label: { fr: 'date du traité', en: 'treaty date' } };
    expect(checkTopicLabels({ file: FILE, data: [losses, unused] }, excerpts).problems).toEqual([
      {
        file: FILE,
        message: 'topic "troops" (excerpt 001-03) has no label: add { "id": "troops", "label": { "fr": …, "en": … } }',
      },
      { file: FILE, message: 'topic "pact-date" is labelled but no excerpt uses it: remove it' },
    ]);
  });

  it('reports a label missing a language, an id given twice and French typography', () => {
    const noEnglish = { id: 'troops', label: { fr: 'soldats envoyés' } };
    expect(checkTopicLabels({ file: FILE, data: [noEnglish] }, excerpts).problems.map((p) => p.message)).toEqual([
      '[0].label.en: the English version is missing',
    ]);
    const twice = checkTopicLabels({ file: FILE, data: [losses, troops, { ...losses, label: { fr: 'autre', en: 'other' } }] }, excerpts);
    expect(twice.problems.map((p) => p.message)).toEqual(['topic "losses" is labelled twice']);
    expect(twice.topics).toEqual([losses, troops]);
    const spaced = checkTopicLabels({ file: FILE, data: [losses, { ...troops, label: { fr: 'soldats : envoyés', en: 'soldiers' } }] }, excerpts);
    expect(spaced.problems.map((p) => p.message)).toEqual([
      'topic "troops" label.fr: a plain space before : ; ! ? or »: use a non-breaking space (U+00A0)',
    ]);
  });

  it('says nothing about a file that is not a list of labels but what is wrong', () => {
    expect(checkTopicLabels({ file: FILE, data: { losses: 'pertes' } }, excerpts)).toEqual({
      topics: [],
      problems: [{ file: FILE, message: expect.stringMatching(/^\(root\): Invalid type: Expected Array/) }],
    });
  });
});

describe('topicLabel', () => {
  it('names a topic in the language asked, or null for a topic the content does not name', () => {
    expect(topicLabel([losses], 'losses', 'en')).toBe('North Korean losses');
    expect(topicLabel([losses], 'losses', 'fr')).toBe('pertes nord-coréennes');
    expect(topicLabel([losses], 'troops', 'fr')).toBeNull();
  });
});
