/**
 * The page's first script (issue #15): on a device whose menu is the one drawn at build time (a
 * first visit; see app/menu-shell.ts), it shows that menu at once from its <template>, before the
 * game's code has arrived, and keeps the first click made on it for the game to carry out once it
 * has started; then it starts the game's code. Anywhere else (a returning player, a lesson link,
 * the dev server) it shows nothing, and the game draws its own menu. It imports nothing, so it is
 * a file of its own, a few hundred bytes.
 */

// The same key and values as app/menu-shell.ts, which writes them.
const HINT_KEY = 'fop:menu-shell';

function savedHint(): string | null {
  try {
    return localStorage.getItem(HINT_KEY);
  } catch {
    // Storage blocked: the game's menu will say that progress is not kept, a notice the build's
    // menu does not have; drawn first, it would be pushed down by it. The game draws its own.
    return 'none';
  }
}

/** Shows the shell when this device's menu is the build's; true when it did. */
function showMenuShell(): boolean {
  const root = document.getElementById('ui');
  // A fragment is a lesson link or the like: the game opens something other than the menu.
  if (!root || location.hash.length > 1) return false;
  const hint = savedHint();
  // Never saved: the browser's language, by the rule of core/progress/records.ts (languageFromBrowser).
  const language = hint ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr');
  const template = document.getElementById(`menu-shell-${language}`);
  if (!(template instanceof HTMLTemplateElement)) return false;
  root.replaceChildren(template.content.cloneNode(true));
  root.dataset.menuShell = language;
  root.removeAttribute('aria-busy');
  document.documentElement.lang = language;
  root.addEventListener('click', (event) => {
    // Once the game has taken the menu over, its own handlers answer.
    if (root.dataset.menuShell !== language || root.dataset.shellClick !== undefined) return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    root.dataset.shellClick = String(Array.from(root.querySelectorAll('button')).indexOf(button));
  });
  // Where the game puts the focus when its menu opens (Menu.tsx), so Enter plays here too.
  root.querySelector<HTMLButtonElement>('.menu-nav button.primary')?.focus();
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
