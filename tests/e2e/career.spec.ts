/**
 * The career by keyboard: a dossier played in the order of its article, its stars on the results
 * and on the Dossiers screen, the rank line on the menu, and export/import keeping the stars.
 * Screenshots of the menu and the Dossiers screen, at a phone's and a laptop's size, in both languages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { answerKey, axeViolations, CATEGORY_ORDER, openGame, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });
test.use({ bypassCSP: true }); // for the axe audits

/** Dossier 002 in reading order (ids are numbered in the order of the text). */
const dossier = answerKey.filter((e) => e.id.startsWith('002-')).sort((a, b) => (a.id < b.id ? -1 : 1));

async function shoot(page: Page, name: string): Promise<void> {
  for (const [w, h] of [
    [360, 640],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${artifacts}/career-${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a dossier by keyboard only: its stars on the results and the Dossiers screen, the rank on the menu, kept by export and import', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await openGame(page);
  await expect(page.getByTestId('career-rank')).toHaveText(/Stagiaire à la cellule vérification/);
  await expect(page.getByTestId('career-next')).toContainText('Prochain rang : Journaliste');
  await shoot(page, 'menu-fr');

  // From Play, the next control is the Dossiers entry (Review is disabled on a fresh profile).
  await expect(page.getByRole('button', { name: 'Jouer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('menu-dossiers')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeFocused();
  await expect(page.getByTestId('dossier-list').getByRole('listitem')).toHaveCount(5);
  await expect(page.getByTestId('dossier-stars-002')).toHaveText(/Pas encore ouvert/);
  await expect(page.getByTestId('dossier-002')).toContainText(`${dossier.length} extraits`);
  // One line on the stars; the thresholds behind a native disclosure; each dossier says what its next star needs.
  await expect(page.locator('.dossiers > .card > p').first()).toHaveText(/^Trois étoiles par dossier/);
  const rules = page.getByTestId('star-rules');
  await expect(rules.getByText(/8 extraits sur 10/)).toBeHidden();
  await expect(page.getByTestId('dossier-next-002')).toHaveText(
    `Prochaine étoile\u00a0: réponds juste à ${Math.ceil(0.8 * dossier.length)} extraits sur ${dossier.length}.`,
  );
  await rules.locator('summary').click();
  await expect(rules.getByRole('listitem')).toHaveText([
    /^Justesse.*au moins 8 extraits sur 10\.$/,
    /^Indices.*au moins 6 extraits sur 10/,
    /^Confiance bien placée.*au moins 3 sur 4 de ceux-là\.$/,
  ]);
  await shoot(page, 'dossiers-fr');

  // Tab to dossier 002's button (the third dossier).
  const open = page.getByTestId('dossier-002').getByRole('button');
  for (let i = 0; i < 12 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');

  for (const [i, excerpt] of dossier.entries()) {
    await expect(page.getByText(`Extrait ${i + 1} sur ${dossier.length}`, { exact: true })).toBeVisible();
    await expect(page.locator('.excerpt-card blockquote').first()).toHaveText(excerpt.text);
    if (i === 0) {
      await expect(page.locator('.mode-tag')).toContainText('Dossier : ');
      // The article at hand: opened at this excerpt, closed with Escape, back to the excerpt.
      const read = page.getByRole('button', { name: /Lire l’article/ });
      for (let k = 0; k < 12 && !(await read.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').locator(`mark[data-excerpt-id="${excerpt.id}"]`)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(read).toBeFocused();
    }
    // Two mistakes (said "A little"), the rest right, clue marked, "Completely".
    const wrong = i === 1 || i === 4;
    await page.keyboard.press(String(CATEGORY_ORDER.indexOf(wrong ? wrongCategory(excerpt.category) : excerpt.category) + 1));
    const words = page.getByRole('group', { name: /Mots de l’extrait/ });
    await expect(words.getByRole('button').first()).toBeFocused();
    if (!wrong) {
      for (let k = 0; k < (excerpt.keyWords[0] ?? 0); k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press(' ');
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press(wrong ? '1' : '3');
    await expect(page.getByRole('heading', { name: wrong ? /Pas tout à fait/ : /Bonne réponse/ })).toBeFocused();
    await page.keyboard.press('Enter');
  }

  const right = dossier.length - 2;
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier terminé' })).toBeVisible();
  const results = page.getByTestId('dossier-results');
  await expect(results).toContainText('justesse : Manquée');
  await expect(results).toContainText(`${right} justes sur ${dossier.length} ; il en fallait ${Math.ceil(0.8 * dossier.length)}.`);
  await expect(results).toContainText('indices : Gagnée');
  await expect(results).toContainText('confiance bien placée : Gagnée');
  await expect(page.getByTestId('live-region')).toContainText('Dossier terminé : 2 étoiles sur 3 : indices, confiance bien placée.');
  await page.screenshot({ path: `${artifacts}/career-results-fr-1280.png`, fullPage: true });
  expect(await axeViolations(page), 'results of a dossier').toEqual([]);

  const toDossiers = results.getByRole('button', { name: 'Tous les dossiers' });
  for (let k = 0; k < 20 && !(await toDossiers.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const stars = page.getByTestId('dossier-stars-002');
  await expect(stars).toContainText('2 étoiles sur 3 : indices, confiance bien placée');
  const next = page.getByTestId('dossier-next-002');
  await expect(next).toHaveText(
    `Prochaine étoile\u00a0: 1 bonne réponse de plus qu’à ton meilleur essai (il en faut ${Math.ceil(0.8 * dossier.length)} sur ${dossier.length}).`,
  );
  await shoot(page, 'dossiers-played-fr');
  expect(await axeViolations(page), 'Dossiers screen').toEqual([]);

  // In English, the same stars and the rank line.
  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await expect(stars).toContainText('2 stars of 3: clues, well-placed confidence');
  await expect(next).toHaveText(
    `Next star: 1 more right answer than your best try (${Math.ceil(0.8 * dossier.length)} of ${dossier.length} needed).`,
  );
  await page.getByTestId('star-rules').locator('summary').click();
  await expect(page.getByTestId('star-rules').getByRole('listitem').first()).toHaveText('Accuracy: the right category on at least 8 excerpts in 10.');
  await shoot(page, 'dossiers-played-en');
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByTestId('career-rank')).toHaveText(/Intern on the verification desk/);
  await page.getByTestId('career-next').click();
  await expect(page.getByTestId('career-card')).toContainText('1 dossier with at least 1 star (you have 1)');
  await shoot(page, 'menu-en');
  expect(await axeViolations(page), 'menu with the conditions open').toEqual([]);
  await page.locator('.topbar .chip').first().click();

  // Export, reset (the stars go), import (they are back).
  await page.getByRole('button', { name: 'Progrès', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click();
  const file = testInfo.outputPath('export.json');
  await (await downloading).saveAs(file);
  await page.getByRole('button', { name: 'Effacer mes progrès' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Effacer', exact: true }).click();
  await expect(page.getByTestId('data-message')).toHaveText('Progrès effacés.');
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByTestId('menu-dossiers').click();
  await expect(stars).toHaveText(/Pas encore ouvert/);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Progrès', exact: true }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un fichier' }).click();
  await (await choosing).setFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync(file, 'utf8')) });
  await page.getByRole('dialog').getByRole('button', { name: 'Importer et remplacer' }).click();
  await expect(page.getByTestId('data-message')).toContainText('Import réussi');
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByTestId('menu-dossiers').click();
  await expect(stars).toContainText('2 étoiles sur 3 : indices, confiance bien placée');
  // And after a reload, from storage.
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.getByTestId('menu-dossiers').click();
  await expect(stars).toContainText('2 étoiles sur 3 : indices, confiance bien placée');
});
