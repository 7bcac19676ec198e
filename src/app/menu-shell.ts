/**
 * The game's side of the menu that src/shell.ts shows before the game's code has started (issue #15).
 * Once the game has drawn its menu, over that menu or not, it compares the two, node for node:
 *   - the same: a click made on the shell before the game had started is carried out, on the same
 *     button;
 *   - not the same (an older tab wrote the last menu, a review has fallen due since): the click is
 *     dropped rather than carried out on another button.
 * And it keeps what the next visit shows true: each time the menu is on screen, the menu as the
 * game drew it ("own"); as soon as something the menu is drawn from changes elsewhere (a round
 * begun, a setting, a profile), nothing ("none"), so that a visit after it does not show a menu
 * that is no longer the player's. A first visit, which has no hint yet, sees the build's menu.
 */
import type { GameState } from '../core/game';
import { nextDue } from '../core/progress/leitner';
import { afterPaint } from './paint';
import type { GameStore } from './effects';

// The same keys as src/shell.ts, which reads them.
const HINT_KEY = 'fop:menu-shell';
const OWN_KEY = 'fop:menu-own';
const SHOWN_ID = 'menu-shell-shown';
const DOCUMENT_SETTINGS = ['textSize', 'reducedMotion', 'font'] as const;

/** The menu a visit may show before the game's code has started, as src/shell.ts reads it. */
export interface SavedMenu {
  language: string;
  html: string;
  document: Partial<Record<(typeof DOCUMENT_SETTINGS)[number], string>>;
  /** When a review card falls due (ms since 1970), which the menu then counts: the saved menu is not shown from then on. */
  validUntil: number | null;
}

function write(entries: Record<string, string | null>): void {
  try {
    for (const [key, value] of Object.entries(entries)) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    }
  } catch {
    // Blocked or full storage: the next visit waits for the game's own menu (src/shell.ts reads "none").
  }
}

/** What the menu is drawn from: a change to any of these may change it. */
function menuInputs(state: GameState): readonly unknown[] {
  return [
    state.settings,
    state.profile,
    state.profiles,
    state.activeProfileId,
    state.resumable,
    state.round,
    state.lessons.list,
    state.pupil,
    state.classroom.setup,
    state.classroom.saved,
    state.storage.notices,
    state.updateReady,
    // The notices and status lines over the menu (ui/shared/Notices.tsx, ModeStatus.tsx, NeedsTexts.tsx).
    state.outcome,
    state.busy,
    state.modes.failed,
    state.contentLoad,
  ];
}

/**
 * The menu on screen as the next visit would draw it from the same saved data: what a visit
 * adds as it goes (an announcement in the live region, a detail opened) is left out. Null when
 * the screen is not the menu alone (a dialog over it).
 */
export function menuOnScreen(root: HTMLElement, state: GameState, now: Date, doc: Document = document): SavedMenu | null {
  if (!root.querySelector(':scope > .app[data-screen="menu"]') || root.querySelector('dialog, [role="dialog"], [role="alertdialog"]')) return null;
  const copy = doc.createElement('template');
  copy.innerHTML = root.innerHTML;
  for (const region of copy.content.querySelectorAll('[aria-live]')) region.replaceChildren();
  for (const details of copy.content.querySelectorAll('details[open]')) details.removeAttribute('open');
  const settings: SavedMenu['document'] = {};
  for (const name of DOCUMENT_SETTINGS) {
    const value = doc.documentElement.dataset[name];
    if (value !== undefined) settings[name] = value;
  }
  const due = nextDue(state.profile.leitner, now);
  return { language: doc.documentElement.lang, html: copy.innerHTML, document: settings, validUntil: due ? due.getTime() : null };
}

/** What the game does with the menu shown before it: see settleMenuShell. */
export interface MenuShellSettled {
  /** Carries out the click kept on that menu, if it was this player's (a no-op otherwise). */
  carryOutClick(): void;
  /** The game drew its views again with no change to the state (a language's texts arrived): the menu is saved again. */
  redrawn(): void;
}

/**
 * Called right after the game's first render into `root`: compares it with the menu shown before
 * it, and from then on keeps what the next visit shows true. The kept click is carried out by
 * `carryOutClick`, once the game is bound to the page (history, links), so that it goes as a
 * click on the game would. Inside an LMS the LMS's round opens, and nothing is kept in its origin.
 */
