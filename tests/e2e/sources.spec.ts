import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { answerKey, CATEGORY_NAMES, currentExcerpt, openGame, quickRounds, score, wrongCategory } from './helpers';

const artifacts = 'tests/artifacts';
mkdirSync(artifacts, { recursive: true });

const SMALL = { width: 360, height: 640 };
const LARGE = { width: 1920, height: 1080 };

/** The excerpts of one article, as a teacher's answer sheet lists them. */
const excerptsOf = (articleId: string) => answerKey.filter((entry) => entry.id.startsWith(`${articleId}-`));

/** The article's French title, from the shipped content. */
const titleOf = (articleId: string): string =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'content', 'articles', `${articleId}.json`), 'utf8')) as { title: string })
    .title;

/** Answers the excerpt on screen with a wrong category on purpose; returns it. */
async function answerWrongly(page: Page, language: 'fr' | 'en') {
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES[language][wrongCategory(excerpt.category)], exact: true }).click();
  await page.getByRole('button', { name: language === 'fr' ? 'Assez' : 'Fairly' }).click();
  await expect(page.getByRole('heading', { name: language === 'fr' ? /Pas tout à fait/ : /Not quite/ })).toBeVisible();
  // The passage in its article and the other articles are behind "Go deeper".
  await page.getByRole('button', { name: language === 'fr' ? 'Pour aller plus loin' : 'Go deeper' }).click();
  return excerpt;
}

async function shoot(page: Page, name: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.screenshot({ path: `${artifacts}/${name}-${size.width}.png`, fullPage: true });
}

