import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { openGame } from './helpers';

// Issue #15: the menu, once drawn, does not move. Every layout shift the browser records from the
// first paint until every lazy screen's code and styles are in is a
// fault: a style of the menu that only came with a lazy screen's file moved the menu seconds after
// it was drawn, and the spinner's margin moved the page when the menu replaced it.

function watchShifts(): void {
  const w = window as unknown as { shifts: string[] };
  w.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }>) {
      const what = (entry.sources ?? []).map((source) => {
        const node = source.node as Element | undefined;
        return node ? `${node.nodeName}.${typeof node.className === 'string' ? node.className : ''}` : '?';
      });
      w.shifts.push(`${Math.round(entry.startTime)} ms: ${entry.value.toFixed(4)} (${what.join(', ')})`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function shiftsUntilSettled(page: Page): Promise<string[]> {
  await page.waitForFunction(() => performance.getEntriesByName('screens-preloaded').length > 0, undefined, { timeout: 30_000 });
  // A frame or two for the last styles to be laid out.
  await page.waitForTimeout(300);
  // The menu's band is the page's stamps: Phaser never starts for the menu.
  await expect(page.locator('.stamp-banner')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('stage-ready').length)).toBe(0);
  await expect(page.locator('#stage canvas')).toHaveCount(0);
  return page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`the menu does not move once drawn, ${viewport.width} px wide`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(watchShifts);
    await openGame(page);
    await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeVisible();
    expect(await shiftsUntilSettled(page)).toEqual([]);
  });
}

test('the menu with a storage notice does not move once drawn either', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(IDBFactory.prototype, 'open', { value: blocked, configurable: true });
    Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
  });
  await page.addInitScript(watchShifts);
  await openGame(page);
  await expect(page.getByTestId('storage-notice').locator('.notice')).toHaveCount(1);
  expect(await shiftsUntilSettled(page)).toEqual([]);
});
