/**
 * The accommodations of Settings, as a player uses them: fewer choices (two steps), read aloud
 * (with a stand-in for the browser's speechSynthesis that records what is said and in which
 * language), French first in the English interface; and a device without any voice.
 */
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, CATEGORY_NAMES, currentExcerpt, openGame } from './helpers';

test.use({ bypassCSP: true });

/** speechSynthesis replaced before the game loads: it records each utterance (and each stop). */
async function stubSpeech(page: Page, voices: Array<{ lang: string; name: string }>): Promise<void> {
  await page.addInitScript((list) => {
    const said: Array<{ text?: string; lang?: string; rate?: number; voice?: string; cancel?: true }> = [];
    (window as unknown as { said: typeof said }).said = said;
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => list,
      speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name }),
      cancel: () => said.push({ cancel: true }),
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

const said = (page: Page) =>
  page.evaluate(() => (window as unknown as { said: Array<{ text?: string; lang?: string; rate?: number; cancel?: true }> }).said.splice(0));

test('two steps, read aloud and French first, in French then in English', async ({ page }) => {
  test.setTimeout(90_000);
  await stubSpeech(page, [
    { lang: 'fr-FR', name: 'Amélie' },
    { lang: 'en-GB', name: 'Daniel' },
  ]);
  await openGame(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('checkbox', { name: /Moins de choix/ }).check();
  await page.getByRole('checkbox', { name: /Lire à voix haute/ }).check();
  await page.getByRole('radio', { name: 'Lente' }).check();
  await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
  expect(await axeViolations(page), 'axe on Settings').toEqual([]);
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Jouer' }).click();

  // Read aloud (button): the French excerpt with a French voice, then the first question and its two answers.
  const first = await currentExcerpt(page);
  await page.getByRole('button', { name: 'Lire à voix haute' }).click();
  const before = (await said(page)).filter((u) => !u.cancel);
  expect(before[0]).toEqual({ text: first.text, lang: 'fr-FR', rate: 0.75, voice: 'Amélie' });
  expect(before.slice(1).map((u) => u.text)).toEqual([
    'Peut-on le vérifier, ou est-ce l’avis de quelqu’un\u00a0?',
    '1. On peut le vérifier',
    '2. C’est l’avis de quelqu’un',
  ]);
  expect(await axeViolations(page), 'axe on the two-step question').toEqual([]);

  // Two steps: the half (by key), then only its two categories; the right one answers.
  const checkable = first.category === 'fact' || first.category === 'estimate';
  await page.keyboard.press(checkable ? '1' : '2');
  // Moving on stops the reading.
  expect((await said(page)).some((u) => u.cancel)).toBe(true);
  const offered = checkable ? (['fact', 'estimate'] as const) : (['opinion', 'propaganda'] as const);
  await expect(
    page.getByRole('group', { name: 'Catégories' }).getByRole('button', { name: CATEGORY_NAMES.fr[offered[0]], exact: true }),
  ).toBeFocused();
  await expect(page.getByRole('group', { name: 'Catégories' }).locator('.choice')).toHaveText(offered.map((c) => new RegExp(CATEGORY_NAMES.fr[c])));
  await page.keyboard.press(String(offered.indexOf(first.category as never) + 1));
  await page.getByRole('button', { name: /^Assez/ }).click();
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  // L reads the verdict and the short explanation.
  await page.keyboard.press('l');
  const verdict = (await said(page)).filter((u) => !u.cancel);
  expect(verdict[0]?.text).toBe('Bonne réponse\u00a0!');
  expect(verdict[1]?.text).toBe(await page.getByTestId('explanation').innerText());
  expect(verdict.every((u) => u.lang === 'fr-FR')).toBe(true);

  // English interface, French first: the French original on top, the translation one key away; read in both voices.
  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: /French original first/ }).check();
  await page.getByRole('button', { name: 'Back' }).click();
  const second = await currentExcerpt(page);
  await expect(page.locator('.excerpt-card blockquote').first()).toHaveText(second.text);
  await expect(page.locator('.excerpt-card blockquote[lang="en"]')).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(page.locator('.excerpt-card blockquote[lang="en"]')).toHaveText(second.translation);
  await said(page);
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const english = (await said(page)).filter((u) => !u.cancel);
  expect(english.slice(0, 3).map((u) => [u.text, u.lang])).toEqual([
    [second.text, 'fr-FR'],
    [second.translation, 'en-GB'],
    ['Can this be checked, or is it someone’s view?', 'en-GB'],
  ]);
  expect(await axeViolations(page), 'axe on play in English, French first').toEqual([]);
});

test('a device without any voice: the read-aloud button says so once, then stays hidden', async ({ page }) => {
  await stubSpeech(page, []);
  await openGame(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('checkbox', { name: /Lire à voix haute/ }).check();
  await page.getByRole('checkbox', { name: /Demander ma confiance/ }).uncheck();
  await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Jouer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'aucune voix' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lire à voix haute' })).toHaveCount(0);
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
  await expect(page.getByText(/aucune voix/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lire à voix haute' })).toHaveCount(0);
  // Nothing was said (stopping what is not being said is harmless).
  expect((await said(page)).filter((u) => !u.cancel)).toEqual([]);
});
