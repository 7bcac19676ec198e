/**
 * Automated accessibility audit (axe-core, run in the page) of each screen a player
 * meets, in both languages. Serious and critical findings fail the test.
 */
import { expect } from '@playwright/test';
import { test } from './canvas-stage';
import { audit } from './axe';
import { CATEGORY_NAMES, currentExcerpt, openGame, wrongCategory } from './helpers';

// The game's CSP rightly refuses injected scripts; the audit needs one.
test.use({ bypassCSP: true });

for (const language of ['fr', 'en'] as const) {
  test(`every screen passes axe in ${language}`, async ({ page }) => {
    // A dozen screens, each audited: more than one test's usual minute on a busy machine.
    test.setTimeout(150_000);
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
    await page
      .getByRole('button', { name: language === 'fr' ? /^Lire l’article/ : /^Read the article/ })
      .first()
      .click();
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
    await page.getByRole('button', { name: language === 'fr' ? 'Pour aller plus loin' : 'Go deeper' }).click();
    await audit(page, 'feedback, gone deeper');
    await page.getByRole('button', { name: language === 'fr' ? 'Voir dans l’article' : 'See it in the article' }).click();
    await audit(page, 'source viewer at the excerpt');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'pause dialog');
  });
}

for (const language of ['fr', 'en'] as const) {
  test(`every classroom screen passes axe in ${language}`, async ({ page }) => {
    test.setTimeout(150_000);
    // The sheets open the print dialog at once; the audit needs the page, not the dialog.
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await openGame(page);
    if (language === 'en') await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
    const fr = language === 'fr';
    const names = CATEGORY_NAMES[language];
    await page.getByRole('button', { name: fr ? 'Classe' : 'Classroom', exact: true }).click();
    await page.getByRole('textbox').first().fill('');
    await page
      .getByRole('textbox')
      .nth(1)
      .fill(fr ? 'Équipe 1' : 'Team 1');
    await page.getByRole('button', { name: fr ? 'Commencer la partie' : 'Start the round' }).click();
    await audit(page, 'classroom setup with a name problem shown');
    await page
      .getByRole('textbox')
      .nth(1)
      .fill(fr ? 'Hiboux' : 'Owls');
    await page.getByRole('button', { name: fr ? 'Imprimer une fiche élève' : 'Print a student sheet' }).click();
    await audit(page, 'student sheet');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: fr ? 'Imprimer le corrigé' : 'Print the answer key' }).click();
    await audit(page, 'answer key');
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: fr ? 'Commencer la partie' : 'Start the round' }).click();
    await audit(page, 'class play, nobody answered');
    const team = fr ? 'Équipe 1 : ' : 'Team 1: ';
    await page.getByRole('button', { name: `${team}${names.fact}`, exact: true }).click();
    await audit(page, 'class play, one team answered');
    await page.keyboard.press('r');
    await audit(page, 'class reveal');
    await page.reload();
    await page.getByRole('button', { name: fr ? 'Classe' : 'Classroom', exact: true }).click();
    await audit(page, 'classroom setup with a round to resume');
    await page.getByRole('button', { name: fr ? 'Reprendre' : 'Resume', exact: true }).click();
    for (let i = 0; i < 5; i++) {
      if (i > 0) {
        await page.getByRole('button', { name: `${team}${names.opinion}`, exact: true }).click();
        await page.keyboard.press('r');
      }
      await page.keyboard.press('Enter');
    }
    await audit(page, 'class results');
    await page.getByRole('button', { name: fr ? 'Nouvelle partie de classe' : 'New class round' }).click();
    await audit(page, 'classroom setup after a round');
  });
}
