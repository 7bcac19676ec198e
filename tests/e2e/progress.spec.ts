/**
 * Progress kept on the device: history and charts, review of mistakes, resume, profiles,
 * export/import/reset, and the storage faults a school machine can throw at the game.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { answerKey, CATEGORY_ORDER, axeViolations, currentExcerpt, openGame, score, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });

/** The game's IndexedDB database and object store, as storage.ts opens them through localforage. */
const DB_NAME = 'fait-ou-propagande';
const STORE_NAME = 'progress';

async function reloadGame(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

async function chooseRoundSize(page: Page, size: '5' | '10'): Promise<void> {
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: size, exact: true }).check();
  await page.getByRole('button', { name: 'Retour' }).click();
}

interface Played {
  /** Excerpts answered wrongly, in order. */
  missed: string[];
  finalScore: number;
  /** Every excerpt played, in order. */
  ids: string[];
}

/**
 * Plays the round on screen to the end, from the excerpt shown, by keyboard, in French. Excerpts numbered in
 * `wrongAt` (1-based) get a wrong answer; every answer is rated `confidence`.
 */
async function playRound(page: Page, options: { wrongAt?: number[]; confidence?: 'Un peu' | 'Assez' | 'Totale' } = {}): Promise<Played> {
  const wrongAt = options.wrongAt ?? [];
  const confidenceKey = String(['Un peu', 'Assez', 'Totale'].indexOf(options.confidence ?? 'Assez') + 1);
  const progressText = await page.locator('.hud-progress').innerText();
  const [, from, total] = (/(\d+) sur (\d+)/.exec(progressText) ?? []).map(Number);
  const missed: string[] = [];
  const ids: string[] = [];
  for (let i = from ?? 1; i <= (total ?? 0); i++) {
    await expect(page.locator('.hud-progress')).toHaveText(`Extrait ${i} sur ${total}`);
    const excerpt = await currentExcerpt(page);
    ids.push(excerpt.id);
    const wrong = wrongAt.includes(i);
    const choice = wrong ? wrongCategory(excerpt.category) : excerpt.category;
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(choice) + 1));
    await expect(page.getByRole('group', { name: /Quelle confiance/ })).toBeVisible();
    await page.keyboard.press(confidenceKey);
    await expect(page.getByRole('heading', { name: wrong ? /Pas tout à fait/ : /Bonne réponse/ })).toBeFocused();
    if (wrong) missed.push(excerpt.id);
    await page.keyboard.press('Enter');
  }
  const final = await page.getByTestId('final-score').innerText();
  return { missed, finalScore: Number(/(\d+)/.exec(final)?.[1]), ids };
}

/** Waits until the round on screen is saved at this excerpt (the save runs just after the step, like any write). */
async function savedAtExcerpt(page: Page, index: number): Promise<void> {
  await expect
    .poll(async () =>
      Object.entries(await readRaw(page)).some(([key, value]) => key.startsWith('resume:') && (value as { index?: number }).index === index),
    )
    .toBe(true);
}

async function openProgress(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Progrès', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progrès' })).toBeFocused();
}

