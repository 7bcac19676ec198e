/**
 * The accommodations of Settings, as a player uses them: fewer choices (two steps), read aloud
 * (with a stand-in for the browser's speechSynthesis that records what is said and in which
 * language), French first in the English interface; and a device without any voice. Each
 * profile keeps its own, and a lesson can turn them on for its round only.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { encodeLessonCode } from '../../src/core/lessons/lesson-code';
import { axeViolations, CATEGORY_NAMES, currentExcerpt, openGame } from './helpers';
import { content } from './lesson-helpers';

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

test('two profiles on one device keep their own accommodations, and a lesson’s two steps end with the lesson', async ({ page }) => {
  test.setTimeout(90_000);
  const settingsFor = async (name: string) => {
    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Pour ${name}` })).toBeVisible();
  };
  const twoStep = page.getByRole('checkbox', { name: /Moins de choix/ });
  const html = page.locator('html');
  const switchTo = async (name: string) => {
    await page.getByTestId('menu-profile').click();
    await page.getByRole('button', { name: `Choisir le profil ${name}` }).click();
    await expect(page.getByTestId('profiles-status')).toHaveText(`Profil choisi : ${name}.`);
    await page.keyboard.press('Escape');
  };

  // Profil 1 turns on fewer choices.
  await openGame(page);
  await settingsFor('Profil 1');
  await twoStep.check();
  await page.getByRole('button', { name: 'Retour' }).click();

  // Ben, on the same device, starts from the defaults and turns on the largest text.
  await page.getByTestId('menu-profile').click();
  await page.getByLabel('Nom du profil').fill('Ben');
  await page.getByRole('button', { name: 'Créer et choisir' }).click();
  await page.keyboard.press('Escape');
  await settingsFor('Ben');
  await expect(twoStep).not.toBeChecked();
  await page.getByRole('radio', { name: 'Très grande', exact: true }).check();
  await expect(html).toHaveAttribute('data-text-size', 'xlarge');
  await page.getByRole('button', { name: 'Retour' }).click();

  // Switching profile switches them, and each is kept across a reload.
  await switchTo('Profil 1');
  await expect(html).toHaveAttribute('data-text-size', 'normal');
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await settingsFor('Profil 1');
  await expect(twoStep).toBeChecked();
  await page.getByRole('button', { name: 'Retour' }).click();
  await switchTo('Ben');
  await expect(html).toHaveAttribute('data-text-size', 'xlarge');

  // A lesson that turns on fewer choices, opened by Ben (who has them off): asked in two steps.
  const ids = content.excerpts.slice(0, 2).map((e) => e.id);
  const spec = { excerptIds: ids, order: 'fixed' as const, clues: false, confidence: false, ranking: false, timerMinutes: 0 };
  const code = encodeLessonCode({ ...spec, accommodations: { twoStep: true, frenchFirst: false, readAloud: false } }, content);
  await page.goto(`/#lesson=${code}&name=${encodeURIComponent('Séance')}`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.getByRole('textbox', { name: 'Ton pseudo' }).fill('Ben');
  await page.getByRole('button', { name: 'Commencer la leçon' }).click();
  for (let i = 0; i < ids.length; i++) {
    await expect(page.getByRole('button', { name: /On peut le vérifier/ })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    await page.keyboard.press(excerpt.category === 'fact' || excerpt.category === 'estimate' ? '1' : '2');
    await page.getByRole('group', { name: 'Catégories' }).getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
    await page.getByRole('button', { name: i === ids.length - 1 ? 'Voir les résultats' : 'Suivant' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Leçon terminée, Ben\u00a0!' })).toBeVisible();
  await page.getByRole('button', { name: 'Revenir au menu et oublier cette leçon' }).click();

  // After the lesson, Ben's own setting is back: four choices at once, and Settings says off.
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Catégories' }).locator('.choice')).toHaveCount(4);
  await expect(page.getByRole('button', { name: /On peut le vérifier/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await settingsFor('Ben');
  await expect(twoStep).not.toBeChecked();
});
