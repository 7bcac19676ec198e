/**
 * The classroom side of a lesson: the lesson typed in by its code on another machine (and a
 * mistyped code and a code of the other kind refused), every print view counted in A4 pages,
 * keyboard entry with six teams at 1024×768 and Reveal in view, the discussion timer, ending a
 * round early with the ranking hidden, and the one-page privacy notice.
 */
import { expect, test } from '@playwright/test';
import { encodeLessonCode } from '../../src/core/lessons';
import { CATEGORY_NAMES, CATEGORY_ORDER, currentExcerpt, openGame, wrongCategory } from './helpers';
import { artifacts, brokenWords, type Category, content, noAxeProblems, printedPages, stubPrint } from './lesson-helpers';

// axe is injected into pages; the game's CSP rightly refuses that.
test.use({ bypassCSP: true });

test('the classroom side: a lesson typed in by its code, keyboard entry, six teams at 1024×768, ending early, print page counts', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await stubPrint(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openGame(page);
  const ids = content.excerpts.map((e) => e.id);
  // Spread over the whole key, whatever its size.
  const picked = [0, 9, 18, 27, 36, 45, 54, 63, ids.length - 1, 5].map((i) => ids[i]) as string[];
  const code = encodeLessonCode({ excerptIds: picked, order: 'fixed', clues: true, confidence: false, ranking: true, timerMinutes: 2 }, content);

  // Mistyped, of another kind, then right: a clear message each time, never a crash.
  await page.getByRole('button', { name: 'Rejoindre une leçon' }).click();
  await page.getByRole('textbox', { name: 'Code de la leçon' }).fill(`${code.slice(0, 8)}${code[8] === 'A' ? 'B' : 'A'}${code.slice(9)}`);
  await page.getByRole('button', { name: 'Ouvrir la leçon' }).click();
  await expect(page.getByTestId('join-error')).toContainText('faute de frappe');
  await page.goto(`./#lesson=R1${code.slice(2)}`);
  await expect(page.getByTestId('join-error')).toContainText('pas un code de leçon');
  await noAxeProblems(page, 'join with an error');
  await page.goto('./');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();

  await page.getByRole('button', { name: 'Leçons (enseignants)' }).click();
  await page.getByRole('textbox', { name: 'Code de leçon' }).fill(code.toLowerCase());
  await page.getByRole('textbox', { name: 'Nom de la leçon' }).fill('Tapée au clavier');
  await page.getByRole('button', { name: 'Ajouter avec ce code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tapée au clavier' })).toBeVisible();
  expect((await page.getByTestId('lesson-code').innerText()).replace(/-/g, '')).toBe(code);

  // Print: the pupil sheet (name, class, date, code, a line to justify) ≤ 2 pages, the key ≤ 3, the cards one a page.
  await page.getByRole('button', { name: 'Fiche élève' }).click();
  await expect(page.getByTestId('sheet-lesson-code')).toContainText(code.slice(2, 6));
  await expect(page.getByText('Prénom ou pseudo\u00a0:')).toBeVisible();
  await expect(page.locator('.sheet-justify')).toHaveCount(10);
  const studentPages = await printedPages(page, 'lesson-student-sheet');
  expect(studentPages, 'pupil sheet pages').toBeLessThanOrEqual(2);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Imprimer le corrigé' }).click();
  const keyPages = await printedPages(page, 'lesson-answer-key');
  expect(keyPages, 'answer key pages').toBeLessThanOrEqual(3);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Imprimer les cartes de vote' }).click();
  await noAxeProblems(page, 'voting cards');
  expect(await printedPages(page, 'voting-cards'), 'voting cards').toBe(4);
  await page.getByRole('button', { name: 'Retour' }).click();

  // Six teams, the ranking on (the lesson asks for it); Reveal in view at 1024×768.
  for (let n = 5; n <= 6; n++) await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
  await expect(page.getByRole('textbox', { name: /Nom de l’équipe/ })).toHaveCount(6);
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  const played: Array<{ answers: Category[]; key: Category }> = [];
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(`Extrait ${i} sur 10`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    const reveal = page.getByRole('button', { name: 'Révéler', exact: true });
    if (i === 1) {
      await expect(reveal).toBeInViewport();
      await noAxeProblems(page, 'class play, six teams');
      await page.screenshot({ path: `${artifacts}/class-six-teams-1024.png` });
    }
    // By keyboard: team number, then its answer; teams 1–3 right, 4–6 wrong.
    const answers: Category[] = [];
    for (let team = 1; team <= 6; team++) {
      const answer = team <= 3 ? excerpt.category : wrongCategory(excerpt.category);
      await page.keyboard.press(String(team));
      if (i === 1 && team === 1) await expect(page.getByText(/Équipe 1\s: tapez sa réponse/)).toBeVisible();
      await page.keyboard.press(String(CATEGORY_ORDER.indexOf(answer) + 1));
      answers.push(answer);
    }
    await expect(page.getByTestId('answered-count')).toHaveText('Réponses : 6 sur 6');
    await page.keyboard.press('r');
    await expect(page.getByTestId('outcome-team-1')).toContainText('juste');
    await expect(page.getByTestId('outcome-team-6')).toContainText('faux');
    if (i === 1) {
      await expect(page.getByRole('timer')).toContainText('2:00');
      await page.screenshot({ path: `${artifacts}/class-reveal-timer-1024.png`, fullPage: true });
    }
    played.push({ answers, key: excerpt.category });
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Résultats de la classe' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Équipe 1/ }).first()).toContainText('10 sur 10');
  expect(await brokenWords(page), 'words broken in the class results').toEqual([]);
  // As printed too: an A4 page's width, print styles.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 720, height: 1000 });
  expect(await brokenWords(page), 'words broken in the printed class results').toEqual([]);
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1024, height: 768 });
  const resultPages = await printedPages(page, 'class-results');
  expect(resultPages, 'class results pages').toBeLessThanOrEqual(2);

  // A lesson that runs short: ended after two excerpts, the results kept.
  await page.getByRole('button', { name: 'Nouvelle partie de classe' }).click();
  await page.getByRole('checkbox', { name: 'Afficher le classement et les scores des équipes' }).uncheck();
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  await expect(page.getByRole('region', { name: 'Scores des équipes' })).toHaveCount(0);
  for (let i = 1; i <= 2; i++) {
    await page.getByRole('button', { name: `Équipe 2 : ${CATEGORY_NAMES.fr.fact}`, exact: true }).click();
    await page.keyboard.press('r');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Terminer maintenant et garder les résultats (2 extraits)' }).click();
  await expect(page.getByTestId('ended-early')).toContainText('2 extraits joués sur 10');
  await expect(page.getByRole('heading', { name: 'Classement' })).toHaveCount(0);

  // The privacy notice prints on one page.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByRole('button', { name: 'Leçons (enseignants)' }).click();
  await page.getByRole('button', { name: 'Guide de la leçon et note de confidentialité' }).click();
  await noAxeProblems(page, 'teachers’ guide');
  await page.getByRole('button', { name: 'Imprimer cette note' }).click();
  await expect(page.locator('.guide.print-privacy')).toBeAttached();
  expect(await printedPages(page, 'privacy-notice'), 'privacy notice pages').toBe(1);
  console.info(`print pages: pupil sheet ${studentPages}, answer key ${keyPages}, class results ${resultPages}`);
});
