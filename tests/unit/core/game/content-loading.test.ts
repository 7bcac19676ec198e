import { describe, expect, it } from 'vitest';
import { createGameReducer, type GameState } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { AT, fixtureContent, gameState, type TestAction } from '../../fixtures';

const content = fixtureContent();
const reduce = createGameReducer();
const at = (second: number) => `2026-03-01T09:00:${String(second).padStart(2, '0')}.000Z`;
const step = (state: GameState, action: TestAction) => reduce(state, { at: AT, seed: 1, ...action } as Parameters<typeof reduce>[1]);
const settings = { ...defaultSettings('fr'), roundSize: 5 as const, confidence: false, clueStep: false };

describe('the texts arriving after the menu (#15)', () => {
  it('starts without them, and carries out at once what needs none (navigation, settings)', () => {
    const start = gameState(settings);
    expect(start.content).toBeNull();
    const settingsScreen = step(start, { type: 'navigate', screen: 'settings' }).state;
    expect(settingsScreen.screen).toBe('settings');
    expect(step(settingsScreen, { type: 'settings', patch: { muted: true } }).state.settings.muted).toBe(true);
    expect(settingsScreen.contentLoad.waiting).toEqual([]);
  });

  it('keeps a Play clicked before they arrive and starts the round once when they do, with its own stamp', () => {
    const start = gameState(settings);
    const clicked = step(start, { type: 'start-round', mode: 'play', at: at(1), seed: 11 });
    expect(clicked.state.screen).toBe('menu');
    expect(clicked.state.round).toBeNull();
    expect(clicked.effects).toEqual([]);
    // A second click on the same button while they load waits once.
    const again = step(clicked.state, { type: 'start-round', mode: 'play', at: at(2), seed: 22 });
    expect(again.state.contentLoad.waiting).toHaveLength(1);

    const arrived = step(again.state, { type: 'content-loaded', content, at: at(3), seed: 33 });
    expect(arrived.state.content).toBe(content);
    expect(arrived.state.contentLoad.waiting).toEqual([]);
    expect(arrived.state.screen).toBe('play');
    // The same round as a click with the texts already there: dealt from the click's stamp.
    const direct = step({ ...start, content }, { type: 'start-round', mode: 'play', at: at(1), seed: 11 });
    expect(arrived.state.round).toEqual(direct.state.round);
    expect(arrived.effects).toEqual(direct.effects);
    expect(arrived.effects.filter((e) => e.type === 'save-resume')).toHaveLength(1);
    // Arriving again changes nothing.
    expect(step(arrived.state, { type: 'content-loaded', content: fixtureContent() }).state).toBe(arrived.state);
  });

  it('carries out what the player did after a waiting intent behind it, in order; what storage answers goes on', () => {
    let state = gameState(settings);
    state = step(state, { type: 'start-dossier', article: '001' }).state;
    state = step(state, { type: 'navigate', screen: 'settings' }).state;
    expect(state.screen).toBe('menu');
    state = step(state, { type: 'storage-notices', kinds: ['quota'], reshowQuota: false }).state;
    expect(state.storage.notices).toContain('quota');
    expect(state.contentLoad.waiting.map((a) => a.type)).toEqual(['start-dossier', 'navigate']);
    const arrived = step(state, { type: 'content-loaded', content }).state;
    expect(arrived.round?.mode).toBe('dossier');
    // Settings opened over the dossier, as the clicks asked: closing them goes back to it.
    expect(arrived.screen).toBe('settings');
    expect(arrived.returnTo).toBe('play');
  });

  it('says why when they cannot be read: what waited is not carried out, and what needs them is refused', () => {
    const clicked = step(gameState(settings), { type: 'start-round', mode: 'play' }).state;
    const failed = step(clicked, { type: 'content-failed', detail: 'assets/content/excerpts/001.json: damaged: clues' });
    expect(failed.state.contentLoad).toEqual({ waiting: [], failed: 'assets/content/excerpts/001.json: damaged: clues' });
    expect(failed.state.screen).toBe('menu');
    expect(step(failed.state, { type: 'start-round', mode: 'play' }).state).toBe(failed.state);
    // The rest of the game goes on: settings, profiles, stored data.
    expect(step(failed.state, { type: 'navigate', screen: 'profiles' }).state.screen).toBe('profiles');
  });
});
