/** The browser history bound to the screens, against a fake window that behaves like a browser's history. */
import { describe, expect, it } from 'vitest';
import type { GameStore } from '../../../src/app/effects';
import { bindHistory, type WindowLike } from '../../../src/app/history';
import { createGameReducer, type GameIntent, stamp } from '../../../src/core/game';
import { defaultSettings } from '../../../src/core/progress/records';
import { Store } from '../../../src/core/store';
import { fixtureContent, gameState } from '../fixtures';

/** Entries and a cursor, as a browser keeps them; back() and go() fire popstate afterwards, like a browser. */
function fakeWindow() {
  const entries: unknown[] = [null];
  let at = 0;
  let listener: ((event: { state: unknown }) => void) | null = null;
  const pending: Array<() => void> = [];
  const win: WindowLike = {
    history: {
      get state() {
        return entries[at];
      },
      pushState(data) {
        entries.length = at + 1;
        entries.push(data);
        at++;
      },
      replaceState(data) {
        entries[at] = data;
      },
      back() {
        if (at === 0) return;
        at--;
        pending.push(() => listener?.({ state: entries[at] }));
      },
    },
    addEventListener: (_type, l) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = null;
    },
  };
  return {
    win,
    /** The player presses the browser's Back (or Forward with +1). */
    go(by: number) {
      at += by;
      listener?.({ state: entries[at] });
    },
    flush() {
      while (pending.length) pending.shift()?.();
    },
    get length() {
      return entries.length;
    },
    get at() {
      return at;
    },
  };
}

function store(): GameStore {
  const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
  return new Store(createGameReducer(), gameState(settings, { content: fixtureContent() }), {
    prepare: (intent: GameIntent) =>
      stamp(
        intent,
        () => new Date(Date.UTC(2026, 2, 1, 9)),
        () => 0.5,
      ),
  });
}

describe('history binding', () => {
  it('pushes one entry per screen and per dialog; Back dispatches back, Forward opens the screen again', () => {
    const game = store();
    const browser = fakeWindow();
    bindHistory(game, browser.win, 's1');
    game.dispatch({ type: 'navigate', screen: 'settings' });
    expect(browser.length).toBe(2);
    browser.go(-1);
    expect(game.state.screen).toBe('menu');
    browser.go(+1);
    expect(game.state.screen).toBe('settings');
    browser.go(-1);
    game.dispatch({ type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] });
    game.dispatch({ type: 'pause' });
    expect(browser.at).toBe(2);
    browser.go(-1);
    expect(game.state).toMatchObject({ screen: 'play', paused: false });
    browser.go(-1);
    expect(game.state).toMatchObject({ screen: 'menu', round: null });
    expect(game.state.resumable).not.toBeNull();
  });

  it('when the game itself goes back (a Back button, Escape), the browser goes back too, and that is not a second Back', () => {
    const game = store();
    const browser = fakeWindow();
    bindHistory(game, browser.win, 's1');
    game.dispatch({ type: 'navigate', screen: 'help' });
    game.dispatch({ type: 'close-screen' });
    browser.flush();
    expect(game.state.screen).toBe('menu');
    expect(browser.at).toBe(0);
    game.dispatch({ type: 'navigate', screen: 'sources' });
    expect(browser.at).toBe(1);
    expect(browser.length).toBe(2);
  });

  it('an entry of an earlier page load counts as Back', () => {
    const game = store();
    const browser = fakeWindow();
    browser.win.history.replaceState({ fop: 'old', index: 3 }, '');
    browser.win.history.pushState(null, '');
    bindHistory(game, browser.win, 's2');
    game.dispatch({ type: 'navigate', screen: 'progress' });
    browser.go(-2);
    expect(game.state.screen).toBe('menu');
  });
});
