/**
 * The browser's history bound to the game's screens: each screen (and the pause or the source
 * viewer open over it) is one history entry, so the browser's or the phone's Back goes back one
 * step inside the game instead of leaving it. The state owner stays the one truth: Back
 * dispatches the 'back' intent (the reducer decides what closes, and keeps a round under way),
 * Forward re-opens the screen that was left; the entries only follow the state.
 */
import type { GameState, Screen } from '../core/game';
import type { GameStore } from './effects';

/** What one history entry stands for: the screen, and the dialog open over it. */
export function historyKey(state: GameState): string {
  const over = state.viewer ? '+viewer' : state.paused ? '+pause' : '';
  return `${state.screen}${over}`;
}

/** Screens that Forward may open again by themselves (not a round, a result or a lesson's step). */
const REOPENABLE: ReadonlySet<Screen> = new Set(['settings', 'help', 'sources', 'progress', 'profiles', 'classroom', 'lessons', 'guide', 'board']);

interface Entry {
  /** This session's id: entries of an earlier page load are not ours to read. */
  fop: string;
  index: number;
}

export interface HistoryLike {
  readonly state: unknown;
  pushState(data: unknown, unused: string): void;
  replaceState(data: unknown, unused: string): void;
  back(): void;
}

export interface WindowLike {
  history: HistoryLike;
  addEventListener(type: 'popstate', listener: (event: { state: unknown }) => void): void;
  removeEventListener(type: 'popstate', listener: (event: { state: unknown }) => void): void;
}

function entryOf(data: unknown, session: string): Entry | null {
  if (typeof data !== 'object' || data === null) return null;
  const entry = data as Partial<Entry>;
  return entry.fop === session && typeof entry.index === 'number' ? (entry as Entry) : null;
}

export function bindHistory(store: GameStore, win: WindowLike, session = Math.random().toString(36).slice(2)): () => void {
  // The keys of this session's entries, as the browser holds them; `index` is the entry on show.
  const keys: string[] = [historyKey(store.state)];
  let index = 0;
  /** Entries left by the game itself (history.back() below): their popstate is not a player's Back. */
  let ownBacks = 0;
  let popping = false;
  win.history.replaceState({ fop: session, index }, '');

  const unsubscribe = store.subscribe((state) => {
    const key = historyKey(state);
    if (popping || key === keys[index]) return;
    // The game went back by itself (a Back button, Escape, closing the pause): the browser goes back too,
    // so its Back does not walk through screens already closed.
    if (index > 0 && keys[index - 1] === key) {
      index--;
      ownBacks++;
      win.history.back();
      return;
    }
    keys.length = index + 1;
    keys.push(key);
    index++;
    win.history.pushState({ fop: session, index }, '');
  });

  const onPop = (event: { state: unknown }) => {
    if (ownBacks > 0) {
      ownBacks--;
      return;
    }
    const entry = entryOf(event.state, session);
    popping = true;
    try {
      if (entry && entry.index > index) {
        // Forward: the screen left by Back, opened again when it stands alone.
        const screen = (keys[entry.index] ?? '').split('+')[0] as Screen;
        index = entry.index;
        if (REOPENABLE.has(screen) && store.state.screen !== 'play') store.dispatch({ type: 'navigate', screen });
      } else {
        // Back (or an entry of an earlier page load, which can only lie behind this session's first one).
        index = entry ? entry.index : 0;
        store.dispatch({ type: 'back' });
      }
    } finally {
      popping = false;
    }
    // The entry now on show stands for what the state shows.
    keys[index] = historyKey(store.state);
    keys.length = Math.max(keys.length, index + 1);
    win.history.replaceState({ fop: session, index }, '');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