/** Opens the viewer at each screen size as a player would (it scrolls on opening), checks the passage is in view, and takes its picture. */
async function shootViewer(page: Page, name: string, opener: Locator, inView: Locator) {
  for (const size of [SMALL, LARGE]) {
    await page.setViewportSize(size);
    await opener.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await opener.click();
    await expect(inView).toBeInViewport();
    await page.screenshot({ path: `${artifacts}/${name}-${size.width}.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Back exactly where the player was: same control focused, page not scrolled.
    await expect(opener).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  }
}

test('"See it in the article" opens the source at the excerpt, and closing returns to the same excerpt and score', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  const excerpt = await answerWrongly(page, 'fr');
  const points = await score(page);
  await expect(page.getByText('Extrait 1 sur 10', { exact: true })).toBeVisible();
  await expect(page.getByTestId('excerpt-text').locator('mark').first()).toBeVisible();
  await shoot(page, 'feedback-fr', LARGE);
  await shoot(page, 'feedback-fr', SMALL);

  const opener = page.getByRole('button', { name: 'Voir dans l’article' });
  await opener.click();
  const viewer = page.getByRole('dialog');
  await expect(viewer).toBeVisible();
  const focusMark = viewer.locator(`mark[data-excerpt-id="${excerpt.id}"]`);
  await expect(focusMark).toHaveText(excerpt.text);
  await expect(focusMark).toBeFocused();
  await expect(focusMark).toBeInViewport();
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(titleOf(excerpt.id.slice(0, 3)));
  // Just answered: its category is said in words right before the highlight.
  await expect(focusMark.locator('xpath=preceding-sibling::*[1]')).toHaveText(CATEGORY_NAMES.fr[excerpt.category]);
  // The article is there in full: more paragraphs than the excerpt's own.
  expect(await viewer.locator('p.viewer-block.paragraph').count()).toBeGreaterThan(1);
  // Game keys do nothing under the viewer; Escape closes the viewer only, not into the pause dialog.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page.getByText('Extrait 1 sur 10', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Pas tout à fait/ })).toBeVisible();
  expect(await score(page)).toBe(points);
  expect((await currentExcerpt(page)).id).toBe(excerpt.id);

  // The close buttons work as well as Escape: the one at the top, the one at the end of the article.
  for (const close of ['Fermer', 'Fermer l’article']) {
    await opener.click();
    await page.getByRole('dialog').getByRole('button', { name: close, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
  await shootViewer(page, 'viewer-fr', opener, focusMark);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText('Extrait 2 sur 10', { exact: true })).toBeVisible();
  expect(await score(page)).toBe(points);
});

test('what the other articles say: each related passage opens in the viewer at that passage', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  const openPassage = page.getByRole('button', { name: /^Voir ce passage dans l’article/ });
  // A few excerpts have no related passage: go on until one has.
  for (let i = 1; ; i++) {
    await answerWrongly(page, 'fr');
    if ((await openPassage.count()) > 0) break;
    expect(i, 'ten excerpts without a related passage').toBeLessThan(10);
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  const item = page.locator('.related-item').first();
  const passage = (await item.locator('blockquote[lang="fr"]').innerText()).trim();
  const related = answerKey.find((entry) => entry.text === passage);
  expect(related, 'the related passage is an excerpt of the answer key').toBeDefined();
  await expect(item.locator('.relation-tag')).toHaveText(/Va dans le même sens|Dit autre chose|Contredit|Même événement/);

  const button = item.getByRole('button', { name: /^Voir ce passage dans l’article/ });
  await button.click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(titleOf(related!.id.slice(0, 3)));
  const mark = viewer.locator(`mark[data-excerpt-id="${related!.id}"]`);
  await expect(mark).toHaveText(related!.text);
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(button).toBeFocused();
  await shootViewer(page, 'viewer-related-fr', button, mark);
});

test('sources library: only answered excerpts are marked, and the teacher switch shows them all', async ({ page }) => {
  await openGame(page);
  // A short round, every excerpt answered, so the library has something to show.
  await quickRounds(page);
  await page.getByRole('button', { name: 'Jouer' }).click();
  const answered: string[] = [];
  for (let i = 1; i <= 5; i++) {
    const excerpt = await currentExcerpt(page);
    answered.push(excerpt.id);
    await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
    await page.getByRole('button', { name: i === 5 ? 'Voir les résultats' : 'Suivant' }).click();
  }
  await page.getByRole('button', { name: 'Menu', exact: true }).click();

  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeFocused();
  await expect(page.getByRole('switch', { name: /Montrer toutes les réponses/ })).not.toBeChecked();
  const articleId = answered[0]!.slice(0, 3);
  const all = excerptsOf(articleId);
  const met = all.filter((entry) => answered.includes(entry.id));
  const unmet = all.filter((entry) => !answered.includes(entry.id));

  const read = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: titleOf(articleId) }) })
    .getByRole('button', { name: /^Lire l’article/ });
  await read.click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByRole('heading', { level: 2 })).toBeFocused();
  // Metadata of the piece: who, when, what kind, what was cut.
  for (const term of ['Auteur', 'Date', 'Type de texte', 'Retiré de la page'])
    await expect(viewer.getByRole('term').filter({ hasText: term })).toBeVisible();
  // The keyboard scrolls the article.
  const body = viewer.getByRole('region');
  expect(await body.evaluate((element) => element.scrollTop)).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => body.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  // Marked passages anywhere in the article, its title included (the blog's headline is an excerpt); the legend's samples carry no id.
  const marks = viewer.locator('mark[data-excerpt-id]');
  await expect(marks).toHaveCount(met.length);
  for (const entry of met) {
    const mark = viewer.locator(`mark[data-excerpt-id="${entry.id}"]`);
    await expect(mark).toHaveText(entry.text);
    await expect(mark).toHaveClass(new RegExp(`cat-${entry.category}`));
  }
  // The text of an excerpt not met yet is there to read, unmarked.
  const hidden = unmet[0];
  if (hidden) {
    await expect(viewer.locator('.viewer-article')).toContainText(hidden.text.slice(0, 40));
    await expect(viewer.locator(`mark[data-excerpt-id="${hidden.id}"]`)).toHaveCount(0);
  }
  await page.keyboard.press('Escape');
  await expect(read).toBeFocused();

  await page.getByRole('switch', { name: /Montrer toutes les réponses/ }).check();
  await read.click();
  await expect(page.getByRole('dialog').locator('mark[data-excerpt-id]')).toHaveCount(all.length);
  await page.getByRole('dialog').getByRole('button', { name: 'Fermer', exact: true }).click();
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect(page.getByRole('button', { name: 'Jouer' })).toBeVisible();

  // Off again on the next visit: students never find it left on.
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('switch', { name: /Montrer toutes les réponses/ })).not.toBeChecked();
  await page.setViewportSize(LARGE);
  await page.screenshot({ path: `${artifacts}/library-fr-1920.png`, fullPage: true });
});

test('English mode: the viewer shows the French source with the English translation of the excerpt beside it', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: /passer l’interface en anglais|Passer en anglais/ }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  const excerpt = await answerWrongly(page, 'en');
  const points = await score(page);
  await shoot(page, 'feedback-en', LARGE);
  await shoot(page, 'feedback-en', SMALL);

  const opener = page.getByRole('button', { name: 'See it in the article' });
  await opener.click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  const mark = viewer.locator(`mark[data-excerpt-id="${excerpt.id}"]`);
  await expect(mark).toHaveText(excerpt.text);
  await expect(mark.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'fr');
  // The English translation comes right after the French excerpt (beside it on a wide screen).
  const translation = mark.locator('xpath=following-sibling::*[1]');
  await expect(translation).toHaveAttribute('lang', 'en');
  await expect(translation).toContainText(excerpt.translation);
  await expect(translation).toBeVisible();
  await expect(mark.locator('xpath=preceding-sibling::*[1]')).toHaveText(CATEGORY_NAMES.en[excerpt.category]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
  await shootViewer(page, 'viewer-en', opener, translation);
  await expect(page.getByText('Excerpt 1 of 10', { exact: true })).toBeVisible();
  expect(await score(page)).toBe(points);
});

test('English mode: the sources library and an article with its metadata, labels in English', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: /passer l’interface en anglais|Passer en anglais/ }).click();
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeFocused();
  await expect(page.getByRole('switch', { name: 'Show all answers (for teachers)' })).not.toBeChecked();
  await page.setViewportSize(SMALL);
  await page.screenshot({ path: `${artifacts}/library-en-360.png`, fullPage: true });

  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: titleOf('004') }) });
  await expect(item).toContainText('19 June 2025');
  await item.getByRole('button', { name: /^Read the article/ }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveText(titleOf('004'));
  await expect(viewer.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
  for (const term of ['Author', 'Date', 'Kind of text', 'Left out of the page'])
    await expect(viewer.getByRole('term').filter({ hasText: term })).toBeVisible();
  await expect(viewer.locator('time')).toHaveText('19 June 2025');
  // Nothing answered yet on this device: nothing marked, no answer given away.
  await expect(viewer.locator('.viewer-article mark')).toHaveCount(0);
  await page.screenshot({ path: `${artifacts}/viewer-library-en-360.png` });
  await page.keyboard.press('Escape');
  await expect(item.getByRole('button', { name: /^Read the article/ })).toBeFocused();
});
