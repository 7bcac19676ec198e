import { describe, expect, it } from 'vitest';
import { initialGameState, reduceGame, type GameAction, type GameState } from '../../src/core/game';
import { defaultSettings } from '../../src/core/progress/records';
import { startRound, type RoundState } from '../../src/core/round';

const at = '2026-01-01T10:00:00.000Z';

function run(state: GameState, ...actions: GameAction[]): GameState {
  return actions.reduce((s, a) => reduceGame(s, a).state, state);
}

function twoExcerptRound(id: string): RoundState {
  return startRound({
    id,
    mode: 'play',
    dealt: [
      { id: '004-01', category: 'fact' },
      { id: '001-12', category: 'estimate' },
    ],
    at,
  });
}

const settings = { ...defaultSettings('fr'), confidence: false };

describe('profiles in the game state', () => {
  it('loads another profile: its bests, due count and resume offer replace the previous ones', () => {
    const saved = { ...twoExcerptRound('tom-round'), index: 1 };
    const before = run(
      initialGameState(settings, { bestScore: 900, bestStreak: 6, dueCount: 4, activeProfile: { id: 'lea', name: 'Léa' } }),
      { type: 'start-round', round: twoExcerptRound('lea-round') },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'navigate', screen: 'profiles' },
    );
    expect(before.returnTo).toBe('results');
    const { state, effects } = reduceGame(before, {
      type: 'profile-loaded',
      profile: { id: 'tom', name: 'Tom' },
      bestScore: 120,
      bestStreak: 1,
      dueCount: 0,
      resumable: saved,
    });
    expect(effects).toEqual([]);
    expect(state).toMatchObject({
      activeProfile: { id: 'tom', name: 'Tom' },
      bestScore: 120,
      bestBeforeRound: 120,
      bestStreak: 1,
      dueCount: 0,
      resumable: saved,
      round: null,
      screen: 'profiles',
    });
    // The previous profile's results are not this profile's: closing goes to the menu.
    expect(run(state, { type: 'close-screen' }).screen).toBe('menu');
  });

  it('renames the active profile without touching its progress', () => {
    const before = initialGameState(settings, { bestScore: 300, activeProfile: { id: 'lea', name: 'Léa' } });
    const after = run(before, { type: 'profile-renamed', name: 'Léa B.' });
    expect(after.activeProfile).toEqual({ id: 'lea', name: 'Léa B.' });
    expect(after.bestScore).toBe(300);
  });
});

describe('progress after a round', () => {
  it('finishing a round raises the best score and streak at once, before the shell saves', () => {
    const state = run(
      initialGameState(settings),
      { type: 'start-round', round: twoExcerptRound('r1') },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'estimate', at },
    );
    const { state: finished, effects } = reduceGame(state, { type: 'next', at });
    expect(finished.screen).toBe('results');
    expect(finished.bestScore).toBe(225);
    expect(finished.bestStreak).toBe(2);
    expect(effects.map((e) => e.type)).toEqual(['sound', 'round-finished', 'clear-resume', 'announce-results']);
    // The shell then reports the stored summary (e.g. a new due count) through 'progress'.
    expect(run(finished, { type: 'progress', bestScore: 225, bestStreak: 2, dueCount: 3 }).dueCount).toBe(3);
  });
});
