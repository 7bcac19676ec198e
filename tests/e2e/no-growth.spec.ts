import { expect, type Page, test } from '@playwright/test';
import { GRAPHICS_CHIP, webGLDrawnBy } from './canvas-stage';
import { openGame, playQuickRound, quickRounds } from './helpers';

// Issue #15: playing on must not grow the page. After one round (play and results screens made
// once) the DOM nodes and listeners, counted by the browser itself after a garbage collection
// (detached nodes included), stay where they are over two more rounds. Locators and expect only:
// a JS handle kept by the test would itself hold an old screen alive.

/**
 * Waits until the game's saves have landed. A write still in flight is an IndexedDB transaction with its
 * handlers, counted as listeners until it completes: read at the wrong moment, it looked like growth (a full
 * test run failed on it). No Web Lock held or asked for over three polls (a save waits for a frame before it takes
 * its lock), then one read-write transaction over every store, which IndexedDB starts only after the
 * earlier ones on those stores have finished.
 */
async function storageAtRest(page: Page): Promise<void> {
  await page.evaluate(() => delete (window as { quietPolls?: number }).quietPolls);
  await page.waitForFunction(
    async () => {
      const state = window as { quietPolls?: number };
      const { held = [], pending = [] } = await navigator.locks.query();
      state.quietPolls = held.length + pending.length === 0 ? (state.quietPolls ?? 0) + 1 : 0;
      return state.quietPolls >= 3;
    },
    undefined,
    { polling: 50 },
  );
  await page.evaluate(async () => {
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      await new Promise<void>((resolve) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => resolve();
        opening.onsuccess = () => {
          const db = opening.result;
          const stores = [...db.objectStoreNames];
          const done = () => {
            db.close();
            resolve();
          };
          if (stores.length === 0) return done();
          const barrier = db.transaction(stores, 'readwrite');
          barrier.oncomplete = done;
          barrier.onabort = done;
        };
      });
    }
  });
}

test('three rounds in a row: DOM nodes and listeners stay flat after the first', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const counters = async () => {
    await storageAtRest(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, listeners: jsEventListeners };
  };
  // The heavier of the stage's renderers: WebGL, as on a machine with a graphics chip.
  await page.addInitScript(webGLDrawnBy, GRAPHICS_CHIP);
  await openGame(page);
  // Short rounds of one key per answer: the test is about rounds, not answers.
  await quickRounds(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  await playQuickRound(page);
  // The stage starts with the first round, and the other screens' code loads in the background: counted before
  // they are in, their own canvas, nodes and listeners would read as growth.
  await page.waitForFunction(
    () => performance.getEntriesByName('stage-ready').length > 0 && performance.getEntriesByName('screens-preloaded').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  await expect(page.locator('#stage')).toHaveAttribute('data-renderer', 'webgl');
  const afterOne = await counters();
  for (let round = 0; round < 2; round++) {
    await page.getByRole('button', { name: 'Rejouer' }).click();
    await playQuickRound(page);
  }
  const afterThree = await counters();
  // A leak of one screen per round is hundreds of nodes and a dozen listeners; a few nodes come and go with
  // the excerpts' lengths. With the saves landed, the listeners measured exactly flat in 16 runs out of 16.
  expect(afterThree.nodes, JSON.stringify({ afterOne, afterThree })).toBeLessThanOrEqual(afterOne.nodes + 40);
  expect(afterThree.listeners, JSON.stringify({ afterOne, afterThree })).toBeLessThanOrEqual(afterOne.listeners + 2);
});
