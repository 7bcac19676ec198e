/** What schools' machines throw at the game: other languages, no audio, reduced motion, sub-paths, no network. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { CATEGORY_NAMES, currentExcerpt, openGame } from './helpers';

// As on a school's machine: the game's service worker runs (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.describe('first visit in an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('picks English from the browser', async ({ page }) => {
    await openGame(page);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('first visit in a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('falls back to French', async ({ page }) => {
    await openGame(page);
    await expect(page.getByRole('button', { name: 'Jouer' })).toBeVisible();
  });
});

test('a browser with no audio at all still plays, sound on', async ({ page }) => {
  await page.addInitScript(() => {
    // No Web Audio and no HTML audio: what a locked-down or very old machine may offer.
    Object.defineProperty(window, 'AudioContext', { value: undefined });
    Object.defineProperty(window, 'webkitAudioContext', { value: undefined });
    Object.defineProperty(window, 'Audio', { value: undefined });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
  await page.getByRole('button', { name: 'Totale' }).click();
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('a system that asks for reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('is followed by default, and the setting can override it', async ({ page }) => {
    await openGame(page);
    await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
    // The system setting changes while the game is open: "follow the system" follows it.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'false');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByRole('radio', { name: 'Non, animer' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'false');
  });
});

test('makes no request beyond its own files', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL as string) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
  await page.getByRole('button', { name: 'Totale' }).click();
  await expect(page.locator('#stage canvas')).toBeAttached();
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
});

test.describe('the built game served from a sub-folder', () => {
  let server: Server;
  const prefix = '/ecole/jeux/fait-ou-propagande/';
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.wav': 'audio/wav',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.json': 'application/json',
  };

  test.beforeAll(async () => {
    // A plain static server, like a school's: files only, under a sub-path.
    server = createServer(async (request, response) => {
      const path = decodeURIComponent((request.url ?? '/').split('?')[0] as string);
      if (!path.startsWith(prefix)) return void response.writeHead(404).end();
      const relative = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      try {
        const body = await readFile(join('dist', relative));
        response.writeHead(200, { 'content-type': types[extname(relative)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('loads and plays', async ({ page }) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await page.goto(`http://127.0.0.1:${port}${prefix}`);
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await page.getByRole('button', { name: 'Jouer' }).click();
    await expect(page.getByText('Extrait 1 sur 10', { exact: true })).toBeVisible();
    await expect(page.locator('#stage canvas')).toBeAttached();
  });
});

test.describe('a phone with a touch screen', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  test('plays by tapping the same buttons', async ({ page }) => {
    await openGame(page);
    await page.screenshot({ path: 'tests/artifacts/menu-360.png', fullPage: true });
    await page.getByRole('button', { name: 'Jouer' }).tap();
    const excerpt = await currentExcerpt(page);
    await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).tap();
    await page.getByRole('button', { name: 'Assez' }).tap();
    await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).tap();
    await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
    await page.screenshot({ path: 'tests/artifacts/play-360.png', fullPage: true });
  });
});

test('once loaded, the game works offline (service worker cache)', async ({ page, context }) => {
  await openGame(page);
  // Wait until the service worker is active: it has cached everything and will serve the next load.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.getByRole('button', { name: 'Jouer' }).click();
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
  await page.getByRole('button', { name: 'Totale' }).click();
  await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
  await expect(page.locator('#stage canvas')).toBeAttached();
});
