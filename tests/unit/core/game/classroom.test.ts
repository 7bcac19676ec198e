import { describe, expect, it } from 'vitest';
import { bestScore, bestStreak } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { startRound } from '../../../../src/core/round';
import { fixtureContent, gameState, runnerFor, type TestAction } from '../../fixtures';

const at = '2026-03-01T09:00:00.000Z';
const dealt = [
  { id: '000-01', category: 'fact' as const },
  { id: '001-02', category: 'propaganda' as const },
];
const content = fixtureContent(dealt);
/** The teams get ids team-1, team-2 in the order they are set up. */
const startClass: TestAction = { type: 'start-class-round', teamNames: ['Lynx', 'Hiboux'] };
const soloSaved = startRound({ id: 'solo-round', mode: 'play', dealt, at });

const run = runnerFor(content);

/** The confidence step is on, as by default: a class round must skip it. */
const classSetup = { teamNames: ['Lynx', 'Hiboux'], size: 'all' as const, seed: 7, clueStep: false };
const menuWithSoloSave = () => gameState(defaultSettings('fr'), { resumable: soloSaved, bestScore: 300, bestStreak: 2, classSetup });

describe('a class round in the game', () => {
  it('starts without taking the player’s own unfinished round off the menu', () => {
    const { state, effects } = run(menuWithSoloSave(), startClass);
    expect(state.screen).toBe('play');
    expect(state.resumable).toBe(soloSaved);
    expect(effects[0]).toEqual({ type: 'save-resume', round: state.round });
  });

  it('records each team’s answer at once, lets it change, and reveals on the teacher’s word only', () => {
    let { state } = run(menuWithSoloSave(), startClass);
    expect(run(state, { type: 'reveal' }).state).toBe(state);
    ({ state } = run(
      state,
      { type: 'choose', category: 'opinion', playerId: 'team-1', at },
      { type: 'choose', category: 'fact', playerId: 'team-1', at },
    ));
    expect(state.pendingChoice).toBeNull();
    expect(state.round?.answers['team-1']?.category).toBe('fact');
    // The solo keys 1–4 answer for nobody in a class round.
    expect(run(state, { type: 'choose', category: 'fact', at }).state.round?.answers).toEqual(state.round?.answers);
    const revealed = run(state, { type: 'reveal' });
    expect(revealed.state.round?.phase).toBe('revealed');
    expect(revealed.effects.map((e) => e.type)).toEqual(['sound', 'announce-verdict', 'save-resume']);
  });

  it('clears only the classroom slot when quit or finished, and sets no personal record', () => {
    let { state } = run(menuWithSoloSave(), startClass);
    const quit = run(state, { type: 'pause' }, { type: 'quit-round' });
    expect(quit.effects).toEqual([{ type: 'clear-resume', slot: 'classroom' }]);
    expect(quit.state.resumable).toBe(soloSaved);

    for (let i = 0; i < dealt.length; i++) {
      const expected = state.round?.expected[state.round.index] ?? 'fact';
      ({ state } = run(state, { type: 'choose', category: expected, playerId: 'team-2', at }, { type: 'reveal' }, { type: 'next', at }));
    }
    expect(state.screen).toBe('results');
    expect(state.round?.scores['team-2']?.score).toBe(225);
    expect(bestScore(state)).toBe(300);
    expect(bestStreak(state)).toBe(2);
    expect(state.resumable).toBe(soloSaved);
  });

  it('finishing a solo round still clears the profile’s own slot', () => {
    let { state } = run(gameState({ ...defaultSettings('fr'), confidence: false, clueStep: false }), {
      type: 'start-round',
      mode: 'play',
      excerptIds: ['000-01'],
    });
    const finished = run(state, { type: 'choose', category: 'fact', at }, { type: 'next', at });
    state = finished.state;
    expect(state.screen).toBe('results');
    expect(finished.effects).toContainEqual({ type: 'clear-resume' });
    expect(finished.effects).not.toContainEqual({ type: 'clear-resume', slot: 'classroom' });
  });
});
