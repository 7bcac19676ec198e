/**
 * The faults the December playtest found (../shared/reviews/playtest.md), each checked as a
 * player meets it: the browser's Back button, focus after closing things, words broken inside
 * words, the largest text on a phone, the "+100" pop, the menu's scroll, and wording.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { axeViolations, CATEGORY_NAMES, currentExcerpt, openGame } from './helpers';

test.use({ bypassCSP: true });

/** The focused element's tag and text, to say where the focus went when it is wrong. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e && e !== document.body ? `${e.tagName}:${(e.textContent ?? '').trim().slice(0, 40)}` : 'BODY';
  });
}

/** Words of the element's text that the layout splits over two lines (a break inside a word). */
async function brokenWords(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}’'-]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

async function answerRight(page: Page, language: 'fr' | 'en'): Promise<void> {
  const excerpt = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES[language][excerpt.category], exact: true }).click();
  await page.getByRole('button', { name: language === 'fr' ? 'Je ne sais pas' : 'I can’t say' }).click();
  await page.getByRole('button', { name: language === 'fr' ? /^Assez/ : /^Fairly/ }).click();
}

test('FR: Back goes back one screen and closes a dialog first, focus is kept, Progress closes to the menu, wording', async ({ page }) => {
  test.setTimeout(90_000);
  await openGame(page);
  const menuHeading = page.getByRole('heading', { name: 'Fait ou propagande ?', level: 1 });
  // Browser Back from a side screen comes back to the menu, inside the game.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.goBack();
  await expect(menuHeading).toBeVisible();
  expect(page.url()).toContain('127.0.0.1');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await page.goBack();
  await expect(menuHeading).toBeVisible();

  await page.getByRole('button', { name: 'Jouer' }).click();
  await expect(page.getByText('Extrait 1 sur 5', { exact: true })).toBeVisible();
  // "Changer de réponse" puts the focus back on the category chosen, not on the page.
  const first = await currentExcerpt(page);
  await page.getByRole('button', { name: CATEGORY_NAMES.fr[first.category], exact: true }).click();
  await page.getByRole('button', { name: 'Changer de réponse' }).click();
  await expect(page.getByRole('button', { name: CATEGORY_NAMES.fr[first.category], exact: true })).toBeFocused();

  // Cancel in the quit dialog goes back to the button that asked.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Quitter la partie' }).click();
  await page.getByRole('button', { name: 'Annuler' }).click();
  expect(await focused(page)).toBe('BUTTON:Quitter la partie');
  // Back closes the dialog first, then leaves the round for the menu, which offers it again.
  await page.goBack();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Extrait 1 sur 5', { exact: true })).toBeVisible();
  await page.goBack();
  await expect(menuHeading).toBeVisible();
  await page.getByRole('button', { name: /Reprendre/ }).click();
  await expect(page.getByText('Extrait 1 sur 5', { exact: true })).toBeVisible();

  for (let i = 0; i < 5; i++) {
    await answerRight(page, 'fr');
    await page.getByRole('button', { name: i === 4 ? 'Voir les résultats' : 'Suivant' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await page.getByRole('button', { name: 'Voir mes progrès' }).click();
  await expect(page.getByRole('heading', { name: 'Progrès', level: 1 })).toBeFocused();
  // Progress closes to the menu (the round is over), with the focus on Play and the menu at its top.
  await page.mouse.wheel(0, 2000);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(menuHeading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jouer' })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);

  // "Série" is the streak only; the classroom's set code has its own word.
  await page.getByRole('button', { name: 'Classe' }).click();
  await expect(page.getByText(/^Série /)).toHaveCount(0);
  await expect(page.getByText(/^Tirage [0-9A-Z]+/).first()).toBeVisible();
});

test.describe('EN on a 360 px phone, British English', () => {
  test.use({ viewport: { width: 360, height: 640 }, locale: 'en-GB', hasTouch: true, isMobile: true });

  test('default profile name, extra-large text, the points pop, whole words in tables, dates', async ({ page }) => {
    test.setTimeout(90_000);
    await openGame(page);
    // The first profile was named in English: its default name follows the language, both ways.
    await expect(page.getByTestId('menu-profile')).toHaveText('Profile: Profile 1');
    await page.getByRole('button', { name: /switch the interface to French/ }).click();
    await expect(page.getByTestId('menu-profile')).toHaveText('Profil\u00a0: Profil 1');
    await page.getByRole('button', { name: /passer l’interface en anglais/ }).click();
    await expect(page.getByTestId('menu-profile')).toHaveText('Profile: Profile 1');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Extra large' }).check();
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Play' }).click();

    // Extra-large text: the answer buttons hold their words, the page does not scroll sideways.
    for (const name of Object.values(CATEGORY_NAMES.en)) {
      const button = page.getByRole('button', { name, exact: true });
      const fits = await button.evaluate((b) => b.scrollWidth <= b.clientWidth + 1 && b.scrollHeight <= b.clientHeight + 1);
      expect.soft(fits, `${name} fits its button`).toBe(true);
      expect.soft(await brokenWords(button), `${name}: whole words`).toEqual([]);
    }
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    for (let i = 0; i < 5; i++) {
      await answerRight(page, 'en');
      if (i === 1) {
        // The "+200" pop sits clear of the streak label.
        const pop = await page.locator('.score-pop').boundingBox();
        const streak = await page.locator('.hud-streak').boundingBox();
        expect(pop && streak).toBeTruthy();
        if (pop && streak) {
          const apart =
            pop.x + pop.width <= streak.x || streak.x + streak.width <= pop.x || pop.y + pop.height <= streak.y || streak.y + streak.height <= pop.y;
          expect.soft(apart, 'pop and streak do not overlap').toBe(true);
        }
      }
      await page.getByRole('button', { name: i === 4 ? 'See the results' : 'Next' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    expect.soft(await brokenWords(page.locator('table'))).toEqual([]);
    await page.getByRole('button', { name: 'See my progress' }).click();
    // en-GB: day before month ("2 Dec 2026"), not "Dec 2, 2026".
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date()));
    await expect(page.getByText(today).first()).toBeVisible();
    expect.soft(await brokenWords(page.locator('table'))).toEqual([]);
    expect(await axeViolations(page), 'axe on Progress').toEqual([]);
  });
});
