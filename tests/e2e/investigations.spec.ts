/**
 * Investigations (#11), by keyboard only: a profile whose dossier of one article is complete
 * (brought in through the game's own import of a prepared export file) opens an investigation,
 * classifies its passages, reloads in the middle and goes on where it was, answers the synthesis
 * question and sees the key; the result is kept. Screenshots at 360×640 and 1280×800, FR and EN.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { buildExport } from '../../src/core/progress/transfer';
import { CURRENT_VERSION, type DeviceData, defaultPlayerSettings, defaultSettings, type ProfileData } from '../../src/core/progress/records';
import { audit } from './axe';
import { answerKey, CATEGORY_NAMES, openGame } from './helpers';
import { readRaw, reloadGame, storedProfiles } from './storage-helpers';

// The game's CSP rightly refuses injected scripts; the audit needs one.
test.use({ bypassCSP: true });

const artifacts = 'tests/artifacts/investigations';
mkdirSync(artifacts, { recursive: true });

/** An export of one profile that finished the dossier round of one article: its dossier is complete. */
function exportWithDossier(article: string): string {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, i)).toISOString();
  const excerpts = answerKey.filter((e) => e.id.startsWith(`${article}-`));
  const round = {
    id: 'r-dossier-004',
    mode: 'dossier' as const,
    startedAt: at(0),
    endedAt: at(excerpts.length + 1),
    score: 0,
    bestStreak: 0,
    answers: excerpts.map((e, i) => ({ excerptId: e.id, articleId: article, expected: e.category, answered: 'opinion' as const, at: at(i + 1) })),
  };
  const device: DeviceData = {
    version: CURRENT_VERSION,
    settings: defaultSettings('fr'),
    profiles: [{ id: 'default', name: 'Profil 1', createdAt: at(0) }],
    activeProfileId: 'default',
  };
  // The dossier round as the career records it when it ends (a finished dossier round completes the dossier).
  const dossier = {
    stars: { accuracy: false, clues: false, calibration: false },
    bestRight: 0,
    plays: 1,
    firstAt: round.endedAt,
    lastAt: round.endedAt,
  };
  const profile: ProfileData = {
    version: CURRENT_VERSION,
    profileId: 'default',
    rounds: [round],
    leitner: {},
    bestScore: 0,
    bestStreak: 0,
    career: { rank: 0, dossiers: { [article]: dossier } },
    settings: defaultPlayerSettings(),
  };
  return JSON.stringify(buildExport(device, [profile], new Date(at(100))));
}

/** Presses Tab until the target has the focus (it must be reachable by keyboard), then Enter. */
async function tabToAndPress(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable with Tab');
}

const passage = (page: Page, excerptId: string) => page.locator(`[data-testid="passage"][data-excerpt="${excerptId}"]`);

