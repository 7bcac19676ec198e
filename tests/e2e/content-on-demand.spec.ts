/** Issue #15: the menu does not wait for the texts; what is asked for before they arrive happens once they do. */
import { expect, type Route, test } from '@playwright/test';
import { CATEGORY_ORDER, currentExcerpt, openGame } from './helpers';

const CONTENT_CHUNK = /\/assets\/content-[\w-]+\.js$/;

test('the menu works while the texts are held back, and Play clicked twice before they arrive starts one round', async ({ page }) => {
  const held: Route[] = [];
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(CONTENT_CHUNK, async (route) => {
    held.push(route);
    await released;
    await route.continue();
  });
  await openGame(page);
  // One chunk per article (its article and its excerpts), all asked for once the menu has painted.
  await expect.poll(() => held.length).toBe(5);

  // The menu is usable: the settings open and close, a screen that reads the texts says it is loading.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await page.getByRole('button', { name: 'Retour' }).click();
  const play = page.getByRole('button', { name: 'Jouer' });
  await play.dblclick();
  await expect(page.getByTestId('texts-waiting')).toHaveText('Chargement des textes…');
  await expect(play).toBeVisible();

  release();
  await expect(page.getByText('Extrait 1 sur 10', { exact: true })).toBeVisible();
  await expect(page.getByTestId('texts-waiting')).toHaveCount(0);
  const excerpt = await currentExcerpt(page);
  await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
});

test('texts that cannot be loaded are said on the menu and on the screen that needs them; the rest still works', async ({ page }) => {
  await page.route(CONTENT_CHUNK, (route) => route.abort());
  await openGame(page);
  const alert = page.getByTestId('texts-failed');
  await expect(alert).toContainText('Les textes du jeu n’ont pas pu être chargés');
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Retour au menu' }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
});
