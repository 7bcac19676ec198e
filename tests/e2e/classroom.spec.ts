/**
 * The classroom mode as a teacher uses it: three teams on one device, answers hidden until
 * the teacher reveals, a reload in the middle of the lesson, the results kept as a CSV,
 * and the sheets printed before the lesson.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { CATEGORY_NAMES, answerKey, currentExcerpt, openGame, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });

type Category = 'fact' | 'estimate' | 'opinion' | 'propaganda';
type Plan = 'right' | 'wrong' | 'none';
const TEAMS = ['Équipe 1', 'Équipe 2', 'Hiboux'] as const;
const TEAM_IDS = ['team-1', 'team-2', 'team-3'] as const;

/** What each team answers on excerpts 1 to 5 (the third team stays silent on the third). */
const PLAN: Plan[][] = [
  ['right', 'right', 'wrong'],
  ['right', 'wrong', 'right'],
  ['right', 'right', 'none'],
  ['wrong', 'right', 'right'],
  ['right', 'wrong', 'wrong'],
];

/** The scoring rule, as the help states it: 100 a right answer, +25 a step of streak, capped at +100. */
function expectedScores(upTo: number): number[] {
  return TEAMS.map((_, team) => {
    let score = 0;
    let streak = 0;
    for (const turn of PLAN.slice(0, upTo)) {
      if (turn[team] === 'right') {
        streak += 1;
        score += 100 + Math.min((streak - 1) * 25, 100);
      } else streak = 0;
    }
    return score;
  });
}

