/**
 * A lesson from the teacher's home to the class report, with no server: the teacher builds a
 * lesson and exports its link; two pupils, each in their own browser, open it, play (clue step,
 * confidence, a reload in the middle) and get a result code; the teacher collects one pasted as
 * text and one read from its QR image, and the report says what the pupils answered. A tampered
 * code and a code of another lesson are refused with their reasons. (The classroom side and the
 * print page counts are in lessons-classroom.spec.ts, so the two run side by side.)
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { decodeResultCode, encodeResultCode } from '../../src/core/lessons';
import { CATEGORY_NAMES, currentExcerpt, openGame, wrongCategory } from './helpers';
import {
  artifacts,
  brokenWords,
  type Category,
  content,
  LESSON_SIZE,
  noAxeProblems,
  printedPages,
  stubPrint,
  waitForSavedRound,
} from './lesson-helpers';

// axe and the QR decoder are injected into pages; the game's CSP rightly refuses that.
test.use({ bypassCSP: true });

interface Played {
  id: string;
  category: Category;
  answered: Category;
}

/** A pupil plays the whole lesson: right or wrong as `plan` says, marks the first two words, says how sure. */
async function playLesson(page: Page, total: number, plan: (i: number) => boolean, reloadAt?: number): Promise<Played[]> {
  const played: Played[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(`Extrait ${i} sur ${total}`, { exact: true })).toBeVisible();
    const excerpt = await currentExcerpt(page);
    const answered = plan(i) ? excerpt.category : wrongCategory(excerpt.category);
    await page.getByRole('button', { name: CATEGORY_NAMES.fr[answered], exact: true }).click();
    const clue = page.getByRole('group', { name: /marque ceux qui ont fait pencher ta réponse/ });
    await expect(clue).toBeVisible();
    if (i === 1) await noAxeProblems(page, 'clue step');
    const words = clue.locator('[data-word]');
    await words.nth(0).click();
    await words.nth(1).click();
    await expect(words.nth(0)).toHaveAttribute('aria-pressed', 'true');
    // Choosing how sure you are gives the answer, marks included.
    await page.getByRole('button', { name: plan(i) ? 'Totale' : 'Un peu' }).click();
    played.push({ id: excerpt.id, category: excerpt.category, answered });
    await expect(page.getByTestId('right-answer')).toBeVisible();
    if (reloadAt === i) {
      // The bell, a crash, a flat battery: the lesson goes on where it was (once the answer is saved).
      await waitForSavedRound(page, 'resume:~lesson', i - 1, 'revealed');
      await page.reload();
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page.getByText(`Extrait ${i} sur ${total}`, { exact: true })).toBeVisible();
      await expect(page.getByTestId('right-answer')).toBeVisible();
    }
    await page.getByRole('button', { name: i === total ? 'Voir les résultats' : 'Suivant' }).click();
  }
  return played;
}

async function pupil(browser: Browser, link: string, nickname: string, plan: (i: number) => boolean, reloadAt?: number) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: /^Leçon : Séance 4e B/ })).toBeVisible();
  await expect(page.getByText('n’écris pas ton nom complet')).toBeVisible();
  await page.getByRole('button', { name: 'Commencer la leçon' }).click();
  await expect(page.getByText('Écris un pseudo pour commencer.')).toBeVisible();
  if (nickname === 'Lou') await noAxeProblems(page, 'join');
  await page.getByRole('textbox', { name: 'Ton pseudo' }).fill(nickname);
  await page.getByRole('button', { name: 'Commencer la leçon' }).click();
  const played = await playLesson(page, LESSON_SIZE, plan, reloadAt);
  await expect(page.getByRole('heading', { name: `Leçon terminée, ${nickname}\u00a0!` })).toBeVisible();
  const right = played.filter((p) => p.answered === p.category).length;
  await expect(page.getByTestId('pupil-score')).toHaveText(`${right} bonnes réponses sur ${LESSON_SIZE}`);
  const code = (await page.getByTestId('result-code').innerText()).trim();
  await expect(page.getByRole('img', { name: `QR code du résultat de ${nickname}` })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le fichier de résultat' }).click();
  const file = readFileSync((await (await download).path()) as string, 'utf8');
  expect(file).toContain(code.replace(/-/g, ''));
  return { context, page, code, played, right };
}

