import { describe, expect, it } from 'vitest';
import { memoiseTranslations } from '../../../src/services/translation-memo';

/** A stand-in for i18next: texts per language, with {{n}} interpolation, counting its calls. */
function fakeI18n() {
  const texts: Record<string, Record<string, string>> = { fr: { 'menu:play': 'Jouer', 'menu:count': '{{n}} extraits' }, en: { 'menu:play': 'Play' } };
  let language = 'fr';
  let calls = 0;
  const translate = (key: string, options?: { lng?: string; n?: number; returnObjects?: boolean }) => {
    calls++;
    if (options?.returnObjects) return { key };
    const text = texts[options?.lng ?? language]?.[key] ?? texts.fr?.[key] ?? key;
    return text.replace('{{n}}', String(options?.n));
  };
  return {
    translate,
    texts,
    setLanguage: (l: string) => {
      language = l;
    },
    calls: () => calls,
  };
}

describe('memoised translations', () => {
  it('work out a text without interpolation once per language', () => {
    const i18n = fakeI18n();
    const memo = memoiseTranslations(i18n.translate);
    expect(memo.translate('menu:play')).toBe('Jouer');
    expect(memo.translate('menu:play')).toBe('Jouer');
    expect(memo.translate('menu:play', { lng: 'en' })).toBe('Play');
    expect(memo.translate('menu:play', { lng: 'en' })).toBe('Play');
    expect(memo.translate('menu:play', { lng: 'fr' })).toBe('Jouer');
    expect(i18n.calls()).toBe(3);
  });

  it('never keep a text with values in it, nor one that is not a string', () => {
    const i18n = fakeI18n();
    const memo = memoiseTranslations(i18n.translate);
    expect(memo.translate('menu:count', { n: 3 })).toBe('3 extraits');
    expect(memo.translate('menu:count', { n: 4, lng: 'fr' })).toBe('4 extraits');
    expect(memo.translate('menu:play', { returnObjects: true })).toEqual({ key: 'menu:play' });
    memo.translate('menu:play', { returnObjects: true });
    expect(i18n.calls()).toBe(4);
  });

  it('give the new text once cleared after the texts or the language changed', () => {
    const i18n = fakeI18n();
    const memo = memoiseTranslations(i18n.translate);
    expect(memo.translate('menu:quit', { lng: 'en' })).toBe('menu:quit');
    i18n.texts.en = { ...i18n.texts.en, 'menu:quit': 'Quit' };
    memo.clear();
    expect(memo.translate('menu:quit', { lng: 'en' })).toBe('Quit');
    i18n.setLanguage('en');
    memo.clear();
    expect(memo.translate('menu:play')).toBe('Play');
  });
});