/** Makes window.print count its calls instead of opening the dialog. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

async function openClassroom(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Classe', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mode classe', level: 1 })).toBeFocused();
}

async function setUpThreeTeamsOfFive(page: Page): Promise<void> {
  await openClassroom(page);
  await page.getByRole('button', { name: 'Retirer Équipe 4' }).click();
  await expect(page.getByRole('textbox')).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Nom de l’équipe 3' }).fill('Hiboux');
  await page.getByRole('radio', { name: '5', exact: true }).check();
}

async function scoreboard(page: Page): Promise<number[]> {
  return Promise.all(TEAM_IDS.map(async (id) => Number(await page.getByTestId(`score-${id}`).innerText())));
}

async function expectNothingRevealed(page: Page): Promise<void> {
  await expect(page.getByTestId('right-answer')).toHaveCount(0);
  await expect(page.locator('.class-excerpt mark')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'L’explication' })).toHaveCount(0);
  // A chosen button looks and reads like the others: no pressed state, no selected class.
  const board = page.getByRole('region', { name: 'Réponses des équipes' });
  await expect(board.locator('button[aria-pressed], button.selected, button[aria-current]')).toHaveCount(0);
  await expect(board).not.toContainText(/juste|faux|bonne réponse/i);
}

test('a class round with three teams: hidden answers, teacher reveal, reload, ranking and CSV', async ({ page }) => {
  await openGame(page);
  // A solo round left unfinished: the class round must leave it alone.
  await page.getByRole('button', { name: 'Jouer' }).click();
  const soloExcerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[soloExcerpt.category], exact: true }).click();
  await page.getByRole('button', { name: 'Assez' }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reprendre la partie ?' })).toBeVisible();
  const soloResumeText = await page.getByText(/Une partie n’est pas terminée/).innerText();

  await setUpThreeTeamsOfFive(page);
  await page.getByRole('button', { name: 'Commencer la partie' }).click();

  const played: Array<{ id: string; text: string; category: Category; answers: Array<Category | null> }> = [];
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Extrait ${i} sur 5`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    const reveal = page.getByRole('button', { name: 'Révéler', exact: true });
    await expect(reveal).toBeDisabled();
    // R does nothing before a first answer.
    await page.keyboard.press('r');
    await expectNothingRevealed(page);

    const plan = PLAN[i - 1] as Plan[];
    const answers: Array<Category | null> = [];
    for (const [team, what] of plan.entries()) {
      const name = TEAMS[team] as string;
      if (what === 'none') {
        answers.push(null);
        continue;
      }
      const category = what === 'right' ? excerpt.category : wrongCategory(excerpt.category);
      if (i === 1 && team === 1) {
        // The team changes its mind before the reveal: the last choice counts.
        await page.getByRole('button', { name: `${name} : ${CATEGORY_NAMES.fr[wrongCategory(category)]}`, exact: true }).click();
      }
      await page.getByRole('button', { name: `${name} : ${CATEGORY_NAMES.fr[category]}`, exact: true }).click();
      answers.push(category);
      await expect(page.getByRole('group', { name })).toContainText('a répondu');
      // The focus moves on to the next team to answer, so no focus ring marks the choice.
      if (i === 1 && team === 0) await expect(page.getByRole('button', { name: `Équipe 2 : ${CATEGORY_NAMES.fr.fact}`, exact: true })).toBeFocused();
    }
    if (i === 1) await expect(reveal).toBeFocused();
    played.push({ id: excerpt.id, text: excerpt.text, category: excerpt.category, answers });
    const answeredTeams = answers.filter((a) => a !== null).length;
    await expect(page.getByTestId('answered-count')).toHaveText(`Réponses : ${answeredTeams} sur 3`);
    if (plan.includes('none')) await expect(page.getByRole('group', { name: 'Hiboux' })).toContainText('en attente');
    await expect(reveal).toBeEnabled();
    await expectNothingRevealed(page);
    expect(await scoreboard(page)).toEqual(expectedScores(i - 1));

    if (i === 3) {
      // The bell, a fire drill, a browser crash: the lesson goes on after a reload.
      await page.reload();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page.getByText(soloResumeText)).toBeVisible();
      await openClassroom(page);
      await expect(page.getByRole('heading', { name: 'Reprendre la partie de classe ?' })).toBeVisible();
      await expect(page.getByText('Une partie n’est pas terminée : extrait 3 sur 5.')).toBeVisible();
      await page.getByRole('button', { name: 'Reprendre', exact: true }).click();
      await expect(page.getByText('Extrait 3 sur 5', { exact: true })).toBeVisible();
      expect((await currentExcerpt(page)).id).toBe(excerpt.id);
      expect(await scoreboard(page)).toEqual(expectedScores(2));
      await expect(page.getByTestId('answered-count')).toHaveText('Réponses : 2 sur 3');
      await expectNothingRevealed(page);
    }

    if (i === 1) await page.screenshot({ path: `${artifacts}/class-play-fr-1280.png`, fullPage: true });
    if (i === 2) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: `${artifacts}/class-play-before-1920.png` });
      await page.setViewportSize({ width: 360, height: 640 });
      await page.screenshot({ path: `${artifacts}/class-play-before-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.keyboard.press('r');
    } else {
      await reveal.click();
    }

    await expect(page.getByTestId('right-answer')).toHaveText(`La bonne réponse : ${CATEGORY_NAMES.fr[excerpt.category]}`);
    await expect(page.getByRole('heading', { name: /La bonne réponse/ })).toBeFocused();
    await expect(page.locator('.class-excerpt mark').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'L’explication' })).toBeVisible();
    await expect(page.getByTestId('explanation')).not.toBeEmpty();
    const before = expectedScores(i - 1);
    const after = expectedScores(i);
    expect(await scoreboard(page)).toEqual(after);
    for (const [team, what] of plan.entries()) {
      const outcome = page.getByTestId(`outcome-${TEAM_IDS[team]}`);
      if (what === 'right') await expect(outcome).toContainText(`juste+${(after[team] as number) - (before[team] as number)} points`);
      else await expect(outcome).toContainText(what === 'none' ? 'pas de réponse' : 'faux');
    }
    await expect(page.getByTestId('live-region')).toContainText(`La bonne réponse : ${CATEGORY_NAMES.fr[excerpt.category]}`);

    if (i === 2) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: `${artifacts}/class-play-after-1920.png` });
      await page.setViewportSize({ width: 360, height: 640 });
      await page.screenshot({ path: `${artifacts}/class-play-after-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    if (i % 2 === 1) await page.keyboard.press('Enter');
    else await page.getByRole('button', { name: i === 5 ? 'Voir les résultats' : 'Suivant' }).click();
  }

  await expect(page.getByRole('heading', { name: 'Résultats de la classe', level: 1 })).toBeFocused();
  const final = expectedScores(5);
  expect(final).toEqual([475, 325, 200]);
  const ranking = page.getByRole('table').first();
  await expect(ranking.getByRole('row')).toHaveText([/Rang/, /^1Équipe 1475/, /^2Équipe 2325/, /^3Hiboux200/]);
  await expect(ranking.getByRole('row', { name: /Équipe 1/ })).toContainText('4 sur 5');
  // Per question: the excerpt, the answer and each team's answer.
  const perQuestion = page.getByRole('region', { name: 'Extrait par extrait' }).getByRole('row');
  await expect(perQuestion).toHaveCount(6);
  await expect(perQuestion.nth(3)).toContainText(CATEGORY_NAMES.fr[played[2]!.category]);
  await expect(perQuestion.nth(3)).toContainText('pas de réponse');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${artifacts}/class-results-1280.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^classe-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([
    'Date de la partie',
    'Extrait (identifiant)',
    'Article',
    'Texte de l’extrait',
    'Bonne réponse',
    'Équipe',
    'Réponse de l’équipe',
    'Juste (1) ou faux (0)',
    'Points',
  ]);
  expect(rows).toHaveLength(1 + 5 * 3);
  const perTeamPoints = [0, 0, 0];
  played.forEach((turn, n) => {
    TEAMS.forEach((team, t) => {
      const row = rows[1 + n * 3 + t] as string[];
      const answer = turn.answers[t] ?? null;
      expect(row.slice(1, 8)).toEqual([
        turn.id,
        expect.any(String),
        turn.text,
        CATEGORY_NAMES.fr[turn.category],
        team,
        answer ? CATEGORY_NAMES.fr[answer] : 'pas de réponse',
        answer === turn.category ? '1' : '0',
      ]);
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      perTeamPoints[t]! += Number(row[8]);
    });
  });
  expect(perTeamPoints).toEqual(final);
  await expect(page.getByRole('status').filter({ hasText: 'Téléchargement lancé' })).toContainText(download.suggestedFilename());

  // Back at the menu, the solo round is still there to resume, untouched.
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByText(soloResumeText)).toBeVisible();
  await expect(page.getByText('Meilleur score', { exact: false })).toHaveCount(0);
});

test('the student sheet has no answers, the answer key has them, and both match the round', async ({ page }) => {
  await stubPrint(page);
  await openGame(page);
  await openClassroom(page);
  await page.getByRole('radio', { name: '5', exact: true }).check();
  const series = await page.getByTestId('series-code').innerText();

  await page.getByRole('button', { name: 'Imprimer une fiche élève' }).click();
  await expect(page.getByRole('heading', { name: 'Fait ou propagande ? — Fiche élève', level: 1 })).toBeFocused();
  expect(await printed(page)).toBe(1);
  await expect(page.getByText(series, { exact: true })).toBeVisible();
  const items = page.locator('.sheet-item');
  await expect(items).toHaveCount(5);
  const sheetTexts = await items.locator('blockquote[lang="fr"]').allInnerTexts();
  for (const text of sheetTexts) expect(answerKey.some((e) => e.text === text.trim())).toBe(true);
  // Four boxes to tick for each, and nothing that gives an answer away.
  await expect(items.first().getByRole('list', { name: 'Cases à cocher' }).getByRole('listitem')).toHaveText(Object.values(CATEGORY_NAMES.fr));
  await expect(page.locator('.sheet mark, .sheet .tag')).toHaveCount(0);
  // Not a bare "Pourquoi": an excerpt's own context may ask a question with that word.
  await expect(page.locator('.sheet-answer, .sheet .clue-list')).toHaveCount(0);
  await expect(page.locator('.sheet strong').filter({ hasText: /^(Pourquoi|Réponse)/ })).toHaveCount(0);
  await expect(page.locator('.sheet')).not.toContainText(/Réponse\s?:|Indices\s?:/);
  for (const text of sheetTexts) {
    const entry = answerKey.find((e) => e.text === text.trim());
    await expect(page.locator('.sheet')).not.toContainText(entry!.shortStartFr);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer', exact: true })).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: `${artifacts}/class-sheet-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Retour à la préparation' }).click();
  await page.getByRole('button', { name: 'Imprimer le corrigé' }).click();
  await expect(page.getByRole('heading', { name: 'Fait ou propagande ? — Corrigé', level: 1 })).toBeVisible();
  expect(await printed(page)).toBe(2);
  const keyItems = page.locator('.sheet-item');
  await expect(keyItems).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    const entry = answerKey.find((e) => e.text === sheetTexts[i]?.trim());
    await expect(keyItems.nth(i).locator('blockquote[lang="fr"]')).toHaveText(sheetTexts[i] as string);
    await expect(keyItems.nth(i)).toContainText(`Réponse : ${CATEGORY_NAMES.fr[entry!.category]}`);
    await expect(keyItems.nth(i).locator('blockquote mark').first()).toBeVisible();
    await expect(keyItems.nth(i)).toContainText('Pourquoi');
    await expect(keyItems.nth(i)).toContainText(entry!.shortStartFr);
  }
  await page.screenshot({ path: `${artifacts}/class-key-1280.png`, fullPage: true });

  // Escape goes back to the setup; the round then deals the excerpts of the sheets, in order.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Mode classe' })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer la partie' }).click();
  for (let i = 0; i < 5; i++) {
    expect((await currentExcerpt(page)).text).toBe(sheetTexts[i]?.trim());
    await page.getByRole('button', { name: `Équipe 1 : ${CATEGORY_NAMES.fr.fact}`, exact: true }).click();
    await page.keyboard.press('r');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Résultats de la classe' })).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer les résultats' }).click();
  expect(await printed(page)).toBe(3);
});

test('in English the setup, the sheets and the board speak English, with the French source kept', async ({ page }) => {
  await stubPrint(page);
  await openGame(page);
  await openClassroom(page);
  await page.getByRole('textbox', { name: 'Nom de l’équipe 2' }).fill('Owls');
  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await expect(page.getByRole('heading', { name: 'Classroom mode' })).toBeVisible();
  // Default names follow the language; the typed one stays.
  await expect(page.getByRole('textbox', { name: 'Name of team 1' })).toHaveValue('Team 1');
  await expect(page.getByRole('textbox', { name: 'Name of team 2' })).toHaveValue('Owls');
  // Two teams cannot share a name.
  await page.getByRole('textbox', { name: 'Name of team 3' }).fill('owls ');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of team 3' })).toBeFocused();
  await expect(page.getByText('Same name as team 2: please choose another.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name of team 3' }).fill('Foxes');

  await page.getByRole('button', { name: 'Print the answer key' }).click();
  const first = page.locator('.sheet-item').first();
  const french = (await first.locator('blockquote[lang="fr"]').innerText()).trim();
  const entry = answerKey.find((e) => e.text === french);
  await expect(first.locator('blockquote[lang="en"]')).toHaveText(entry!.translation);
  await expect(first).toContainText(`Answer: ${CATEGORY_NAMES.en[entry!.category]}`);
  await page.getByRole('button', { name: 'Back to the setup' }).click();

  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('button', { name: `Owls: ${CATEGORY_NAMES.en.opinion}`, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Foxes' })).toContainText('waiting');
  await expect(page.locator('.class-excerpt blockquote').first()).toHaveText(entry!.translation);

  // Escape pauses; quitting drops the class round's save, and nothing is left to resume.
  await page.getByRole('button', { name: `Owls: ${CATEGORY_NAMES.en.opinion}`, exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('right-answer')).toHaveCount(0);
  await page.getByRole('button', { name: 'Quit the round' }).click();
  await page.getByRole('button', { name: 'Quit the round' }).click();
  await page.reload();
  // Back in French: the saved English default names read in French, the typed ones stay.
  await page.getByRole('button', { name: /switch the interface to French/ }).click();
  await page.getByRole('button', { name: 'Classe', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Nom de l’équipe 2' })).toHaveValue('Owls');
  await expect(page.getByRole('textbox', { name: 'Nom de l’équipe 1' })).toHaveValue('Équipe 1');
  await expect(page.getByRole('textbox', { name: 'Nom de l’équipe 3' })).toHaveValue('Foxes');
  await expect(page.getByRole('heading', { name: 'Reprendre la partie de classe ?' })).toHaveCount(0);
});

test('a dossier played by two teams, set up by keyboard, ended early, debriefed on the board', async ({ page }) => {
  const dossier = answerKey
    .filter((e) => e.id.startsWith('001-'))
    .map((e) => e.id)
    .sort();
  await openGame(page);
  await openClassroom(page);
  for (const team of ['Retirer Équipe 4', 'Retirer Équipe 3']) {
    await page.getByRole('button', { name: team }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('textbox')).toHaveCount(2);
  await page.getByRole('radio', { name: 'Un dossier' }).focus();
  await page.keyboard.press('Space');
  const article = page.getByRole('combobox', { name: 'Article\u00a0:' });
  await expect(article).toHaveValue('000');
  await article.focus();
  await page.keyboard.press('ArrowDown');
  await expect(article).toHaveValue('001');
  await expect(article.locator('option:checked')).toHaveText(`L’ombre portée de Kim Jong Un (${dossier.length} extraits)`);
  await page.screenshot({ path: `${artifacts}/class-dossier-setup-1280.png` });
  await page.getByRole('button', { name: 'Commencer la partie' }).focus();
  await page.keyboard.press('Enter');

  // The article's excerpts in the order of the text, answered, revealed and passed by keyboard.
  for (let i = 0; i < 2; i++) {
    expect((await currentExcerpt(page)).id).toBe(dossier[i]);
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByRole('group', { name: 'Équipe 1' })).toContainText('a répondu');
    await page.keyboard.press('r');
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Terminer maintenant et garder les résultats (2 extraits)' }).click();
  await expect(page.getByRole('heading', { name: 'Résultats de la classe', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Tableau d’enquête' }).click();
  await expect(page.getByRole('heading', { name: 'Tableau d’enquête', level: 1 })).toBeFocused();
  await expect(page.getByText('Le débriefing de la partie de classe')).toBeVisible();
  await expect(page.locator('[data-dossier="001"][data-complete="true"] [data-clipping]')).toHaveCount(dossier.length);
  // Only the article the class played: the teacher's own career has none completed.
  await expect(page.locator('[data-complete="true"]')).toHaveCount(1);
  await page.screenshot({ path: `${artifacts}/class-dossier-board-1280.png` });
});