test('a lesson prepared at home, played on two pupils’ devices, collected into a class report', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  const teacher = await teacherContext.newPage();
  await stubPrint(teacher);
  await openGame(teacher);
  await teacher.getByRole('button', { name: 'Leçons (enseignants)' }).click();
  await expect(teacher.getByRole('heading', { name: 'Mes leçons', level: 1 })).toBeFocused();
  await noAxeProblems(teacher, 'lessons list');
  await teacher.getByRole('button', { name: 'Nouvelle leçon' }).click();
  await teacher.getByRole('textbox', { name: 'Nom de la leçon' }).fill('Séance 4e B');
  // Six drawn among all difficulties; one taken out by hand, one ticked in the list that shows each excerpt with its answer.
  await teacher.getByRole('radio', { name: 'Toutes' }).check();
  await teacher.getByRole('spinbutton', { name: 'Nombre d’extraits à tirer' }).fill(String(LESSON_SIZE));
  await teacher.getByRole('button', { name: 'Tirer les extraits' }).click();
  await expect(teacher.getByTestId('chosen-count')).toHaveText(`${LESSON_SIZE} extraits choisis.`);
  const chosen = teacher.locator('.chosen-list li');
  await teacher.getByRole('button', { name: `Retirer l’extrait ${LESSON_SIZE}` }).click();
  await expect(teacher.getByTestId('chosen-count')).toHaveText(`${LESSON_SIZE - 1} extraits choisis.`);
  const unticked = teacher.locator('.pick input[type="checkbox"]:not(:checked)').first();
  await unticked.check();
  await expect(chosen).toHaveCount(LESSON_SIZE);
  await noAxeProblems(teacher, 'lesson builder');
  await teacher.screenshot({ path: `${artifacts}/lesson-builder-1280.png`, fullPage: false });
  await teacher.getByRole('button', { name: 'Enregistrer la leçon' }).click();

  await expect(teacher.getByRole('heading', { level: 1, name: 'Séance 4e B' })).toBeVisible();
  const shownCode = (await teacher.getByTestId('lesson-code').innerText()).trim();
  const link = (await teacher.getByTestId('lesson-link').getAttribute('href')) as string;
  expect(link).toContain(`#lesson=${shownCode.replace(/-/g, '')}`);
  await expect(
    teacher.getByRole('img', { name: 'QR code du lien de la leçon « Séance 4e B »'.replace(/ »/, '\u00a0»').replace(/« /, '«\u00a0') }),
  ).toBeVisible();
  await noAxeProblems(teacher, 'lesson share');
  await teacher.screenshot({ path: `${artifacts}/lesson-share-1280.png`, fullPage: true });

  // Two pupils, each on their own device: one all right but the last two, one right every other time.
  const lou = await pupil(browser, link, 'Lou', (i) => i <= 3, 2);
  const sam = await pupil(browser, link, 'Sam', (i) => i % 2 === 0);
  await noAxeProblems(sam.page, 'pupil result');
  await sam.page.screenshot({ path: `${artifacts}/pupil-result-390.png`, fullPage: true });
  const qrPath = `${artifacts}/pupil-result-qr.png`;
  await sam.page.getByRole('img', { name: 'QR code du résultat de Sam' }).screenshot({ path: qrPath });
  // The screenshot decoded here with the game's own reader (jsQR) gives back the code on screen.
  await sam.page.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
  const decodedInTest = await sam.page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    return (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR(
      pixels.data,
      pixels.width,
      pixels.height,
    )?.data;
  }, readFileSync(qrPath).toString('base64'));
  expect(decodedInTest).toBe(sam.code.replace(/-/g, ''));

  // The teacher collects: Lou's code pasted, a tampered one and one of another lesson refused, Sam's QR image read.
  await teacher.getByRole('textbox', { name: 'Classe ou groupe (pour le rapport)' }).fill('4e B');
  await teacher.getByRole('button', { name: 'Rassembler les résultats' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /Rapport : Séance 4e B — 4e B/ })).toBeVisible();
  const bare = lou.code.replace(/-/g, '');
  const at = 9;
  const tampered = `${bare.slice(0, at)}${bare[at] === 'A' ? 'B' : 'A'}${bare.slice(at + 1)}`;
  const theirs = decodeResultCode(bare);
  if (!theirs.ok) throw new Error('the pupil’s code does not decode');
  const otherLesson = encodeResultCode({ ...theirs.result, nickname: 'Zoé', lessonChecksum: (theirs.result.lessonChecksum + 1) >>> 0 });
  await teacher.getByRole('textbox', { name: 'Codes de résultat, un par ligne' }).fill([lou.code, tampered, '', otherLesson].join('\n'));
  await teacher.getByRole('button', { name: 'Ajouter ces codes' }).click();
  const status = teacher.getByTestId('collect-status');
  await expect(status).toContainText('1 résultat ajouté.');
  await expect(teacher.getByTestId('rejected').locator('li')).toHaveCount(2);
  await expect(teacher.getByTestId('rejected')).toContainText('code abîmé ou mal recopié');
  await expect(teacher.getByTestId('rejected')).toContainText('résultat d’une autre leçon');
  // The box keeps only the refused lines, to correct them.
  await expect(teacher.getByRole('textbox', { name: 'Codes de résultat, un par ligne' })).toHaveValue([tampered, otherLesson].join('\n'));
  await teacher.getByTestId('result-files').setInputFiles(qrPath);
  await expect(status).toContainText('1 résultat ajouté.');
  await expect(teacher.getByTestId('pupil-table').locator('tbody tr')).toHaveCount(2);
  // The same code again is refused, and nothing is lost.
  await teacher.getByRole('textbox', { name: 'Codes de résultat, un par ligne' }).fill(sam.code);
  await teacher.getByRole('button', { name: 'Ajouter ces codes' }).click();
  await expect(teacher.getByTestId('rejected')).toContainText('ce code est déjà dans le rapport');
  await expect(teacher.getByTestId('pupil-table').locator('tbody tr')).toHaveCount(2);

  // The report says what the pupils answered.
  const rows = teacher.getByTestId('pupil-table').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Lou' })).toContainText(`${lou.right} sur ${LESSON_SIZE}`);
  await expect(rows.filter({ hasText: 'Sam' })).toContainText(`${sam.right} sur ${LESSON_SIZE}`);
  const lessonOrder = await teacher.getByTestId('excerpt-table').locator('tbody tr td.question-text').allInnerTexts();
  const byText = new Map(content.excerpts.map((e) => [e.text, e.id]));
  for (const [i, text] of lessonOrder.entries()) {
    const id = byText.get(text.trim()) as string;
    const answers = [lou, sam].map((p) => p.played.find((x) => x.id === id)?.answered as Category);
    const row = teacher.getByTestId('excerpt-table').locator('tbody tr').nth(i);
    for (const category of new Set(answers)) {
      const n = answers.filter((a) => a === category).length;
      await expect(row.locator('.answer-counts')).toContainText(
        `${{ fact: 'Fait', estimate: 'Estimation', opinion: 'Opinion', propaganda: 'Propagande' }[category]} ${n}`,
      );
    }
  }
  await expect(teacher.getByTestId('class-discernment')).toContainText('Discernement de la classe');
  await noAxeProblems(teacher, 'class report');
  await teacher.screenshot({ path: `${artifacts}/lesson-report-1280.png`, fullPage: true });
  expect(await brokenWords(teacher), 'words broken in the report tables').toEqual([]);
  expect(await printedPages(teacher, 'lesson-report'), 'report pages').toBeLessThanOrEqual(2);

  // Kept in the teacher's history: reopened after a reload.
  await teacher.reload();
  await teacher.getByRole('button', { name: 'Leçons (enseignants)' }).click();
  await teacher.getByRole('button', { name: /^Ouvrir le rapport « Séance 4e B — 4e B »/ }).click();
  await expect(teacher.getByTestId('pupil-table').locator('tbody tr')).toHaveCount(2);
  // CSV: one row per pupil and excerpt.
  const csv = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const csvText = readFileSync((await (await csv).path()) as string, 'utf8');
  expect(
    csvText
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n'),
  ).toHaveLength(1 + 2 * LESSON_SIZE);

  // A phone-sized report: tables scroll, words stay whole.
  await teacher.setViewportSize({ width: 360, height: 740 });
  expect(await brokenWords(teacher), 'words broken at 360 px').toEqual([]);
  await teacherContext.close();
  await lou.context.close();
  await sam.context.close();
});
