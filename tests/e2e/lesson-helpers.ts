/** What the two lesson specs share: the shipped content, print page counts, axe, the broken-word check. */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { checkContentFiles } from '../../scripts/lib/read-content';
import { axeViolations } from './helpers';

export const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });

const { bundle } = checkContentFiles();
if (!bundle) throw new Error('the shipped content does not load');
export const content = bundle;

export type Category = 'fact' | 'estimate' | 'opinion' | 'propaganda';
/** The pupils' lesson: short, to keep the CI budget (the print counts use a lesson of 10, below). */
export const LESSON_SIZE = 4;

export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
}

/** A4 pages of the page as printed (Chromium's own PDF). */
export async function printedPages(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: `${artifacts}/${name}.pdf` });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export async function noAxeProblems(page: Page, label: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${label}`).toEqual([]);
}

/** Words split across two lines inside a table cell (the "Catégori/e" of the playtest): none may be. */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      // A line may end at a hyphen (« nord-/coréens »): that is a break between the parts of a word, not inside one.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}’']{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** Waits until the game's storage (IndexedDB through localforage) holds this round at this excerpt and phase: a reload then finds it. */
export async function waitForSavedRound(page: Page, key: string, index: number, phase: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ key, index, phase }) =>
            new Promise<boolean>((resolve) => {
              const open = indexedDB.open('fait-ou-propagande');
              open.onerror = () => resolve(false);
              open.onsuccess = () => {
                try {
                  const request = open.result.transaction('progress').objectStore('progress').get(key);
                  request.onsuccess = () => resolve(request.result?.index === index && request.result?.phase === phase);
                  request.onerror = () => resolve(false);
                } catch {
                  resolve(false);
                }
              };
            }),
          { key, index, phase },
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}
