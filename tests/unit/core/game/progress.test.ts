import { describe, expect, it } from 'vitest';
import { activeProfile, bestScore, bestStreak, dueCount, type GameState } from '../../../../src/core/game';
import { defaultSettings, emptyProfileData } from '../../../../src/core/progress/records';
import { startRound, type RoundState } from '../../../../src/core/round';
import { gameState, reduceGame, runGame, type TestAction } from '../../fixtures';

const at = '2026-01-01T10:00:00.000Z';

const run = (state: GameState, ...actions: TestAction[]): GameState => runGame(state, ...actions).state;

/** 004-01 is a fact, 001-12 an estimate (tests/unit/fixtures.ts). */
const twoExcerpts: TestAction = { type: 'start-round', mode: 'play', excerptIds: ['004-01', '001-12'] };

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

const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
const tom = { id: 'tom', name: 'Tom', createdAt: at };

/** Léa's device, with Tom as a second profile. */
function leaAndTom(extra: Parameters<typeof gameState>[1] = {}): GameState {
  const state = gameState(settings, { activeProfile: { id: 'lea', name: 'Léa' }, ...extra });
  return { ...state, profiles: [...state.profiles, tom] };
}

describe('profiles in the game state', () => {
  it('loads another profile: its bests, due count and resume offer replace the previous ones', () => {
    const saved = { ...twoExcerptRound('tom-round'), index: 1 };
    const lea = leaAndTom({ bestScore: 900, bestStreak: 6 });
    const before = run(
      lea,
      twoExcerpts,
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'navigate', screen: 'profiles' },
    );
    expect(before.returnTo).toBe('results');
    // Switching asks storage for Tom's progress; what it reads comes back as 'profile-loaded'.
    const asked = reduceGame(before, { type: 'switch-profile', id: 'tom' });
    expect(asked.effects).toEqual([{ type: 'load-profile', id: 'tom' }]);
    const tomData = { ...emptyProfileData('tom'), bestScore: 120, bestStreak: 1 };
    const { state, effects } = reduceGame(asked.state, {
      type: 'profile-loaded',
      profile: { id: 'tom', data: tomData, resumable: saved },
      notices: [],
    });
    // The active profile is kept on the device.
    expect(effects).toEqual([{ type: 'save-device' }]);
    expect(activeProfile(state)).toEqual(tom);
    expect(bestScore(state)).toBe(120);
    expect(bestStreak(state)).toBe(1);
    expect(dueCount(state, new Set(['004-01', '001-12']), new Date(at))).toBe(0);
    expect(state).toMatchObject({ bestBeforeRound: 120, resumable: saved, round: null, screen: 'profiles' });
    // The previous profile's results are not this profile's: closing goes to the menu.
    expect(run(state, { type: 'close-screen' }).screen).toBe('menu');
  });

  it('renames the active profile without touching its progress', () => {
    const before = leaAndTom({ bestScore: 300 });
    const { state: after, effects } = reduceGame(before, { type: 'rename-profile', id: 'lea', name: 'Léa B.' });
    expect(activeProfile(after)).toMatchObject({ id: 'lea', name: 'Léa B.' });
    expect(bestScore(after)).toBe(300);
    expect(effects).toEqual([{ type: 'save-device' }]);
  });
});

describe('progress after a round', () => {
  it('finishing a round raises the best score and streak at once, with the profile to save', () => {
    const state = run(
      gameState(settings),
      twoExcerpts,
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'estimate', at },
    );
    const { state: finished, effects } = reduceGame(state, { type: 'next', at });
    expect(finished.screen).toBe('results');
    expect(bestScore(finished)).toBe(225);
    expect(bestStreak(finished)).toBe(2);
    expect(effects.map((e) => e.type)).toEqual(['sound', 'round-finished', 'clear-resume', 'announce-results']);
    // What is saved is the progress the state now holds: one owner, no second computation.
    expect(effects).toContainEqual({ type: 'round-finished', round: finished.round, profile: finished.profile });
  });
});
