/**
 * The game's side of the menu drawn at build time (issue #15; src/shell.ts shows it, the build
 * makes it from the game's own first render). Once the game has drawn its menu, over the shell
 * or not, it compares it with the build's menu in its language, node for node:
 *   - the same: the next visit may show the shell at once (the hint says which language), and a
 *     click made on the shell before the game had started is carried out, on the same button;
 *   - not the same (a returning player: a profile, a round to resume, a notice): the next visit
 *     waits for the game's own menu, and a click made on a shell that was not this player's menu
 *     is dropped rather than carried out on another button.
 * The first change to what the menu is drawn from (a round begun, a setting, a profile) says "not the same"
 * too, so a visit after it does not show a menu that is no longer the player's.
 */
import type { GameState } from '../core/game';
import type { GameStore } from './effects';

// The same key as src/shell.ts, which reads it.
const HINT_KEY = 'fop:menu-shell';
const NOT_THE_SAME = 'none';

function writeHint(value: string): void {
  try {
    localStorage.setItem(HINT_KEY, value);
  } catch {
    // Blocked storage: every visit is a first visit, which is what the shell shows.
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
  ];
}

/**
 * Called right after the game's first render into `root`: compares it with the build's menu and
 * keeps the hint true. The click kept on the shell is carried out by the function it returns, once
 * the game is bound to the page (history, links), so that it goes as a click on the game would.
 */
export function settleMenuShell(root: HTMLElement, store: GameStore, doc: Document = document): () => void {
  const language = store.state.settings.language;
  const shown = root.dataset.menuShell;
  const click = root.dataset.shellClick;
  // From now on a click is the game's (src/shell.ts keeps none once this is not its language).
  root.dataset.menuShell = 'adopted';
  delete root.dataset.shellClick;
  const template = doc.getElementById(`menu-shell-${language}`);
  const same = template instanceof HTMLTemplateElement && store.state.screen === 'menu' && sameNodes(template.content, root);
  writeHint(same ? language : NOT_THE_SAME);
  if (same) {
    const inputs = menuInputs(store.state);
    const stop = store.subscribe((state) => {
      if (menuInputs(state).every((input, i) => input === inputs[i])) return;
      writeHint(NOT_THE_SAME);
      stop();
    });
  }
  const button = shown === language && same && click !== undefined ? root.querySelectorAll('button')[Number(click)] : undefined;
  return () => button?.click();
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
