/**
 * The menu comes with only its own texts: the rest of the language is fetched once it has
 * painted, and a screen opened before they arrive waits for them rather than show raw keys.
 */
import { expect, test } from '@playwright/test';
import { openGame } from './helpers';

test('the menu needs only its own texts; a screen opened before the others waits for them', async ({ page }) => {
  // The French texts other than the menu's are held back until the test lets them through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/locale-fr-(?!menu-)[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openGame(page);
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(menu.getByRole('button', { name: 'Jouer' })).toBeVisible();
  // Buttons whose texts moved to the menu's namespace, and the career card.
  await expect(menu.getByRole('button', { name: 'Leçons (enseignants)' })).toBeVisible();
  await expect(menu.getByRole('button', { name: 'Classe', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ta carrière' })).toBeAttached();
  await expect(page.getByTestId('career-rank')).not.toContainText('menu.');

  await menu.getByRole('button', { name: 'Réglages' }).click();
  await page.waitForTimeout(300);
  // Nothing drawn yet, in particular no key in place of a text.
  await expect(page.locator('main')).toHaveText('');
  release();
  // The texts, then the screen's code: two fetches on a machine that may be busy.
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('radio', { name: '5', exact: true })).toBeVisible();
});
