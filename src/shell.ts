/**
 * The page's first script (issue #15): it shows a menu at once, before the game's code has
 * arrived, and keeps the first click made on it for the game to carry out once it has started;
 * then it starts the game's code. Which menu, by what app/menu-shell.ts wrote last time:
 *   - nothing yet (a first visit): the menu drawn at build time, in the page;
 *   - "own": this player's own menu as the game last drew it (a profile, a career under way);
 *   - "none" (a round under way, blocked storage), a lesson link, the dev server: nothing, and the
 *     game draws its own menu.
 * It imports nothing, so it is a file of its own, a few hundred bytes.
 */

// The same keys and values as app/menu-shell.ts, which writes them.
const HINT_KEY = 'fop:menu-shell';
const OWN_KEY = 'fop:menu-own';
// The menu shown, kept for the game to compare its own with (app/menu-shell.ts).
const SHOWN_ID = 'menu-shell-shown';
// The page's own settings that the game keeps on <html> (app/document.ts): drawn with them, the menu does not move.
const DOCUMENT_SETTINGS = ['textSize', 'reducedMotion', 'font'];
// What a menu is made of. A menu with anything else (a link, a style, a meta refresh, a handler), which
// the game never draws there, was not written by the game (a saved one, say): it is not shown.
const MENU_TAGS = new Set(
  'div span header main section nav h1 h2 h3 p strong em small br ul ol li details summary button svg path circle rect g'.split(' '),
);

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage blocked: the game's menu will say that progress is not kept, a notice the build's
    // menu does not have; drawn first, it would be pushed down by it. The game draws its own.
    return 'none';
  }
}

/** A <template> of the menu to show, which the game compares its own with; null when it is not a menu. */
function menuTemplate(html: string): HTMLTemplateElement | null {
  const template = document.createElement('template');
  template.id = SHOWN_ID;
  template.innerHTML = html;
  if (!template.content.querySelector('.app[data-screen="menu"]') || !onlyMenuNodes(template)) return null;
  document.body.append(template);
  return template;
}

/** Only the elements and attributes a menu is drawn with. */
function onlyMenuNodes(template: HTMLTemplateElement): boolean {
  for (const element of template.content.querySelectorAll('*')) {
    if (!MENU_TAGS.has(element.localName)) return false;
    for (const attribute of element.attributes) if (/^on|^style$|href$/i.test(attribute.name)) return false;
  }
  return true;
}

/** This player's menu as the game last drew it; null when unreadable or out of date. */
function ownMenu(): { language: string; template: HTMLTemplateElement | null } | null {
  let saved: { language?: unknown; html?: unknown; document?: unknown; validUntil?: unknown };
  try {
    saved = JSON.parse(read(OWN_KEY) ?? 'null') ?? {};
  } catch {
    // Damaged: the game draws its menu and writes it again.
    return null;
  }
  const { language, html, document: settings, validUntil } = saved;
  if ((language !== 'fr' && language !== 'en') || typeof html !== 'string') return null;
  // A review has fallen due since: the game's menu counts it, this one does not.
  if (typeof validUntil === 'number' && Date.now() >= validUntil) return null;
  const template = menuTemplate(html);
  if (template && settings && typeof settings === 'object') {
    for (const name of DOCUMENT_SETTINGS) {
      const value = (settings as Record<string, unknown>)[name];
      if (typeof value === 'string') document.documentElement.dataset[name] = value;
    }
  }
  return { language, template };
}

/** Shows a menu when this device has one to show; true when it did. */
function showMenuShell(): boolean {
  const root = document.getElementById('ui');
  // A fragment is a lesson link or the like: the game opens something other than the menu.
  if (!root || location.hash.length > 1) return false;
  const hint = read(HINT_KEY);
  let shell: { language: string; template: HTMLTemplateElement | null } | null;
  if (hint === 'own') shell = ownMenu();
  else {
    // Never saved: the browser's language, by the rule of core/progress/records.ts (languageFromBrowser).
    // (A hint "fr" or "en" is an older game's: the build's menu in that language.)
    const language = hint ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr');
    // Text in the page, not a <template>: the page's parser then builds no nodes for the menus it does not show.
    const source = document.getElementById(`menu-shell-${language}`);
    shell = { language, template: source instanceof HTMLScriptElement ? menuTemplate(source.text) : null };
  }
  if (!shell?.template) return false;
  const { language } = shell;
  root.replaceChildren(shell.template.content.cloneNode(true));
  root.dataset.menuShell = language;
  root.dataset.menuShellFrom = hint === 'own' ? 'own' : 'build';
  root.removeAttribute('aria-busy');
  document.documentElement.lang = language;
  // The game opens every screen at its top (ui/App.tsx): a reload's scroll, restored, would be undone under the reader's eyes.
  history.scrollRestoration = 'manual';
  root.addEventListener('click', (event) => {
    // Once the game has taken the menu over, its own handlers answer.
    if (root.dataset.menuShell !== language || root.dataset.shellClick !== undefined) return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    root.dataset.shellClick = String(Array.from(root.querySelectorAll('button')).indexOf(button));
  });
  // Where the game puts the focus when its menu opens (Menu.tsx: a round to resume, else Play), so Enter
  // does the same here; and as it does (ui/shared/focus.ts), without scrolling the menu from its top.
  (root.querySelector<HTMLButtonElement>('.resume button.primary') ?? root.querySelector<HTMLButtonElement>('.menu-nav button.primary'))?.focus({
    preventScroll: true,
  });
  return true;
}

/**
 * The game's entry, which the build turned into a preload (fetched and compiled, not run): run
 * once the shell is on screen, so that starting the game's code does not hold back the frame
 * that shows the menu. Without a shell, at once.
 */
let started = false;
function startGame(): void {
  if (started) return;
  started = true;
  const entry = document.querySelector<HTMLLinkElement>('link[data-game-entry]');
  // The dev server's page has the entry's own script instead.
  if (!entry) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = entry.href;
  document.head.append(script);
}

let shown = false;
try {
  shown = showMenuShell();
} finally {
  // After the frame that paints the shell (a hidden tab paints no frame: at once, or soon at the latest).
  if (shown && document.visibilityState === 'visible') {
    requestAnimationFrame(() => setTimeout(startGame, 0));
    setTimeout(startGame, 200);
  } else startGame();
}