/** Writes values straight into the game's IndexedDB store, as a damaged disk or an old build might have left them. */
async function writeRaw(page: Page, entries: Record<string, unknown>): Promise<void> {
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

async function readRaw(page: Page): Promise<Record<string, unknown>> {
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
          result[String(c.key)] = c.value;
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

test('two rounds, a reload, and both rounds in Progress with the chart drawn', async ({ page }) => {
  await openGame(page);
  await openProgress(page);
  await expect(page.getByRole('heading', { name: 'Rien à montrer pour l’instant' })).toBeVisible();
  await page.getByRole('button', { name: 'Retour' }).click();

  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const first = await playRound(page, { confidence: 'Totale' });
  expect(first.finalScore).toBe(1750); // 5 × 300 (right, total confidence) + streak bonuses 0, 25, 50, 75, 100
  await page.getByRole('button', { name: 'Rejouer' }).click();
  const second = await playRound(page, { wrongAt: [2, 4], confidence: 'Assez' });

  // Without a reload, the finished round is already in Progress.
  await page.getByRole('button', { name: 'Voir mes progrès' }).click();
  await expect(page.getByTestId('rounds-played')).toHaveText('2');
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeFocused();

  await reloadGame(page);
  await openProgress(page);
  await expect(page.getByTestId('rounds-played')).toHaveText('2');
  await expect(page.getByTestId('progress-best-score')).toHaveText('1750');
  await expect(page.getByTestId('progress-best-streak')).toHaveText('5');
  await expect(page.getByTestId('progress-due')).toHaveText(String(second.missed.length));
  const history = page.getByTestId('round-history');
  await expect(history.locator('tbody tr')).toHaveCount(2);
  // Newest first: the second round (3 of 5) above the first (5 of 5).
  await expect(history.locator('tbody tr').nth(0)).toContainText(`${second.finalScore}`);
  await expect(history.locator('tbody tr').nth(0)).toContainText('3/5 (60 %)');
  await expect(history.locator('tbody tr').nth(1)).toContainText('5/5 (100 %)');

  // The trend is drawn: one named chart per category, each read out round by round, lines through
  // the two rounds, and the numbers one click away.
  const trend = page.getByRole('group', { name: 'Réussite par catégorie au fil des parties' });
  await expect(trend.getByRole('img')).toHaveCount(4);
  await expect(trend.getByRole('img', { name: /^Fait, partie par partie : (\d+ %|aucun extrait), \d+ %$/ })).toBeVisible();
  const drawnLines = await trend
    .locator('path.series')
    .evaluateAll((paths) => paths.filter((p) => /^M[\d.]+ [\d.]+ L/.test(p.getAttribute('d') ?? '')).length);
  expect(drawnLines).toBeGreaterThan(0);
  await page.getByText('Voir les chiffres').click();
  await expect(trend.locator('table.numbers tbody tr')).toHaveCount(2);

  // Confusion grid: 10 answers in all, 8 on the diagonal.
  const cells = await page
    .getByTestId('confusion-grid')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => Number(td.textContent))));
  expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(10);
  expect(cells.reduce((sum, row, i) => sum + (row[i] ?? 0), 0)).toBe(8);
  await expect(page.getByTestId('top-confusion')).toContainText('pris pour');

  // Calibration: "Totale" 5 of 5 right, "Assez" 3 of 5.
  await expect(page.getByTestId('calibration')).toContainText('100 % justes (5 sur 5)');
  await expect(page.getByTestId('calibration')).toContainText('60 % justes (3 sur 5)');
  await expect(page.getByTestId('discernment')).toBeVisible();
  await expect(page.getByTestId('bias-readout')).toBeVisible();
  await expect(page.getByTestId('article-mastery').getByRole('img')).toHaveCount(5);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${artifacts}/progress-fr-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/progress-fr-360.png`, fullPage: true });

  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Success by category, round after round' }).getByRole('img', { name: /^Fact, round by round: / }),
  ).toBeVisible();
  await expect(page.getByTestId('calibration')).toContainText('100% right (5 of 5)');
  // The articles' names are in English now, and not marked as French for a screen reader.
  const names = page.getByTestId('article-mastery').locator('.bar-name');
  await expect(names.first()).toHaveText('Kim Jong Un glorifies his “heroic” troops');
  expect(await names.evaluateAll((spans) => spans.map((span) => span.closest('[lang]')?.getAttribute('lang')))).toEqual(Array(5).fill('en'));
  await page.screenshot({ path: `${artifacts}/progress-en-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${artifacts}/progress-en-1280.png`, fullPage: true });

  // Escape closes the screen, back to the menu.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('a missed excerpt is due in Review, is played there, and leaves the due list', async ({ page }) => {
  await openGame(page);
  await chooseRoundSize(page, '5');
  await expect(page.getByRole('button', { name: 'Réviser mes erreurs' })).toBeDisabled();
  await expect(page.getByText('Rien à réviser pour l’instant')).toBeVisible();

  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  // A confident mistake is singled out in the feedback.
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 1 sur 5');
  const first = await currentExcerpt(page);
  await page.keyboard.press(String(CATEGORY_ORDER.indexOf(wrongCategory(first.category)) + 1));
  await page.getByRole('button', { name: 'Totale' }).click();
  await expect(page.getByText('Ta confiance était totale : c’est justement l’erreur la plus utile à comprendre.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 2 sur 5');
  const rest = await playRound(page, { wrongAt: [] });
  expect(rest.missed).toEqual([]);

  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByText('1 extrait à revoir')).toBeVisible();
  await page.getByRole('button', { name: 'Réviser mes erreurs' }).click();
  // The due mistake, with up to three excerpts not met yet from the category it was mistaken in.
  await expect(page.locator('.hud-progress')).toHaveText(/^Extrait 1 sur [1-4]$/);
  const review = await playRound(page);
  expect(review.ids).toContain(first.id);
  const firstCategory = answerKey.find((e) => e.id === first.id)?.category;
  for (const id of review.ids.filter((id) => id !== first.id)) {
    expect(rest.ids.concat(first.id)).not.toContain(id);
    expect(answerKey.find((e) => e.id === id)?.category).toBe(firstCategory);
  }
  await expect(page.getByRole('heading', { name: 'Révision terminée' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByText('Rien à réviser pour l’instant')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réviser mes erreurs' })).toBeDisabled();

  // The review round is in the history, marked as such.
  await openProgress(page);
  await expect(page.getByTestId('round-history').locator('tbody tr').nth(0)).toContainText('Révision');
});

test('reloading mid-round offers to resume at the same excerpt with the same score and streak', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  for (let i = 1; i <= 3; i++) {
    const excerpt = await currentExcerpt(page);
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(excerpt.category) + 1));
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 4 sur 10');
  const before = await currentExcerpt(page);
  const points = await score(page);
  const streak = await page.getByTestId('streak').innerText();
  expect(points).toBe(375);
  expect(streak).toBe('×3');

  await savedAtExcerpt(page, 3);
  await reloadGame(page);
  await expect(page.getByRole('heading', { name: 'Reprendre la partie ?' })).toBeVisible();
  await expect(page.getByText('extrait 4 sur 10, score 375')).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 4 sur 10');
  expect((await currentExcerpt(page)).id).toBe(before.id);
  expect(await score(page)).toBe(points);
  await expect(page.getByTestId('streak')).toHaveText(streak);
  // The streak really carries on: a fourth right answer earns the ×4 bonus.
  await page.keyboard.press(String(CATEGORY_ORDER.indexOf(before.category) + 1));
  await page.keyboard.press('1');
  await expect(page.getByTestId('streak')).toHaveText('×4');
  expect(await score(page)).toBe(points + 100 + 75);
});

test('damaged records in IndexedDB: the game starts, keeps what is valid, sets the rest aside and says so', async ({ page }) => {
  await openGame(page);
  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const played = await playRound(page);
  // The finished round is appended to storage just after the results show.
  await expect.poll(async () => ((await readRaw(page))['profile:default'] as { rounds?: unknown[] } | undefined)?.rounds?.length).toBe(1);
  const profile = (await readRaw(page))['profile:default'] as { rounds: unknown[] };

  await writeRaw(page, {
    device: 'ceci n’est pas un enregistrement',
    'profile:default': { ...profile, rounds: [...profile.rounds, 'garbage', { id: 42, score: 'lots' }], leitner: 7, bestScore: -3 },
    'resume:default': { half: 'a round' },
  });
  await reloadGame(page);
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('Des données enregistrées étaient abîmées');
  await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeVisible();
  // A snapshot that is not a round is not offered for resuming.
  await expect(page.getByRole('heading', { name: 'Reprendre la partie ?' })).toHaveCount(0);

  await openProgress(page);
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await expect(page.getByTestId('progress-best-score')).toHaveText(String(played.finalScore));
  const after = await readRaw(page);
  const setAside = Object.keys(after).filter((key) => key.startsWith('set-aside:'));
  expect(setAside.some((key) => key.startsWith('set-aside:device:'))).toBe(true);
  expect(setAside.some((key) => key.startsWith('set-aside:profile:default:'))).toBe(true);
  expect(JSON.stringify(after)).toContain('garbage'); // kept apart, not deleted

  await notice.getByRole('button', { name: 'J’ai compris' }).click();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
});

test('a record from a newer version of the game is left untouched and the player is told', async ({ page }) => {
  await openGame(page);
  const newer = { version: 99, profileId: 'default', rounds: 'new shape', leitner: {}, bestScore: 5000, bestStreak: 9 };
  await writeRaw(page, { 'profile:default': newer });
  await reloadGame(page);
  await expect(page.getByTestId('storage-notice')).toContainText('version plus récente');
  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await playRound(page);
  expect((await readRaw(page))['profile:default']).toEqual(newer);
});

test('export, reset, import: the progress is back; bad files change nothing', async ({ page }, testInfo) => {
  await openGame(page);
  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const played = await playRound(page, { wrongAt: [3] });
  await page.getByRole('button', { name: 'Voir mes progrès' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fait-ou-propagande-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  await expect(page.getByTestId('data-message')).toContainText(download.suggestedFilename());

  // Reset asks first; cancelling keeps everything.
  await page.getByRole('button', { name: 'Effacer mes progrès' }).click();
  const dialog = page.getByRole('dialog', { name: 'Effacer les progrès de Profil 1 ?' });
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await page.getByRole('button', { name: 'Effacer mes progrès' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Effacer', exact: true }).click();
  await expect(page.getByTestId('data-message')).toHaveText('Progrès effacés.');
  await expect(page.getByRole('heading', { name: 'Rien à montrer pour l’instant' })).toBeVisible();
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect(page.getByText('Rien à réviser pour l’instant')).toBeVisible();
  await expect(page.getByTestId('best-score')).toHaveCount(0);

  // Files that are not a valid export are refused with their own message, and nothing changes.
  await openProgress(page);
  const importFile = async (name: string, content: string) => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importer un fichier' }).click();
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };
  const exported = (await import('node:fs')).readFileSync(file, 'utf8');
  const parsed = JSON.parse(exported) as { version: number; profiles: Array<{ rounds: unknown[] }> };
  const cases: Array<[string, string]> = [
    ['{ not json', 'ce n’est pas un fichier JSON'],
    [JSON.stringify({ hello: 'world' }), 'pas un export de progrès'],
    [JSON.stringify({ ...parsed, version: 99 }), 'version plus récente du jeu'],
    [JSON.stringify({ ...parsed, profiles: [{ ...parsed.profiles[0], rounds: ['garbage'] }] }), 'abîmé ou incomplet'],
  ];
  for (const [content, message] of cases) {
    await importFile('bad.json', content);
    await expect(page.getByTestId('data-message')).toContainText(message);
    await expect(page.getByTestId('data-message')).toContainText('Rien n’a été changé.');
    await expect(page.getByRole('heading', { name: 'Rien à montrer pour l’instant' })).toBeVisible();
  }

  await importFile('export.json', exported);
  const confirm = page.getByRole('dialog', { name: 'Remplacer les progrès de cet appareil ?' });
  await expect(confirm).toContainText('1 profil : Profil 1');
  await page.screenshot({ path: `${artifacts}/import-confirm-fr-1280.png` });
  await confirm.getByRole('button', { name: 'Importer et remplacer' }).click();
  await expect(page.getByTestId('data-message')).toHaveText('Import réussi : 1 profil retrouvé.');
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await expect(page.getByTestId('progress-best-score')).toHaveText(String(played.finalScore));
  await expect(page.getByTestId('progress-due')).toHaveText('1');

  await reloadGame(page);
  await expect(page.getByTestId('best-score')).toHaveText(`Meilleur score : ${played.finalScore}`);
  await expect(page.getByText('1 extrait à revoir')).toBeVisible();
});

test('with IndexedDB and localStorage blocked, the game plays and says once that progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(IDBFactory.prototype, 'open', { value: blocked, configurable: true });
    Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
  });
  await openGame(page);
  const notices = page.getByTestId('storage-notice').locator('.notice');
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText('scores et progrès ne seront pas gardés');

  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const played = await playRound(page);
  // Still said once: finishing a round (a save) does not repeat it.
  await expect(notices).toHaveCount(1);
  await page.getByRole('button', { name: 'Voir mes progrès' }).click();
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await expect(page.getByText('Ce navigateur ne garde rien')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai compris' }).click();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  // Progress opened from the results closes to the menu.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await playRound(page);
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  // 5 × 200 (right, confidence "Assez") + streak bonuses 0, 25, 50, 75, 100.
  expect(played.finalScore).toBe(1250);
});

test('an IndexedDB that never answers: the game starts anyway, plays in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    // Some private modes hand back a request whose events never fire.
    Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) as IDBOpenDBRequest, configurable: true });
  });
  await openGame(page);
  await expect(page.getByTestId('storage-notice').locator('.notice')).toHaveCount(1);
  await expect(page.getByTestId('storage-notice')).toContainText('scores et progrès ne seront pas gardés');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 1 sur 10');
});

test('profiles on a shared device: each has its own progress, best score, due count and resume offer', async ({ page }) => {
  await openGame(page);
  await expect(page.getByTestId('menu-profile')).toHaveText('Profil : Profil 1');
  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const first = await playRound(page, { wrongAt: [1] });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByText('1 extrait à revoir')).toBeVisible();

  // A new profile, created by keyboard, becomes the active one with an empty slate.
  await page.getByTestId('menu-profile').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profils' })).toBeFocused();
  await page.getByLabel('Nom du profil').fill('  ');
  await page.getByRole('button', { name: 'Créer et choisir' }).click();
  await expect(page.getByRole('alert')).toHaveText('Écris un nom.');
  await page.getByLabel('Nom du profil').fill('profil 1');
  await page.getByRole('button', { name: 'Créer et choisir' }).click();
  await expect(page.getByRole('alert')).toHaveText('Ce nom est déjà pris sur cet appareil.');
  await page.getByLabel('Nom du profil').fill('Léa');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profiles-status')).toHaveText('Profil Léa créé et choisi.');
  await expect(page.locator('.profile-item.active')).toContainText('Léa');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('menu-profile')).toHaveText('Profil : Léa');
  await expect(page.getByTestId('best-score')).toHaveCount(0);
  await expect(page.getByText('Rien à réviser pour l’instant')).toBeVisible();

  // Léa leaves a round half-played.
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const leaExcerpt = await currentExcerpt(page);
  await page.keyboard.press(String(CATEGORY_ORDER.indexOf(leaExcerpt.category) + 1));
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.locator('.hud-progress')).toHaveText('Extrait 2 sur 5');
  await savedAtExcerpt(page, 1);
  await reloadGame(page);
  await expect(page.getByTestId('menu-profile')).toHaveText('Profil : Léa');
  await expect(page.getByText('extrait 2 sur 5, score 200')).toBeVisible();

  // Back to Profil 1: its best score and due card, and no resume offer (the half round is Léa's).
  await page.getByTestId('menu-profile').click();
  await page.getByRole('button', { name: 'Choisir le profil Profil 1' }).click();
  await expect(page.getByTestId('profiles-status')).toHaveText('Profil choisi : Profil 1.');
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect(page.getByTestId('best-score')).toHaveText(`Meilleur score : ${first.finalScore}`);
  await expect(page.getByText('1 extrait à revoir')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reprendre la partie ?' })).toHaveCount(0);
  await openProgress(page);
  await expect(page.getByTestId('progress-profile')).toHaveText('Profil : Profil 1');
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await page.keyboard.press('Escape');

  // Rename (Escape inside the field cancels the rename only), then delete Léa with confirmation.
  await page.getByTestId('menu-profile').click();
  await page.getByRole('button', { name: 'Renommer le profil Profil 1' }).click();
  await expect(page.getByRole('textbox', { name: 'Nouveau nom pour Profil 1' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Profils' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nouveau nom pour Profil 1' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Renommer le profil Profil 1' }).click();
  await page.getByRole('textbox', { name: 'Nouveau nom pour Profil 1' }).fill('Sam');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('profiles-status')).toHaveText('Profil renommé : Sam.');
  await expect(page.getByRole('button', { name: 'Renommer le profil Sam' })).toBeFocused();

  await page.getByRole('button', { name: 'Supprimer le profil Léa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer le profil Léa ?' });
  await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByTestId('profiles-status')).toHaveText('Profil Léa supprimé.');
  await expect(page.locator('.profile-item')).toHaveCount(1);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/profiles-fr-360.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('menu-profile')).toHaveText('Profil : Sam');
  await page.screenshot({ path: `${artifacts}/menu-fr-360.png`, fullPage: true });

  await reloadGame(page);
  await expect(page.getByTestId('menu-profile')).toHaveText('Profil : Sam');
  const stored = await readRaw(page);
  expect(Object.keys(stored).filter((k) => k.startsWith('profile:') || k.startsWith('resume:'))).toEqual(['profile:default']);
});

test('storage full during play: a clear message, and the oldest rounds go only with consent', async ({ page }) => {
  // A browser whose quota is reached as soon as a profile holds more than two rounds.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      const rounds = (value as { rounds?: unknown[] } | null)?.rounds;
      if (String(key).startsWith('profile:') && Array.isArray(rounds) && rounds.length > 2) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    };
  });
  await openGame(page);
  await chooseRoundSize(page, '5');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  const scores: number[] = [];
  for (let round = 1; round <= 3; round++) {
    scores.push((await playRound(page, { wrongAt: round === 1 ? [] : [round] })).finalScore);
    if (round < 3) await page.getByRole('button', { name: 'Rejouer' }).click();
  }
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('L’espace de stockage de ce navigateur est plein');
  await expect(notice).toContainText('le jeu peut effacer les 2 parties les plus anciennes');
  // Nothing trimmed without consent: storage still holds the two rounds that fitted.
  expect(((await readRaw(page))['profile:default'] as { rounds: unknown[] }).rounds).toHaveLength(2);

  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/storage-full-fr-360.png` });
  await notice.getByRole('button', { name: 'Effacer les 2 parties les plus anciennes' }).click();
  await expect(page.getByTestId('storage-notice')).toContainText('Place libérée');
  const stored = (await readRaw(page))['profile:default'] as { rounds: Array<{ score: number }>; bestScore: number };
  expect(stored.rounds.map((r) => r.score)).toEqual([scores[2]]);
  expect(stored.bestScore).toBe(Math.max(...scores));
  await page.getByRole('button', { name: 'Voir mes progrès' }).click();
  await expect(page.getByTestId('rounds-played')).toHaveText('1');
  await expect(page.getByTestId('progress-best-score')).toHaveText(String(Math.max(...scores)));
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });

  for (const language of ['fr', 'en'] as const) {
    test(`Progress, Profiles and their dialogs pass axe in ${language}`, async ({ page }) => {
      await openGame(page);
      const fr = language === 'fr';
      await chooseRoundSize(page, '5');
      if (!fr) await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
      await page.getByRole('button', { name: fr ? 'Progrès' : 'Progress', exact: true }).click();
      expect(await axeViolations(page), 'empty progress').toEqual([]);
      await page.getByRole('button', { name: fr ? 'Jouer une partie' : 'Play a round' }).click();
      // Answer through the keyboard map (same in both languages): wrong on the first excerpt, then right.
      for (let i = 1; i <= 5; i++) {
        const excerpt = await currentExcerpt(page);
        const choice = i === 1 ? wrongCategory(excerpt.category) : excerpt.category;
        await page.keyboard.press(String(CATEGORY_ORDER.indexOf(choice) + 1));
        await page.keyboard.press('3');
        await expect(page.locator('.feedback')).toBeVisible();
        await page.keyboard.press('Enter');
      }
      await page.getByRole('button', { name: fr ? 'Voir mes progrès' : 'See my progress' }).click();
      await page.getByText(fr ? 'Voir les chiffres' : 'Show the numbers').click();
      expect(await axeViolations(page), 'progress with one round').toEqual([]);
      await page.getByRole('button', { name: fr ? 'Effacer mes progrès' : 'Erase my progress' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page), 'reset confirmation').toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: fr ? 'Changer de profil' : 'Switch profile' }).click();
      expect(await axeViolations(page), 'profiles').toEqual([]);
      await page.getByRole('button', { name: fr ? /^Renommer le profil/ : /^Rename the profile/ }).click();
      await page.getByRole('textbox').first().fill('');
      await page.getByRole('button', { name: fr ? 'Enregistrer' : 'Save' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page), 'rename with an error').toEqual([]);
    });
  }
});

test('a double click on "create" makes one profile and reports no failure', async ({ page }) => {
  await openGame(page);
  await page.getByTestId('menu-profile').click();
  await page.getByLabel('Nom du profil').fill('Noé');
  await page.getByRole('button', { name: 'Créer et choisir' }).dblclick();
  await expect(page.getByText('Profil Noé créé et choisi.')).toBeVisible();
  await expect(page.getByText('Le changement n’a pas pu être fait.')).toHaveCount(0);
  await expect(page.getByText('Ce nom est déjà pris sur cet appareil.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Choisir le profil Noé' })).toHaveCount(0); // it is the active one
  await expect(page.getByRole('button', { name: 'Supprimer le profil Noé' })).toHaveCount(1);
});
