/**
 * The menu before the game's code (issue #15): a first visit sees the menu drawn at build time, a
 * returning player their own menu as the game last drew it; a click on it is carried out once the
 * game has started, and the game's own menu then takes the same nodes over (nothing is drawn
 * twice). While a round is under way nothing is shown before the game has read the player's data,
 * and a click on a shell that was not the player's menu is dropped, never carried out on another button.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { CATEGORY_ORDER, currentExcerpt, playQuickRound, quickRounds } from './helpers';

/** Holds the game's main chunk back until the returned function lets it through. */
async function holdGameCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const hint = (page: Page) => page.evaluate(() => localStorage.getItem('fop:menu-shell'));
/** The hint once the game has settled it (it saves the menu on screen after the frame that shows it). */
const settledHint = (page: Page, value: string) => expect.poll(() => hint(page)).toBe(value);
const ready = (page: Page) => expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 30_000 });

test('a first visit: the menu before the game code, the same nodes after it, a click kept until the game is there', async ({ page }) => {
  const release = await holdGameCode(page);
  // Not until 'load': the page's load waits for the game code held back.
  await page.goto('./', { waitUntil: 'commit' });
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  const play = menu.getByRole('button', { name: 'Jouer' });
  await expect(play).toBeVisible();
  await expect(play).toBeFocused();
  await expect(page.locator('#ui')).toHaveAttribute('data-menu-shell', 'fr');
  await expect(page.getByTestId('career-rank')).toContainText('Stagiaire');
  expect(await page.evaluate(() => 'ready' in document.body.dataset)).toBe(false);
  // A mark on the node: still there once the game has drawn its menu means the same node, not a copy.
  await play.evaluate((button) => {
    (button as HTMLElement & { shellMark?: boolean }).shellMark = true;
  });
  release();
  await ready(page);
  expect(await play.evaluate((button) => (button as HTMLElement & { shellMark?: boolean }).shellMark)).toBe(true);
  await expect(page.locator('#ui')).toHaveAttribute('data-menu-shell', 'adopted');
  // The next visit may show this menu at once: the game saved it as this player's own.
  await settledHint(page, 'own');

  // The next visit, the game held back again: a click (by keyboard, on the focused Play) waits for it.
  const releaseAgain = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(play).toBeFocused();
  await expect(page.locator('#ui')).toHaveAttribute('data-menu-shell-from', 'own');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await expect(play).toBeVisible();
  releaseAgain();
  await ready(page);
  await currentExcerpt(page);
  await expect(page.getByRole('button', { name: 'Fait vérifié' })).toBeVisible();
  // A round under way: the menu is no longer a first visit's.
  expect(await hint(page)).toBe('none');
  // Back goes to the menu, as after any click on Play.
  await page.goBack();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'menu');
  await expect(menu).toBeVisible();
});

test('a returning player: nothing before the game while a round is under way, then their own menu at once; a stale shell’s click is dropped', async ({
  page,
}) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Jouer' }).click();
  const excerpt = await currentExcerpt(page);
  await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeFocused();
  expect(await hint(page)).toBe('none');

  let release = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  await page.waitForTimeout(500);
  // No menu until the game has read this player's storage: theirs has a round to resume.
  await expect(page.locator('#ui .boot-spinner')).toBeVisible();
  await expect(page.locator('#ui')).not.toHaveAttribute('data-menu-shell', /.*/);
  // The spinner leaves the menu's band of stamps free: the menu replacing it moves nothing.
  const contentTop = () =>
    page.evaluate(() => {
      const ui = document.getElementById('ui') as HTMLElement;
      const topbar = ui.querySelector('.topbar');
      return topbar ? topbar.getBoundingClientRect().top : ui.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(ui).paddingTop);
    });
  const whileStarting = await contentTop();
  expect(whileStarting).toBeGreaterThan(50);
  release();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
  expect(await contentTop()).toBe(whileStarting);
  await settledHint(page, 'own');

  // The next visit shows this player's own menu before the game's code, the round to resume focused as the game does.
  release = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  const shellResume = page.getByRole('button', { name: 'Reprendre' });
  await expect(shellResume).toBeFocused();
  expect(await page.evaluate(() => 'ready' in document.body.dataset)).toBe(false);
  await expect(page.locator('#ui')).toHaveAttribute('data-menu-shell-from', 'own');
  // Enter on it waits for the game, which then resumes the round: the feedback of the answer given before the reload.
  await page.keyboard.press('Enter');
  release();
  await ready(page);
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  expect(await hint(page)).toBe('none');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
  await settledHint(page, 'own');

  // A hint that lies (written by an older tab, say): the fresh menu shows, its click is not carried out.
  await page.evaluate(() => localStorage.setItem('fop:menu-shell', 'fr'));
  release = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  const shellPlay = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Jouer' });
  await expect(shellPlay).toBeVisible();
  await shellPlay.click();
  release();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'menu');
  await settledHint(page, 'own');
});

