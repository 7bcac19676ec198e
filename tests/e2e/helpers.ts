/**
 * Helpers that use the game as a person would: by roles and accessible names. The answer
 * key is read from the shipped content, like a teacher holding the answer sheet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

type Category = 'fact' | 'estimate' | 'opinion' | 'propaganda';
interface KeyEntry {
  id: string;
  text: string;
  translation: string;
  category: Category;
}

const root = join(import.meta.dirname, '..', '..', 'assets', 'content', 'excerpts');
export const answerKey: KeyEntry[] = readdirSync(root)
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) => JSON.parse(readFileSync(join(root, f), 'utf8')) as Array<{ id: string; text: string; category: Category; translation: { en: string } }>,
  )
  .map((e) => ({ id: e.id, text: e.text, translation: e.translation.en, category: e.category }));

export const CATEGORY_NAMES = {
  fr: { fact: 'Fait vérifié', estimate: 'Estimation', opinion: 'Opinion', propaganda: 'Citation de propagande' },
  en: { fact: 'Verified fact', estimate: 'Estimate', opinion: 'Opinion', propaganda: 'Propaganda quote' },
} as const;
export const CATEGORY_ORDER: Category[] = ['fact', 'estimate', 'opinion', 'propaganda'];

/** The excerpt on screen, found in the answer key by its text (French original or English translation). */
export async function currentExcerpt(page: Page): Promise<KeyEntry> {
  const shown = (await page.locator('.excerpt-card blockquote').first().innerText()).trim();
  const entry = answerKey.find((e) => e.text === shown || e.translation === shown);
  if (!entry) throw new Error(`excerpt not in the answer key: ${shown.slice(0, 80)}`);
  return entry;
}

export function wrongCategory(category: Category): Category {
  return CATEGORY_ORDER[(CATEGORY_ORDER.indexOf(category) + 1) % 4] as Category;
}

export async function openGame(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

export async function score(page: Page): Promise<number> {
  return Number(await page.getByTestId('score').innerText());
}

/** Clears the game's storage (IndexedDB and localStorage) for a fresh first visit. */
export async function resetStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    const databases = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      databases.map(
        (d) =>
          d.name &&
          new Promise((resolve) => {
            const request = indexedDB.deleteDatabase(d.name as string);
            request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
          }),
      ),
    );
  });
}

/**
 * Serious and critical axe-core findings on the page as it is now. The page's CSP refuses the
 * injected audit script: tests calling this need `test.use({ bypassCSP: true })`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}
