import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CATEGORY_NAMES, CATEGORY_ORDER, currentExcerpt, openGame, score, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });

test('a full round by keyboard only, all right, with the streak bonus and the live region', async ({ page }) => {
  await openGame(page);
  const ready = await page.evaluate(() => performance.getEntriesByName('menu-ready')[0]?.startTime ?? null);
  writeFileSync(`${artifacts}/metrics.json`, JSON.stringify({ menuReadyMs: ready }, null, 2));

  await expect(page.getByRole('button', { name: 'Jouer' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(`Extrait ${i} sur 10`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    await expect(page.getByTestId('live-region')).toContainText(excerpt.text.slice(0, 30));
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
    await expect(page.getByRole('group', { name: /Quelle confiance/ })).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeFocused();
    await expect(page.getByTestId('live-region')).toContainText('Bonne réponse');
    if (i === 3) await page.screenshot({ path: `${artifacts}/play-feedback-1280.png`, fullPage: true });
    await page.keyboard.press(i % 2 ? 'Enter' : ' ');
  }
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  // 10 × 300 (right with total confidence) plus streak bonuses 0, 25, 50, 75 and then 100 six times.
  await expect(page.getByTestId('final-score')).toHaveText('Score : 3750');
  await expect(page.getByText('10 bonnes réponses sur 10', { exact: true })).toBeVisible();
  await expect(page.getByText('Nouveau record !')).toBeVisible();
  await page.waitForTimeout(900); // let the results bars finish growing before the picture
  await page.screenshot({ path: `${artifacts}/results-1280.png`, fullPage: true });
});

test('a full round by mouse only, with mistakes counted per category', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  let expectedWrong = 0;
  const wrongPerCategory: Record<string, number> = { fact: 0, estimate: 0, opinion: 0, propaganda: 0 };
  for (let i = 1; i <= 10; i++) {
    const excerpt = await currentExcerpt(page);
    const answerWrong = i % 3 === 0;
    const choice = answerWrong ? wrongCategory(excerpt.category) : excerpt.category;
    await page.getByRole('button', { name: CATEGORY_NAMES.fr[choice], exact: true }).click();
    await page.getByRole('button', { name: 'Assez' }).click();
    if (answerWrong) {
      expectedWrong++;
      wrongPerCategory[excerpt.category]!++;
      await expect(page.getByRole('heading', { name: /Pas tout à fait/ })).toBeVisible();
      await expect(page.getByTestId('right-answer')).toContainText(CATEGORY_NAMES.fr[excerpt.category]);
    } else {
      await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
    }
    await expect(page.getByTestId('explanation')).not.toBeEmpty();
    await page.getByRole('button', { name: i === 10 ? 'Voir les résultats' : 'Suivant' }).click();
  }
  await expect(page.getByText(`${10 - expectedWrong} bonnes réponses sur 10`, { exact: true })).toBeVisible();
  for (const category of CATEGORY_ORDER) {
    const row = page.getByRole('row', { name: new RegExp(CATEGORY_NAMES.fr[category]) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(wrongPerCategory[category]));
  }
});

test('a double click answers once and the round keeps its score', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  // Without the clue and confidence steps, one click answers.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('checkbox', { name: /Demander ma confiance/ }).uncheck();
  await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
  await page.getByRole('button', { name: 'Retour' }).click();
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).dblclick();
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  expect(await score(page)).toBe(100);
  await page.getByRole('button', { name: 'Suivant' }).dblclick();
  await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
});

test('best score and settings survive a reload; mute persists', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: 'Grande', exact: true }).check();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('checkbox', { name: /Demander ma confiance/ }).uncheck();
  await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Couper le son' }).click();
  await expect(page.getByRole('button', { name: 'Rétablir le son' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Jouer' }).click();
  for (let i = 1; i <= 5; i++) {
    const excerpt = await currentExcerpt(page);
    await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
    await page.getByRole('button', { name: i === 5 ? 'Voir les résultats' : 'Suivant' }).click();
  }
  await expect(page.getByTestId('final-score')).toHaveText('Score : 750');
  await expect(page.getByText('Meilleur score : 750')).toBeVisible();

  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('best-score')).toHaveText('Meilleur score : 750');
  await expect(page.getByRole('button', { name: 'Rétablir le son' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();
});

test('switching to English mid-round keeps the excerpt, position and score', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  for (let i = 1; i <= 3; i++) {
    const excerpt = await currentExcerpt(page);
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('Extrait 4 sur 10', { exact: true })).toBeVisible();
  const before = await currentExcerpt(page);
  const points = await score(page);
  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await expect(page.getByText('Excerpt 4 of 10', { exact: true })).toBeVisible();
  expect(await score(page)).toBe(points);
  // English players see the translation first, the French original one key away.
  await expect(page.locator('.excerpt-card blockquote').first()).toHaveText(before.translation);
  await page.keyboard.press('t');
  await expect(page.locator('.excerpt-card blockquote[lang="fr"]')).toHaveText(before.text);
  await expect(page.getByRole('button', { name: CATEGORY_NAMES.en[before.category], exact: true })).toBeVisible();
  await page.getByRole('button', { name: CATEGORY_NAMES.en[before.category], exact: true }).click();
  await page.getByRole('button', { name: 'Completely' }).click();
  await expect(page.getByRole('heading', { name: /Right!/ })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/play-feedback-en-360.png`, fullPage: true });
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByText('Excerpt 4 of 10', { exact: true })).toBeVisible();
  // Right with total confidence: 300, plus the fourth answer in a row's streak bonus.
  expect(await score(page)).toBe(points + 300 + 75);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  test('a double click on Next does not answer the next excerpt under the pointer', async ({ page }) => {
    await openGame(page);
    await page.getByRole('button', { name: 'Jouer' }).click();
    for (const confidence of [true, false]) {
      const excerpt = await currentExcerpt(page);
      await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
      if (confidence) await page.getByRole('button', { name: 'Totale' }).click();
      await page.getByRole('button', { name: 'Suivant' }).dblclick();
      await expect(page.locator('section.play')).toHaveAttribute('data-phase', 'answering');
      await expect(page.getByRole('group', { name: /Quelle confiance/ })).toHaveCount(0);
      if (confidence) {
        // The second pass runs without the confidence step, where a stray click would answer at once.
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.getByRole('button', { name: 'Réglages' }).click();
        await page.getByRole('checkbox', { name: /Demander ma confiance/ }).uncheck();
        await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
        await page.getByRole('button', { name: 'Retour' }).click();
      }
    }
  });
});

test('the highly legible font setting really switches the font', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('checkbox', { name: /Atkinson Hyperlegible/ }).check();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Atkinson Hyperlegible/);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Atkinson Hyperlegible"');
      }),
    )
    .toBe(true);
});
