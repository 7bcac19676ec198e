/** The Dossiers screen's star rules and next-star lines, with the real locale files: figures from the rules, both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ACCURACY_STAR_SHARE, CLUES_STAR_SHARE } from '../../../../src/core/career/dossiers';
import { nextStar } from '../../../../src/core/career/next-star';
import { nextStarText, starRuleLines } from '../../../../src/ui/dossiers/next-star-words';
import type { Translate } from '../../../../src/ui/shared/i18n';

const read = (language: string, ns: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'locales', language, `${ns}.json`), 'utf8'));

async function translator(language: 'fr' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    ns: ['career', 'play'],
    resources: { [language]: { career: read(language, 'career'), play: read(language, 'play') } },
    interpolation: { escapeValue: false },
  });
  return instance.t as unknown as Translate;
}
const ON = { clueStep: true, confidence: true };
const NONE = { accuracy: false, clues: false, calibration: false };

describe('star rules in words', () => {
  it('say the thresholds of the rules, in French and English', async () => {
    const fr = starRuleLines(await translator('fr'));
    expect(fr[0]).toBe(`Justesse\u00a0: la bonne catégorie sur au moins ${ACCURACY_STAR_SHARE * 10} extraits sur 10.`);
    expect(fr[1]).toContain(`au moins ${CLUES_STAR_SHARE * 10} extraits sur 10`);
    expect(fr[2]).toBe(
      'Confiance bien placée\u00a0: «\u00a0Assez\u00a0» ou «\u00a0Totale\u00a0» sur au moins 5 extraits sur 10, et juste sur au moins 3 sur 4 de ceux-là.',
    );
    const en = starRuleLines(await translator('en'));
    expect(en[0]).toBe('Accuracy: the right category on at least 8 excerpts in 10.');
    expect(en[2]).toContain('right on at least 3 in 4 of those');
  });
  it('say what the next star of a dossier needs', async () => {
    const fr = await translator('fr');
    const en = await translator('en');
    expect(nextStarText(fr, nextStar(10, null, { right: null, found: null }, ON))).toBe('Prochaine étoile\u00a0: réponds juste à 8 extraits sur 10.');
    expect(nextStarText(en, nextStar(10, { ...NONE, accuracy: true }, { right: 9, found: 4 }, ON))).toBe(
      'Next star: find 2 more clues than your best try (6 of 10 needed).',
    );
    expect(nextStarText(fr, nextStar(10, { ...NONE, accuracy: true }, { right: 9, found: 5 }, ON))).toBe(
      'Prochaine étoile\u00a0: trouve 1 indice de plus qu’à ton meilleur essai (il en faut 6 sur 10).',
    );
    expect(
      nextStarText(
        en,
        nextStar(10, { accuracy: true, clues: true, calibration: false }, { right: 9, found: 7 }, { clueStep: true, confidence: false }),
      ),
    ).toBe('Next star: well-placed confidence. To earn it, turn on “Ask how confident I am” in Settings.');
    expect(nextStarText(fr, null)).toBe('Les trois étoiles sont gagnées.');
  });
});
