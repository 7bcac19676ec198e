/**
 * Helpers that use the game as a person would: by roles and accessible names. The answer
 * key is read from the shipped content, like a teacher holding the answer sheet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { clueSpanWords, clueWordIndices } from '../../src/core/content/words';

type Category = 'fact' | 'estimate' | 'opinion' | 'propaganda';
interface KeyEntry {
  id: string;
  text: string;
  translation: string;
  category: Category;
  /** Indices of the excerpt's words inside the key's clue spans (the words a player marks). */
  clueWords: number[];
  /** Those that find a clue when marked alone (a clue's key words, not "Pour" of "Pour Moscou et Pyongyang"), in text order. */
  keyWords: number[];
  /** The start of the short explanation in French, up to its first link to an article. */
  shortStartFr: string;
}

const root = join(import.meta.dirname, '..', '..', 'assets', 'content', 'excerpts');
export const answerKey: KeyEntry[] = readdirSync(root)
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) =>
      JSON.parse(readFileSync(join(root, f), 'utf8')) as Array<{
        id: string;
        text: string;
        category: Category;
        translation: { en: string };
        clues: Array<{ text: string; at: number }>;
        short: { fr: string };
      }>,
  )
  .map((e) => ({
    id: e.id,
    text: e.text,
    translation: e.translation.en,
    category: e.category,
    clueWords: clueWordIndices(e),
    keyWords: [...new Set(clueSpanWords(e).flatMap((span) => span.key))].sort((a, b) => a - b),
    shortStartFr: (e.short.fr.split('{{')[0] as string).slice(0, 60),
  }));

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

/** From the menu, in French: rounds of 5 excerpts answered with one key each (no confidence, no clue step). */
export async function quickRounds(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('checkbox', { name: /Demander ma confiance/ }).uncheck();
  await page.getByRole('checkbox', { name: /Chercher l’indice/ }).uncheck();
  await page.getByRole('button', { name: 'Retour' }).click();
}

/** After quickRounds and Play: the round's five excerpts, each answered with one key, to the results screen. */
export async function playQuickRound(page: Page): Promise<void> {
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Extrait ${i} sur 5`, { exact: true })).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('n');
  }
  await expect(page.getByTestId('final-score')).toBeVisible();
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
export async function axeViolations(page: Page, options: { everyImpact?: boolean } = {}): Promise<string[]> {
  // Injected once per document (half a megabyte to parse): a screen audited after another on the same page reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) {
    const { createRequire } = await import('node:module');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(async (everyImpact) => {
    type Result = { violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => everyImpact || v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  }, options.everyImpact === true);
}

/** What a player reads first after an answer: in view, inside the viewport, and not covered by anything. */
export async function expectInViewUncovered(page: Page, locators: ReturnType<Page['locator']>[]): Promise<void> {
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, 'on screen').not.toBeNull();
    if (!box) continue;
    expect(box.y, 'top in view').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'bottom in view').toBeLessThanOrEqual(viewport.height + 0.5);
    expect(box.x + box.width, 'not wider than the screen').toBeLessThanOrEqual(viewport.width + 0.5);
    // The element (or a child of it) is what the pointer would hit at its corners and centre.
    const covered = await locator.evaluate((element) => {
      const r = element.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 4, r.top + 4],
        [r.right - 4, r.bottom - 4],
      ];
      return points.some(([x, y]) => {
        const hit = document.elementFromPoint(x as number, y as number);
        return hit !== null && hit !== element && !element.contains(hit);
      });
    });
    expect(covered, 'not covered by anything').toBe(false);
  }
}