test('an investigation opens with a dossier, plays by keyboard, survives a reload and keeps its result', async ({ page }) => {
  await openGame(page);
  const menuEntry = page.getByTestId('menu-investigations');
  await expect(page.getByText('Aucune enquête ouverte pour l’instant', { exact: false })).toBeVisible();

  // Locked for a newcomer: each says which dossier opens it.
  await tabToAndPress(page, menuEntry);
  await expect(page.getByRole('heading', { level: 1, name: 'Enquêtes' })).toBeFocused();
  await expect(page.getByTestId('investigation-locked').first()).toContainText('Pour l’ouvrir, termine le dossier');
  await expect(page.getByRole('button', { name: /Commencer l’enquête/ })).toHaveCount(0);
  await tabToAndPress(page, page.getByRole('button', { name: 'Retour au menu' }));

  // The dossier of the blog post, through the game's own import.
  await tabToAndPress(page, page.getByRole('button', { name: 'Progrès', exact: true }));
  const choosing = page.waitForEvent('filechooser');
  await tabToAndPress(page, page.getByRole('button', { name: 'Importer un fichier' }));
  await (await choosing).setFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exportWithDossier('004')) });
  await tabToAndPress(page, page.getByRole('dialog').getByRole('button', { name: 'Importer et remplacer' }));
  await expect(page.getByTestId('data-message')).toContainText('Import réussi');
  await page.keyboard.press('Escape');
  await expect(page.getByText(/\d enquêtes ouvertes\./)).toBeVisible();

  await tabToAndPress(page, menuEntry);
  await page.screenshot({ path: `${artifacts}/list-fr-1280.png`, fullPage: true });
  await audit(page, 'the list');
  const losses = page.getByRole('listitem').filter({ hasText: 'Enquête : pertes nord-coréennes' });
  await tabToAndPress(page, losses.getByRole('button', { name: 'Commencer l’enquête' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Enquête : pertes nord-coréennes' })).toBeFocused();

  // The losses: 001-13 and 004-08, both estimates in the key. The first classified, then a reload.
  const first = passage(page, '001-13');
  const second = passage(page, '004-08');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  const toQuestion = page.getByRole('button', { name: 'Passer à la question' });
  await expect(toQuestion).toBeDisabled();
  await tabToAndPress(page, first.getByRole('button', { name: CATEGORY_NAMES.fr.opinion }));
  // Changeable until the question: estimate after all.
  await tabToAndPress(page, first.getByRole('button', { name: CATEGORY_NAMES.fr.estimate }));
  await expect(first.getByRole('button', { name: CATEGORY_NAMES.fr.estimate })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByRole('button', { name: CATEGORY_NAMES.fr.opinion })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Encore 1 passage à classer.')).toBeVisible();
  await page.screenshot({ path: `${artifacts}/classify-fr-1280.png`, fullPage: true });
  await audit(page, 'classifying');
  await expect
    .poll(
      async () =>
        (storedProfiles(await readRaw(page)).default as { investigations?: { current?: { answers: object } } } | undefined)?.investigations?.current
          ?.answers,
    )
    .toEqual({ '001-13': 'estimate' });

  // A reload: the menu goes straight back to it; the list says it is under way too.
  await reloadGame(page);
  await expect(page.getByText('Tu la reprends où tu l’as laissée (Enquête : pertes nord-coréennes).')).toBeVisible();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/menu-underway-fr-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await tabToAndPress(page, menuEntry);
  await expect(losses.getByText('En cours', { exact: true })).toBeVisible();
  await expect(losses.getByRole('button', { name: 'Reprendre l’enquête' })).toBeVisible();
  await page.keyboard.press('Escape');
  await tabToAndPress(page, page.getByRole('button', { name: 'Reprendre l’enquête en cours' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Enquête : pertes nord-coréennes' })).toBeFocused();
  await expect(first.getByRole('button', { name: CATEGORY_NAMES.fr.estimate })).toHaveAttribute('aria-pressed', 'true');
  await tabToAndPress(page, second.getByRole('button', { name: CATEGORY_NAMES.fr.estimate }));
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/classify-fr-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await tabToAndPress(page, toQuestion);
  await expect(page.getByRole('heading', { name: 'Étape 2 : la question de l’enquête' })).toBeFocused();
  await expect(first.getByRole('button')).toHaveCount(0);
  await expect(first).toContainText('Ton choix : Estimation');
  await page.screenshot({ path: `${artifacts}/question-fr-1280.png`, fullPage: true });
  await audit(page, 'the question');
  // The key links the two passages as "says something else": the right answer.
  await tabToAndPress(page, page.getByRole('button', { name: /Ils disent autre chose/ }));

  const feedback = page.getByTestId('investigation-feedback');
  await expect(page.getByRole('heading', { name: 'Enquête résolue !' })).toBeFocused();
  await expect(page.getByTestId('synthesis-key')).toHaveText('Le corrigé : Ils disent autre chose (un autre chiffre, une autre version).');
  await expect(feedback).toContainText('Passages bien classés : 2 sur 2.');
  await expect(page.getByTestId('passage-feedback')).toHaveCount(2);
  await expect(first.getByTestId('passage-feedback')).toContainText('Bien classé');
  await page.screenshot({ path: `${artifacts}/result-fr-1280.png`, fullPage: true });
  await audit(page, 'the result');
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/result-fr-360.png`, fullPage: true });

  // Each passage opens in its article (the source viewer), and closes back to the result.
  await tabToAndPress(page, second.getByRole('button', { name: 'Voir dans l’article' }));
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // In English, the same result, then the list keeps it.
  await tabToAndPress(page, page.getByRole('button', { name: 'EN – passer l’interface en anglais' }));
  await expect(page.getByRole('heading', { name: 'Investigation solved!' })).toBeVisible();
  await page.screenshot({ path: `${artifacts}/result-en-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${artifacts}/result-en-1280.png`, fullPage: true });
  await tabToAndPress(page, page.getByRole('button', { name: 'Back to the investigations' }));
  const kept = page.getByRole('listitem').filter({ hasText: 'Investigation: North Korean losses' });
  await expect(kept.getByTestId('investigation-result')).toHaveText('Done: 2 of 2 passages classified right; final question: right.');
  await tabToAndPress(page, kept.getByRole('button', { name: 'Play it again' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Investigation: North Korean losses' })).toBeFocused();
  await page.screenshot({ path: `${artifacts}/classify-en-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: `${artifacts}/classify-en-360.png`, fullPage: true });
  // Escape: back to the list (the new attempt is kept as under way), then to the menu.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeFocused();
  await expect(kept.getByRole('button', { name: 'Continue the investigation' })).toBeVisible();
  await page.screenshot({ path: `${artifacts}/list-en-360.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Continue the investigation under way' })).toBeVisible();

  // A face-to-face of two articles (a contradiction in the key): its title does not give the answer away.
  await tabToAndPress(page, menuEntry);
  const faceToFace = page
    .getByRole('listitem')
    .filter({ hasText: 'Investigation: what the column by Marquette and the blog post of 19 June 2025 say' });
  await tabToAndPress(page, faceToFace.getByRole('button', { name: 'Start the investigation' }));
  await expect(passage(page, '000-05')).toBeVisible();
  await expect(passage(page, '004-10')).toBeVisible();
  await page.screenshot({ path: `${artifacts}/face-to-face-en-360.png`, fullPage: true });
});
