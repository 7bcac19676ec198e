/** The keymap: each key does one thing, decided from the state alone (no DOM here, so no focused field or button). */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { KEYMAP, matchShortcut } from '../../../../src/ui/shared/keymap';
import { gameState, runGame, type TestAction } from '../../fixtures';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key, repeat: false, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: null, ...extra }) as KeyboardEvent;

function intentFor(state: GameState, key: string): ReturnType<(typeof KEYMAP)[number]['perform']> | 'none' {
  const event = press(key);
  const shortcut = matchShortcut(event, state);
  return shortcut ? shortcut.perform(state, event) : 'none';
}

const menu = gameState({ ...defaultSettings('fr'), confidence: true });
const start: TestAction = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] };
const play = runGame(menu, start).state;

describe('keymap', () => {
  it('declares each shortcut once', () => {
    const names = KEYMAP.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('answers with 1–4, then says how sure with 1–3, only while an excerpt waits for an answer', () => {
    expect(intentFor(play, '2')).toEqual({ type: 'choose', category: 'estimate' });
    const pending = runGame(play, { type: 'choose', category: 'estimate' }).state;
    expect(intentFor(pending, '3')).toEqual({ type: 'confidence', confidence: 'sure' });
    expect(intentFor(pending, '4')).toBeNull();
    expect(intentFor(menu, '1')).toBe('none');
    const paused = runGame(play, { type: 'pause' }).state;
    expect(intentFor(paused, '1')).toBe('none');
  });

  it('goes on with N, Enter or Space only once the answer is shown', () => {
    expect(intentFor(play, 'n')).toBe('none');
    const shown = runGame(play, { type: 'choose', category: 'fact' }, { type: 'confidence', confidence: 'sure' }).state;
    expect(shown.round?.phase).toBe('revealed');
    for (const key of ['n', 'N', 'Enter', ' ']) expect(intentFor(shown, key)).toEqual({ type: 'next' });
  });

  it('Escape pauses a round, closes a side screen, cancels a rename, leaves the classroom', () => {
    expect(intentFor(play, 'Escape')).toEqual({ type: 'pause' });
    const settings = runGame(menu, { type: 'navigate', screen: 'settings' }).state;
    expect(intentFor(settings, 'Escape')).toEqual({ type: 'close-screen' });
    const renaming = runGame(menu, { type: 'navigate', screen: 'profiles' }, { type: 'start-rename', id: 'default' }).state;
    expect(intentFor(renaming, 'Escape')).toEqual({ type: 'cancel-rename' });
    const classroom = runGame(menu, { type: 'navigate', screen: 'classroom' }).state;
    expect(intentFor(classroom, 'Escape')).toEqual({ type: 'navigate', screen: 'menu' });
    expect(intentFor(menu, 'Escape')).toBe('none');
  });

  it('M mutes anywhere, T shows the other language during play, R reveals only in a class round once a team answered', () => {
    expect(intentFor(menu, 'm')).toEqual({ type: 'settings', patch: { muted: true } });
    expect(intentFor(play, 't')).toEqual({ type: 'toggle-other-language' });
    expect(intentFor(menu, 't')).toBe('none');
    expect(intentFor(play, 'r')).toBe('none');
  });

  it('leaves keys with a modifier to the browser', () => {
    expect(matchShortcut(press('1', { ctrlKey: true }), play)).toBeNull();
    expect(matchShortcut(press('m', { metaKey: true }), menu)).toBeNull();
  });
});
