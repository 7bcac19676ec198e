/**
 * Helpers for the tests that look at what the game keeps: raw IndexedDB reads and writes (as a
 * damaged disk or another build might have left them), and a round played by keyboard.
 */
import { expect, type Page } from '@playwright/test';
import { CATEGORY_ORDER, currentExcerpt, wrongCategory } from './helpers';

export const DB_NAME = 'fait-ou-propagande';
export const STORE_NAME = 'progress';

export async function reloadGame(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

export async function chooseRoundSize(page: Page, size: '5' | '10'): Promise<void> {
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: size, exact: true }).check();
  await page.getByRole('button', { name: 'Retour' }).click();
}

/**
 * Plays the round on screen from the excerpt shown, by keyboard, in French, up to `stopBefore`
 * (1-based, left unanswered) or to the end; returns the final score shown (or null).
 * `leaveLast`: answer the last excerpt but do not press "Voir les résultats".
 */
export async function playRound(page: Page, options: { wrongAt?: number[]; stopBefore?: number; leaveLast?: boolean } = {}): Promise<number | null> {
  const progressText = await page.locator('.hud-progress').innerText();
  const [, from, total] = (/(\d+) sur (\d+)/.exec(progressText) ?? []).map(Number);
  for (let i = from ?? 1; i <= (total ?? 0); i++) {
    if (options.stopBefore === i) return null;
    await expect(page.locator('.hud-progress')).toHaveText(`Extrait ${i} sur ${total}`);
    const excerpt = await currentExcerpt(page);
    const choice = options.wrongAt?.includes(i) ? wrongCategory(excerpt.category) : excerpt.category;
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(choice) + 1));
    await expect(page.getByRole('group', { name: /Quelle confiance as-tu/ })).toBeVisible();
    await page.keyboard.press('2');
    await expect(page.getByRole('heading', { name: /Pas tout à fait|Bonne réponse/ })).toBeFocused();
    if (options.leaveLast && i === total) return null;
    await page.keyboard.press('Enter');
  }
  const final = await page.getByTestId('final-score').innerText();
  return Number(/(\d+)/.exec(final)?.[1]);
}

export async function openProgress(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^(Progrès|Voir mes progrès)$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progrès' })).toBeFocused();
}

/** Writes values straight into the game's IndexedDB store. */
export async function writeRaw(page: Page, entries: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ db, store, entries }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(store, 'readwrite');
        for (const [key, value] of Object.entries(entries)) tx.objectStore(store).put(value, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { db: DB_NAME, store: STORE_NAME, entries },
  );
}

/** Every key and value in the game's IndexedDB store (binary values come back as a description). */
export async function readRaw(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ db, store }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const result: Record<string, unknown> = {};
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(store, 'readonly');
        const cursor = tx.objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          result[String(c.key)] = ArrayBuffer.isView(c.value) ? `binary(${c.value.byteLength})` : c.value;
          c.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
      return result;
    },
    { db: DB_NAME, store: STORE_NAME },
  );
}

/**
 * The profile records as the game reads them: a finished import flips the `pointer` record to
 * a new generation of keys (see services/storage.ts), so `profile:<id>` is looked up under it.
 */
export function storedProfiles(raw: Record<string, unknown>): Record<string, { rounds: Array<{ id: string }>; bestScore: number }> {
  const pointer = raw.pointer as { generation?: string } | undefined;
  const prefix = pointer?.generation ? `${pointer.generation}/` : '';
  const result: Record<string, { rounds: Array<{ id: string }>; bestScore: number }> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(`${prefix}profile:`) && (prefix !== '' || !key.includes('/'))) {
      result[key.slice(prefix.length + 'profile:'.length)] = value as { rounds: Array<{ id: string }>; bestScore: number };
    }
  }
  return result;
}

/** Writes a long history into the profile, made in the page (nothing this big crosses the test's wire). */
export async function writeLongHistory(page: Page, profileId: string, rounds: number, perRound: number, cards = 0): Promise<void> {
  await page.evaluate(
    async ({ db, store, profileId, rounds, perRound, cards }) => {
      const at = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
      const key = ['fact', 'estimate', 'opinion', 'propaganda'];
      const profile = {
        version: 1,
        profileId,
        rounds: Array.from({ length: rounds }, (_, r) => ({
          id: `r-old-${r}`,
          mode: 'play',
          startedAt: at(r),
          endedAt: at(r),
          score: 100,
          bestStreak: 1,
          answers: Array.from({ length: perRound }, (_, i) => ({
            excerptId: `000-${String(i % 20).padStart(2, '0')}`,
            articleId: '000',
            expected: key[i % 4],
            answered: key[(i + r) % 4],
            confidence: 'sure',
            at: at(r),
          })),
        })),
        leitner: Object.fromEntries(Array.from({ length: cards }, (_, i) => [`x-${i}`, { box: 1, due: at(i), rightInARow: 0, retired: false }])),
        bestScore: 100,
        bestStreak: 1,
      };
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(store, 'readwrite');
        tx.objectStore(store).put(profile, `profile:${profileId}`);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { db: DB_NAME, store: STORE_NAME, profileId, rounds, perRound, cards },
  );
}
