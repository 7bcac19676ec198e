/**
 * The per-excerpt loop in under a minute: choose, mark the clue words, say how confident,
 * read the short feedback (verdict, answer, short explanation and Next in one screenful), go
 * deeper when wanted; the results list every excerpt and retry the missed ones.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { axeViolations, CATEGORY_NAMES, CATEGORY_ORDER, currentExcerpt, expectInViewUncovered, openGame, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });
test.use({ bypassCSP: true }); // for the axe audits

async function fiveExcerptRounds(page: Page, language: 'fr' | 'en') {
  await page.getByRole('button', { name: language === 'fr' ? 'Réglages' : 'Settings' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.keyboard.press('Escape');
}

test('French, keyboard only: marks with arrows and Space, confidence by key, the clue found, "Go deeper", the results and a retry of the missed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openGame(page);
  await fiveExcerptRounds(page, 'fr');
  await page.getByRole('button', { name: 'Jouer' }).focus();
  await page.keyboard.press('Enter');
  let missed = '';
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Extrait ${i} sur 5`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    const wrong = i === 2;
    if (wrong) missed = excerpt.id;
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(wrong ? wrongCategory(excerpt.category) : excerpt.category) + 1));
    // The focus is on the excerpt's first word, a toggle in a labelled group.
    const words = page.getByRole('group', { name: /Mots de l’extrait/ });
    await expect(words.getByRole('button').first()).toBeFocused();
    if (i === 1) {
      expect(await axeViolations(page), 'marking panel').toEqual([]);
      await page.screenshot({ path: `${artifacts}/mark-step-fr-1280.png` });
    }
    const target = excerpt.keyWords[0] ?? 0;
    if (i !== 3) {
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press(' ');
      await expect(words.getByRole('button', { pressed: true })).toHaveCount(1);
    }
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('button', { name: /^1 ?Un peu/ })
        .or(page.getByRole('button', { name: /Un peu/ }))
        .first(),
    ).toBeFocused();
    await page.keyboard.press('2');
    const verdict = page.getByRole('heading', { name: wrong ? /Pas tout à fait/ : /Bonne réponse/ });
    await expect(verdict).toBeFocused();
    // Nothing marked: nothing said about the clue; otherwise one line.
    if (i === 3) await expect(page.getByTestId('clue-result')).toHaveCount(0);
    else await expect(page.getByTestId('clue-result')).toHaveText(/^Indice trouvé|^Tu as bien repéré l’indice|^Pas le bon indice/);
    if (!wrong && i !== 3) await expect(page.getByTestId('clue-result')).toContainText('Indice trouvé');
    // The clue's key word found beside a wrong answer: said as found, not as a success.
    if (wrong && i !== 3) await expect(page.getByTestId('clue-result')).toContainText('Tu as bien repéré l’indice');
    if (!wrong && i !== 3) await expect(page.getByTestId('points')).toContainText('indice +50');
    if (i === 4) {
      // Go deeper by keyboard: Tab to the toggle, Enter opens the long explanation in place.
      const toggle = page.getByRole('button', { name: 'Pour aller plus loin' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Refermer les explications' })).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByTestId('explanation-long')).toBeVisible();
      expect(await axeViolations(page), 'feedback, gone deeper').toEqual([]);
      await page.screenshot({ path: `${artifacts}/feedback-deeper-fr-1280.png`, fullPage: true });
    }
    await page.keyboard.press('n');
  }
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
  const list = page.getByTestId('round-excerpts');
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list.getByRole('listitem').nth(1)).toContainText('ta réponse');
  // Each excerpt's feedback opens again.
  await list.locator('summary').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').nth(1).locator('.short-explanation')).toBeVisible();
  expect(await axeViolations(page), 'results').toEqual([]);
  await page.screenshot({ path: `${artifacts}/results-list-fr-1280.png`, fullPage: true });
  // An immediate re-test of the one missed.
  await page.getByRole('button', { name: 'Retenter l’extrait manqué' }).click();
  await expect(page.getByText('Extrait 1 sur 1', { exact: true })).toBeVisible();
  expect((await currentExcerpt(page)).id).toBe(missed);
});

// 200 % browser zoom of a 1280×800 window is 640×400 CSS pixels: the same layout as a 640×400 window.
const SIZES = [
  { name: 'phone-360x640', viewport: { width: 360, height: 640 }, textSize: 'Normale' },
  { name: 'laptop-1280x800', viewport: { width: 1280, height: 800 }, textSize: 'Normale' },
  { name: 'zoom-200', viewport: { width: 640, height: 400 }, textSize: 'Normale' },
  { name: 'phone-360x640-xl', viewport: { width: 360, height: 640 }, textSize: 'Très grande' },
] as const;

test('at 360×640, 1280×800, 200 % zoom and the largest text, the verdict, the short explanation and Next are in view and uncovered', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openGame(page);
  for (const size of SIZES) {
    await page.setViewportSize(size.viewport);
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('radio', { name: size.textSize, exact: true }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Jouer' }).click();
    for (let i = 0; i < 2; i++) {
      const excerpt = await currentExcerpt(page);
      await page.getByRole('button', { name: CATEGORY_NAMES.fr[i === 0 ? wrongCategory(excerpt.category) : excerpt.category], exact: true }).click();
      await page.getByRole('button', { name: /Assez/ }).click();
      const verdict = page.getByRole('heading', { name: /Pas tout à fait|Bonne réponse/ });
      await expect(verdict).toBeFocused();
      await expectInViewUncovered(page, [verdict, page.getByTestId('explanation'), page.getByRole('button', { name: 'Suivant' })]);
      // No page wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), size.name).toBe(true);
      if (i === 0) await page.screenshot({ path: `${artifacts}/feedback-${size.name}.png` });
      await page.getByRole('button', { name: 'Suivant' }).click();
    }
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Quitter la partie' }).click();
    await page.getByRole('button', { name: 'Quitter la partie' }).click();
  }
});

test.describe('English on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, locale: 'en-GB' });
  test('taps a clue word in the French text, then a confidence: two taps and Next', async ({ page }) => {
    await openGame(page);
    await page.getByRole('button', { name: 'Play' }).tap();
    const excerpt = await currentExcerpt(page);
    await page.getByRole('button', { name: CATEGORY_NAMES.en[excerpt.category], exact: true }).tap();
    // The French original comes with the translation, its words tappable.
    const words = page.getByRole('group', { name: /Words of the excerpt/ });
    const clue = words.getByRole('button').nth(excerpt.keyWords[0] ?? 0);
    await clue.tap();
    await expect(clue).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: `${artifacts}/mark-step-en-360.png`, fullPage: true });
    expect(await axeViolations(page), 'marking panel, English').toEqual([]);
    await page.getByRole('button', { name: /Completely/ }).tap();
    await expect(page.getByRole('heading', { name: /Right!/ })).toBeFocused();
    await expect(page.getByTestId('clue-result')).toContainText('Clue found');
    await expect(page.getByTestId('points')).toContainText('+350');
    await expectInViewUncovered(page, [
      page.getByRole('heading', { name: /Right!/ }),
      page.getByTestId('explanation'),
      page.getByRole('button', { name: 'Next' }),
    ]);
    await page.screenshot({ path: `${artifacts}/feedback-en-360.png` });
  });
});
