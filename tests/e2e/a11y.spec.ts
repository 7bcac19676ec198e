/**
 * Automated accessibility audit (axe-core, run in the page) of each screen a player
 * meets, in both languages. Serious and critical findings fail the test.
 */
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_NAMES, currentExcerpt, openGame, wrongCategory } from './helpers';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The game's CSP rightly refuses injected scripts; the audit needs one.
test.use({ bypassCSP: true });

async function audit(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations, `axe on ${label}`).toEqual([]);
}

for (const language of ['fr', 'en'] as const) {
  test(`every screen passes axe in ${language}`, async ({ page }) => {
    await openGame(page);
    if (language === 'en') await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
    const names = CATEGORY_NAMES[language];
    await audit(page, 'menu');
    await page.getByRole('button', { name: language === 'fr' ? 'Réglages' : 'Settings' }).click();
    await audit(page, 'settings');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: language === 'fr' ? 'Aide' : 'Help' }).click();
    await audit(page, 'help');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sources' }).click();
    await page.getByRole('switch').check();
    await audit(page, 'sources library');
    await page.getByRole('button', { name: language === 'fr' ? /^Lire l’article/ : /^Read the article/ }).first().click();
    await audit(page, 'source viewer, all answers shown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: language === 'fr' ? 'Jouer' : 'Play' }).click();
    await audit(page, 'play');
    const excerpt = await currentExcerpt(page);
    await page.getByRole('button', { name: names[wrongCategory(excerpt.category)], exact: true }).click();
    await audit(page, 'confidence question');
    await page.keyboard.press('3');
    await audit(page, 'feedback');
    await page.getByRole('button', { name: language === 'fr' ? 'Voir dans l’article' : 'See it in the article' }).click();
    await audit(page, 'source viewer at the excerpt');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'pause dialog');
  });
}
