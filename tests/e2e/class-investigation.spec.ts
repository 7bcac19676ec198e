/**
 * An investigation played by two teams on the projector (#11), by keyboard only: set up, each
 * passage answered and revealed, the synthesis question voted on and revealed, the debrief.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { audit } from './axe';
import { answerKey, currentExcerpt, openGame } from './helpers';

const artifacts = 'tests/artifacts/class-investigation';
mkdirSync(artifacts, { recursive: true });
const DIGIT = { fact: '1', estimate: '2', opinion: '3', propaganda: '4' } as const;
// The troops investigation, as the content derives it: three passages, then "which one is not an estimate?".
const PASSAGES = ['001-12', '003-04', '004-09'];
const ANSWER = 2; // 003-04, KCNA's "sous-unités"

// The audit injects axe-core, which the game's CSP rightly refuses.
test.use({ bypassCSP: true });

/** Each screen audited in French, then in English (the topbar's switch), then back in French with the focus let go. */
async function auditBoth(page: Page, label: string): Promise<void> {
  await audit(page, `${label} (fr)`, { everyImpact: true });
  await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
  await audit(page, `${label} (en)`, { everyImpact: true });
  await page.getByRole('button', { name: /switch the interface to French/ }).click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('two teams play an investigation by keyboard, from its passages to its debrief; each screen passes axe in both languages', async ({ page }) => {
  // Five screens audited twice each: more than a test's usual minute on a busy machine.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openGame(page);
  await page.getByRole('button', { name: 'Classe', exact: true }).click();
  for (const [team, kept] of [
    ['Retirer Équipe 4', 'Nom de l’équipe 3'],
    ['Retirer Équipe 3', 'Nom de l’équipe 2'],
  ]) {
    await page.getByRole('button', { name: team }).focus();
    await page.keyboard.press('Enter');
    // The focus goes back to the team before (a moment later): wait for it, or it lands after the next key.
    await expect(page.getByRole('textbox', { name: kept })).toBeFocused();
  }
  await page.getByRole('radio', { name: 'Une enquête' }).focus();
  await page.keyboard.press('Space');
  const pick = page.getByRole('combobox', { name: 'Enquête\u00a0:' });
  await pick.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(pick).toHaveValue('topic:troops-deployed');
  await expect(pick.locator('option:checked')).toHaveText('Enquête\u00a0: soldats nord-coréens envoyés (3 passages)');
  await auditBoth(page, 'setup with an investigation picked');
  await page.getByRole('button', { name: 'Commencer la partie' }).focus();
  await page.keyboard.press('Enter');

  // Each passage in turn, the others beside it: team 1 right, team 2 "opinion" (wrong on all three).
  for (const [i, id] of PASSAGES.entries()) {
    const excerpt = await currentExcerpt(page);
    expect(excerpt.id).toBe(id);
    await expect(page.getByTestId('class-passage')).toHaveCount(PASSAGES.length - 1);
    await page.keyboard.press('1');
    await page.keyboard.press(DIGIT[excerpt.category]);
    await page.keyboard.press('2');
    await page.keyboard.press('3');
    await expect(page.getByTestId('answered-count')).toHaveText('Réponses\u00a0: 2 sur 2');
    if (i === 1) await page.screenshot({ path: `${artifacts}/passages-1920.png` });
    if (i === 1) await auditBoth(page, 'passages, both teams answered');
    await page.keyboard.press('r');
    await expect(page.getByTestId('right-answer')).toContainText(
      answerKey.find((e) => e.id === id)?.category === 'estimate' ? 'Estimation' : 'Citation',
    );
    if (i === PASSAGES.length - 1) await expect(page.getByRole('button', { name: 'Passer à la question de l’enquête' })).toBeVisible();
    await page.keyboard.press('Enter');
  }

  // The question: both teams vote by keyboard, hidden until the reveal.
  const question = page.getByTestId('class-question');
  await expect(page.getByRole('heading', { name: 'La question de l’enquête', level: 2 })).toBeFocused();
  await expect(question).toContainText('un seul de ces passages ne donne pas une estimation');
  await expect(question.getByRole('listitem')).toHaveText([
    /Passage 1\u00a0: La tribune .* — 11.000 à 30.000 soldats/,
    /Passage 2\u00a0: .* — «.sous-unités.»/,
    /Passage 3\u00a0: Le blog .* — 10.000 à 12.000 hommes/,
  ]);
  await page.keyboard.press('1');
  await page.keyboard.press(String(ANSWER));
  await page.keyboard.press('2');
  await page.keyboard.press('1');
  await expect(page.getByTestId('voted-count')).toHaveText('Votes\u00a0: 2 sur 2');
  await expect(page.getByTestId('class-question-answer')).toHaveCount(0);
  await page.screenshot({ path: `${artifacts}/question-1920.png` });
  await auditBoth(page, 'question with the votes in');
  await page.keyboard.press('r');
  const answer = page.getByTestId('class-question-answer');
  await expect(answer.getByTestId('synthesis-key')).toHaveText(/Le corrigé\u00a0: le passage 2, dans /);
  await expect(page.getByTestId('vote-outcome-team-1')).toContainText('juste');
  await expect(page.getByTestId('vote-outcome-team-2')).toContainText('faux');
  // Three right passages (100, 125, 150) and the question (100).
  await expect(page.getByTestId('score-team-1')).toHaveText('475');
  await expect(page.getByTestId('score-team-2')).toHaveText('0');
  await page.screenshot({ path: `${artifacts}/answer-1920.png` });
  await auditBoth(page, 'question answered');
  await page.keyboard.press('Enter');

  // The debrief on the results: the figures side by side, each passage with its key and its place in the article.
  await expect(page.getByRole('heading', { name: 'Résultats de la classe', level: 1 })).toBeVisible();
  const debrief = page.getByTestId('class-debrief');
  await expect(debrief.locator('.figures-table tbody tr')).toHaveCount(3);
  await expect(debrief.getByTestId('debrief-passage')).toHaveCount(3);
  await expect(debrief.getByRole('button', { name: 'Voir dans l’article' })).toHaveCount(3);
  await page.screenshot({ path: `${artifacts}/debrief-1920.png`, fullPage: true });
  await auditBoth(page, 'results with the debrief');
  await debrief.getByRole('button', { name: 'Voir dans l’article' }).nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.is-focus[data-excerpt-id="003-04"]')).toBeVisible();
});
