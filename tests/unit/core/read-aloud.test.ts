/** What "Read aloud" reads, from the state alone, and how the app hands it to the voices. */
import { describe, expect, it } from 'vitest';
import { spokenTexts } from '../../../src/app/speech-binding';
import { defaultSettings } from '../../../src/core/progress/records';
import { readAloudParts } from '../../../src/core/read-aloud';
import { fixtureContent, gameState, runGame } from '../fixtures';

const base = fixtureContent();
// The fixture's excerpts with what reading aloud needs: a translation and a short explanation.
const content = {
  ...base,
  excerpts: base.excerpts.map((e) => ({
    ...e,
    translation: { en: `Excerpt ${e.id} with a clue here.` },
    short: { fr: `Court ${e.id}.`, en: `Short ${e.id}.` },
    explanation: { fr: { why: '', others: '' }, en: { why: '', others: '' } },
  })),
};
const start = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] } as const;
const settings = (patch = {}) => ({ ...defaultSettings('fr'), confidence: false, clueStep: false, readAloud: true, ...patch });
const excerpt = content.excerpts.find((e) => e.id === '000-01')!;
/** A stand-in for i18next: the key and its category, so the test reads what would be said. */
const translate = (key: string, options?: Record<string, unknown>) => (options?.category ? `${key}(${String(options.category)})` : key);

describe('read aloud', () => {
  it('before the answer: the French excerpt, then the question and the four choices', () => {
    const playing = runGame(gameState(settings()), start).state;
    expect(readAloudParts(playing, content)).toEqual([
      { kind: 'text', text: excerpt.text, lang: 'fr' },
      { kind: 'say', key: 'play:question' },
      { kind: 'option', n: 1, key: 'common:category.fact' },
      { kind: 'option', n: 2, key: 'common:category.estimate' },
      { kind: 'option', n: 3, key: 'common:category.opinion' },
      { kind: 'option', n: 4, key: 'common:category.propaganda' },
    ]);
  });

  it('in English: the translation and the French original in the order shown, each in its own language', () => {
    const en = runGame(gameState(settings({ language: 'en' })), start).state;
    expect(readAloudParts(en, content).slice(0, 2)).toEqual([
      { kind: 'text', text: excerpt.translation.en, lang: 'en' },
      { kind: 'text', text: excerpt.text, lang: 'fr' },
    ]);
    const frenchFirst = runGame(gameState(settings({ language: 'en', frenchFirst: true })), start).state;
    const texts = spokenTexts(readAloudParts(frenchFirst, content), 'en', translate);
    expect(texts.slice(0, 4)).toEqual([
      { text: excerpt.text, lang: 'fr-FR' },
      { text: excerpt.translation.en, lang: 'en-GB' },
      { text: 'play:question', lang: 'en-GB' },
      { text: '1. common:category.fact', lang: 'en-GB' },
    ]);
  });

  it('in two steps: the first question and its two answers, then the two categories left', () => {
    const playing = runGame(gameState(settings({ twoStep: true })), start).state;
    expect(readAloudParts(playing, content).slice(1)).toEqual([
      { kind: 'say', key: 'play:twoStep.question' },
      { kind: 'option', n: 1, key: 'play:twoStep.checkable' },
      { kind: 'option', n: 2, key: 'play:twoStep.viewpoint' },
    ]);
    const half = runGame(playing, { type: 'choose-half', half: 'viewpoint' }).state;
    expect(readAloudParts(half, content).slice(1)).toEqual([
      { kind: 'say', key: 'play:twoStep.then.viewpoint' },
      { kind: 'option', n: 1, key: 'common:category.opinion' },
      { kind: 'option', n: 2, key: 'common:category.propaganda' },
    ]);
  });

  it('after the answer: the verdict (with both answers when wrong) and the short explanation', () => {
    const wrong = runGame(gameState(settings()), start, { type: 'choose', category: 'opinion' }).state;
    expect(spokenTexts(readAloudParts(wrong, content), 'fr', translate)).toEqual([
      { text: 'play:wrong', lang: 'fr-FR' },
      { text: 'play:yourAnswer(common:category.opinion)', lang: 'fr-FR' },
      { text: 'play:theAnswer(common:category.fact)', lang: 'fr-FR' },
      { text: excerpt.short.fr, lang: 'fr-FR' },
    ]);
    const right = runGame(gameState(settings()), start, { type: 'choose', category: 'fact' }).state;
    expect(readAloudParts(right, content)[0]).toEqual({ kind: 'say', key: 'play:right' });
  });

  it('the button asks the app to read only when the setting is on and the device has a voice; no voice is said once', () => {
    const playing = runGame(gameState(settings()), start).state;
    expect(runGame(playing, { type: 'read-aloud' }).effects).toEqual([{ type: 'read-aloud' }]);
    const off = runGame(gameState(settings({ readAloud: false })), start).state;
    expect(runGame(off, { type: 'read-aloud' }).effects).toEqual([]);
    const mute = runGame(playing, { type: 'speech-voices', available: false }).state;
    expect(mute.voices).toBe('none');
    expect(runGame(mute, { type: 'read-aloud' }).effects).toEqual([]);
    expect(mute.noVoiceTold).toBe(false);
    const next = runGame(mute, { type: 'choose', category: 'fact' }, { type: 'next' }).state;
    expect(next.noVoiceTold).toBe(true);
  });
});
