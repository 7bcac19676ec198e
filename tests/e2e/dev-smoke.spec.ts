/** The dev server (what `npm start` serves) plays a round by keyboard, like the build. */
import { expect, test } from '@playwright/test';
import { CATEGORY_ORDER, currentExcerpt, openGame } from './helpers';

test('the dev server plays a five-excerpt round by keyboard', async ({ page }) => {
  test.setTimeout(120_000); // the first load transforms Phaser's sources
  await openGame(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Jouer' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Extrait ${i} sur 5`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
    await page.keyboard.press('2');
    await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await expect(page.locator('#stage canvas')).toBeAttached({ timeout: 60_000 });
});