test('after a whole round, the menu saved is the one the next visit draws: a click on it is carried out', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await quickRounds(page);
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await menu.getByRole('button', { name: 'Jouer' }).click();
  await playQuickRound(page);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  // The menu after a round: a career under way, a best score, mistakes to review.
  await expect(page.getByTestId('best-score')).toBeVisible();
  await settledHint(page, 'own');

  const release = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  const play = menu.getByRole('button', { name: 'Jouer' });
  await expect(play).toBeFocused();
  await expect(page.getByTestId('best-score')).toBeVisible();
  await expect(page.locator('#ui')).toHaveAttribute('data-menu-shell-from', 'own');
  await page.keyboard.press('Enter');
  release();
  await ready(page);
  // Carried out: the game's first menu was the saved one, node for node.
  await expect(page.getByText('Extrait 1 sur 5', { exact: true })).toBeVisible();

  // Mistakes made review cards, due later: the saved menu says until when it holds (then the game's counts one due).
  await page.goBack();
  await settledHint(page, 'own');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('fop:menu-own') ?? '{}') as { validUntil?: number | null });
  // (null when every card is due already: the menu counts them all, and none falls due later.)
  const { validUntil } = await saved();
  expect(validUntil === null || (validUntil as number) > Date.now()).toBe(true);
  // The day it falls due: the saved menu is not shown, the game draws the menu with the review to do.
  await page.evaluate(() => {
    const menu = JSON.parse(localStorage.getItem('fop:menu-own') ?? '{}');
    localStorage.setItem('fop:menu-own', JSON.stringify({ ...menu, validUntil: Date.now() - 1 }));
  });
  const releaseLater = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  await page.waitForTimeout(300);
  await expect(page.locator('#ui .boot-spinner')).toBeVisible();
  releaseLater();
  await ready(page);
  // (The round begun above is there to resume.)
  await expect(page.getByRole('button', { name: 'Reprendre' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'menu');
});

test('the player’s own menu comes with their text size; a damaged one is not shown, and the game saves it again', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: 'Grande', exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'menu');
  await settledHint(page, 'own');

  let release = await holdGameCode(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Jouer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const before = await page.getByRole('button', { name: 'Jouer' }).boundingBox();
  release();
  await ready(page);
  // Drawn at the player's size from the first frame: the game's menu moves nothing.
  expect(await page.getByRole('button', { name: 'Jouer' }).boundingBox()).toEqual(before);

  // Damaged, or holding what the game never draws in a menu (a link, a handler): not shown; the game saves its own again.
  const good = await page.evaluate(() => localStorage.getItem('fop:menu-own') ?? '');
  const withLink = JSON.stringify({
    ...JSON.parse(good),
    html: JSON.parse(good).html.replace('</main>', '<a href="https://example.org/">x</a></main>'),
  });
  for (const bad of ['{"language":"fr","html":"<p>cut short', withLink]) {
    // Once the game has done loading in the background: texts arriving then would make it save its menu again, over this one.
    await page.waitForFunction(() => performance.getEntriesByName('screens-preloaded').length > 0);
    await page.evaluate((value) => localStorage.setItem('fop:menu-own', value), bad);
    release = await holdGameCode(page);
    await page.reload({ waitUntil: 'commit' });
    await page.waitForTimeout(300);
    await expect(page.locator('#ui .boot-spinner')).toBeVisible();
    release();
    await ready(page);
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Jouer' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('fop:menu-own'))).toBe(good);
  }
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });
  test('an English browser’s first visit shows the English menu, the same once the game is there', async ({ page }) => {
    const release = await holdGameCode(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    release();
    await ready(page);
    await settledHint(page, 'own');
  });
});

test('the game’s code is fetched early, once, and only as a fetch: the built page has no modulepreload', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/[\w-]+\.js$/.test(request.url())) requests.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  await ready(page);
  // The page as served (the lazy screens add links of their own later). A modulepreload would be
  // compiled on the main thread before the shell draws the menu (vite.config.ts).
  const served = await (await page.request.get('./')).text();
  expect(served).not.toContain('modulepreload');
  const preloads = [...served.matchAll(/<link rel="preload"([^>]*)>/g)].map((match) => match[1] ?? '');
  expect(preloads.length).toBeGreaterThan(0);
  expect(preloads.filter((attributes) => /data-game-entry/.test(attributes))).toHaveLength(1);
  const hrefs = preloads.map((attributes) => {
    expect(attributes).toMatch(/^ as="script" crossorigin href="/);
    return new URL(/href="([^"]+)"/.exec(attributes)?.[1] ?? '', page.url()).pathname;
  });
  // The module scripts the shell starts use the preloaded responses: no file of the game is asked for twice.
  const counts = new Map<string, number>();
  for (const path of requests) counts.set(path, (counts.get(path) ?? 0) + 1);
  expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  for (const href of hrefs) expect(requests).toContain(href);
});