export function settleMenuShell(root: HTMLElement, store: GameStore, { inLms = false } = {}, doc: Document = document): MenuShellSettled {
  const language = store.state.settings.language;
  const shown = root.dataset.menuShell;
  const click = root.dataset.shellClick;
  const template = doc.getElementById(SHOWN_ID);
  const fromOwn = root.dataset.menuShellFrom === 'own';
  // From now on a click is the game's (src/shell.ts keeps none once this is not its language).
  root.dataset.menuShell = 'adopted';
  delete root.dataset.shellClick;
  delete root.dataset.menuShellFrom;
  const same =
    !inLms && shown === language && template instanceof HTMLTemplateElement && store.state.screen === 'menu' && sameNodes(template.content, root);
  template?.remove();
  const button = same && click !== undefined ? root.querySelectorAll('button')[Number(click)] : undefined;
  const carryOutClick = () => button?.click();
  // A page without the build's menus (the dev server) has no shell to show a saved menu.
  if (inLms || !doc.getElementById(`menu-shell-${language}`)) return { carryOutClick, redrawn: () => undefined };
  // The build's menu drawn over is saved as this player's own all the same: their settings (a text size) come with it.
  return { carryOutClick, redrawn: keepNextMenuTrue(root, store, doc, same && fromOwn) };
}

/** Keeps the saved menu the player's; returns what to call when the views were drawn again without a change of state. */
function keepNextMenuTrue(root: HTMLElement, store: GameStore, doc: Document, savedIsTrue: boolean): () => void {
  // What the saved menu was drawn from; null once it may no longer be the player's.
  let savedFrom: readonly unknown[] | null = savedIsTrue ? menuInputs(store.state) : null;
  // A visit that opens elsewhere (a lesson link) may change what the menu shows before it is drawn.
  if (!savedIsTrue) write({ [OWN_KEY]: null, [HINT_KEY]: 'none' });
  let pending = false;
  const save = () => {
    pending = false;
    const inputs = menuInputs(store.state);
    if (store.state.screen !== 'menu' || (savedFrom && sameInputs(inputs, savedFrom))) return;
    const menu = menuOnScreen(root, store.state, new Date(), doc);
    if (!menu) return;
    write({ [OWN_KEY]: JSON.stringify(menu), [HINT_KEY]: 'own' });
    savedFrom = inputs;
  };
  const follow = (state: GameState) => {
    if (savedFrom && !sameInputs(menuInputs(state), savedFrom)) {
      savedFrom = null;
      // The player's data goes with the menu drawn from it (a profile's name, say); removed first, since
      // a removal cannot fail for want of space where writing the hint could.
      write({ [OWN_KEY]: null, [HINT_KEY]: 'none' });
    }
    // Once the frame is painted: the menu then drawn is the one kept, and the save is not in the way of the click.
    if (state.screen === 'menu' && !savedFrom && !pending) {
      pending = true;
      void afterPaint().then(save);
    }
  };
  store.subscribe(follow);
  follow(store.state);
  // Drawn again with the same state (texts arrived): the menu on screen is saved again if it now reads otherwise.
  const refresh = () => {
    if (store.state.screen !== 'menu' || !savedFrom) return;
    const menu = menuOnScreen(root, store.state, new Date(), doc);
    if (!menu) return;
    const text = JSON.stringify(menu);
    if (read(OWN_KEY) !== text) write({ [OWN_KEY]: text, [HINT_KEY]: 'own' });
  };
  return () => void afterPaint().then(refresh);
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.every((input, i) => input === b[i]);
}

/**
 * The children of `a` and of `b`, compared as nodes (attributes in any order, text exactly), on
 * copies whose adjacent text nodes are merged: Preact draws "Prochain rang : " and its count as
 * two, the page's parser reads one (and the game's own nodes are not Preact's to lose).
 */
function sameNodes(a: Node, b: Node): boolean {
  const [left, right] = [a, b].map((node) => {
    const copy = node.cloneNode(true);
    copy.normalize();
    return Array.from(copy.childNodes);
  }) as [ChildNode[], ChildNode[]];
  return left.length === right.length && left.every((node, i) => node.isEqualNode(right[i] ?? null));
}
