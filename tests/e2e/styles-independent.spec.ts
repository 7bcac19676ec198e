import { expect, type Page } from '@playwright/test';
import { test } from './canvas-stage';
import { CATEGORY_NAMES, currentExcerpt, openGame } from './helpers';

// Every screen looks the same whether or not the other screens' files have arrived. The menu loads
// the lazy screens' code in the background; when each brought its own styles, a rule in one reached
// another's elements (the lessons' `.check` restyled the settings' checkboxes), moved a screen half
// a second after it was drawn, under the player's finger, and a click landed on the wrong control
// (the phone test of the confidence checkbox failed on CI). The screens' styles are now one file
// that every lazy screen waits for (src/ui/shared/screens.css, lazy.tsx); the menu has its own.
// The page's idle callbacks (only the background loading uses them) are held back until the test
// lets them run, so each screen is measured first with its own files only, then with all of them.

// Nothing moves, so that a transition half-way does not pass for a change of style.
test.use({ reducedMotion: 'reduce' });

function holdIdleCallbacks(): void {
  const held: Array<() => void> = [];
  const w = window as unknown as { runHeldIdleCallbacks: () => void };
  window.requestIdleCallback = (callback: IdleRequestCallback) => {
    held.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
    return held.length;
  };
  w.runHeldIdleCallbacks = () => {
    for (const run of held.splice(0)) run();
  };
}

/** What each element of the page's DOM looks like: its box and the styles that lay it out or colour it. */
function lookOfThePage(): string[] {
  const properties = [
    'display',
    'position',
    'float',
    'flex-direction',
    'flex-wrap',
    'justify-content',
    'align-items',
    'gap',
    'grid-template-columns',
    'margin',
    'padding',
    'border',
    'border-radius',
    'font-family',
    'font-size',
    'font-weight',
    'line-height',
    'text-align',
    'color',
    'background-color',
    'list-style-type',
    'white-space',
    'overflow',
    'visibility',
    'opacity',
  ];
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
  const path = (element: Element): string => {
    const parts: string[] = [];
    for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) parts.unshift(name(at));
    return parts.join(' > ');
  };
  const look: string[] = [];
  for (const element of document.querySelectorAll('#ui *')) {
    const style = getComputedStyle(element);
    const styles = properties.map((property) => `${property}: ${style.getPropertyValue(property)}`).join('; ');
    // Not drawn (a closed <details>): Chrome lays such a box out only when asked, so its box says nothing.
    if (!element.checkVisibility()) {
      look.push(`${path(element)} {box: not drawn; ${styles}}`);
      continue;
    }
    const box = element.getBoundingClientRect();
    look.push(`${path(element)} {box: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}; ${styles}}`);
  }
  return look;
}

async function everyScreensFilesIn(page: Page): Promise<void> {
  // The background loading starts a moment after the menu and takes one screen per idle callback.
  const preloaded = await page.evaluate(async () => {
    const run = (window as unknown as { runHeldIdleCallbacks: () => void }).runHeldIdleCallbacks;
    const deadline = performance.now() + 20_000;
    while (performance.getEntriesByName('screens-preloaded').length === 0 && performance.now() < deadline) {
      run();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.getEntriesByName('screens-preloaded').length;
  });
  expect(preloaded, 'every screen’s files loaded').toBe(1);
  // The last styles laid out.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The elements that look different, each with what changed: the first few, their styles before their boxes. */
function differences(before: string[], after: string[]): string[] {
  const parse = (line = '') => {
    const [element = '', rest = ''] = line.split(' {');
    return { element, properties: rest.replace(/}$/, '').split('; ') };
  };
  const changed: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    const was = parse(before[i]);
    const now = parse(after[i]);
    if (was.element !== now.element) {
      changed.push(`${was.element} became ${now.element}`);
      continue;
    }
    const what = now.properties.filter((property, at) => property !== was.properties[at]);
    const styles = what.filter((property) => !property.startsWith('box:'));
    changed.push(
      `${now.element}: ${(styles.length ? styles : what).map((p) => `${p} (was ${was.properties[now.properties.indexOf(p)]})`).join('; ')}`,
    );
  }
  const stylesFirst = [...changed.filter((c) => !c.includes(': box:')), ...changed.filter((c) => c.includes(': box:'))];
  return stylesFirst.slice(0, 10);
}

/**
 * Holds back every stylesheet the page does not link itself (the screens' styles, which come with
 * the play screen's code as soon as the menu has painted) until the returned function is called.
 */
async function holdLateStyles(page: Page): Promise<() => Promise<void>> {
  const html = await (await page.request.get('./')).text();
  const own = new Set([...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]));
  expect(own.size, 'the page links its own stylesheet').toBeGreaterThan(0);
  const held: Array<() => Promise<void>> = [];
  let holding = true;
  await page.route(/\/assets\/[^/]+\.css$/, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    if (own.has(path) || !holding) return route.continue();
    held.push(() => route.continue());
  });
  return async () => {
    holding = false;
    await Promise.all(held.splice(0).map((go) => go()));
  };
}

const screens: Array<{ name: string; open: (page: Page) => Promise<void>; holdsLateStyles?: true }> = [
  // The menu is drawn with the page's own stylesheet; the screens' styles must not change it.
  {
    name: 'the menu',
    holdsLateStyles: true,
    open: async (page) => void (await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeVisible()),
  },
  ...['Progrès', 'Sources', 'Réglages', 'Aide', 'Classe', 'Leçons (enseignants)', 'Rejoindre une leçon'].map((button) => ({
    name: `the screen “${button}”`,
    open: async (page: Page) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#ui')).not.toHaveAttribute('aria-busy', 'true');
    },
  })),
  {
    name: 'the answer’s feedback',
    open: async (page) => {
      await page.getByRole('button', { name: 'Jouer', exact: true }).click();
      const excerpt = await currentExcerpt(page);
      await page.getByRole('button', { name: CATEGORY_NAMES.fr[excerpt.category], exact: true }).click();
      await page.getByRole('button', { name: 'Totale' }).click();
      await expect(page.locator('section.play')).toHaveAttribute('data-phase', 'revealed');
    },
  },
  {
    name: 'a new lesson',
    open: async (page) => {
      await page.getByRole('button', { name: 'Leçons (enseignants)', exact: true }).click();
      await page.getByRole('button', { name: /Nouvelle leçon/ }).click();
      await expect(page.getByRole('button', { name: 'Enregistrer la leçon' })).toBeVisible();
    },
  },
];

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  for (const screen of screens) {
    test(`${screen.name} looks the same before and after the other screens’ files arrive, ${viewport.width} px wide`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(holdIdleCallbacks);
      const release = screen.holdsLateStyles ? await holdLateStyles(page) : async () => {};
      await openGame(page);
      await screen.open(page);
      // Fonts in, so that only the styles differ.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const before = await page.evaluate(lookOfThePage);
      await release();
      await everyScreensFilesIn(page);
      const after = await page.evaluate(lookOfThePage);
      expect(differences(before, after)).toEqual([]);
    });
  }
}
