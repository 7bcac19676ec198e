import { describe, expect, it } from 'vitest';
import { bestScore, type GameState, isNewBest } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { stageModel } from '../../../../src/core/stage-model';
import { Store } from '../../../../src/core/store';
import { gameState, runGame } from '../../fixtures';

const at = '2026-03-01T09:00:00.000Z';
/** 000-01 is a fact, 001-02 a propaganda quote (tests/unit/fixtures.ts). */
const startPlay = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] } as const;

const run = runGame;

/** A round on its first excerpt, with or without the certainty question (the clue step is tested on its own). */
function playing(confidence: boolean): GameState {
  const settings = { ...defaultSettings('fr'), confidence, clueStep: false };
  return run(gameState(settings), startPlay).state;
}

describe('game reducer', () => {
  it('starts a round on the play screen, saves it and announces the first excerpt', () => {
    const { state, effects } = run(gameState(defaultSettings('fr')), startPlay);
    expect(state.screen).toBe('play');
    expect(effects.map((e) => e.type)).toEqual(['save-resume', 'announce-excerpt']);
  });

  it('asks how sure the player is before answering, when the setting is on', () => {
    let state = playing(true);
    state = run(state, { type: 'choose', category: 'fact', at }).state;
    expect(state.pendingChoice).toBe('fact');
    expect(state.round?.phase).toBe('answering');
    // Changing one's mind before saying how sure is allowed.
    state = run(state, { type: 'cancel-choice' }, { type: 'choose', category: 'estimate', at }).state;
    const { state: after, effects } = run(state, { type: 'confidence', confidence: 'sure', at });
    expect(after.round?.phase).toBe('revealed');
    expect(after.round?.turns[0]?.answers.solo).toMatchObject({ category: 'estimate', confidence: 'sure' });
    expect(effects).toContainEqual({ type: 'sound', name: 'wrong' });
    expect(effects.some((e) => e.type === 'announce-verdict')).toBe(true);
  });

  it('answers at once without the confidence step, and plays the right sound', () => {
    const { state, effects } = run(playing(false), { type: 'choose', category: 'fact', at });
    expect(state.round?.phase).toBe('revealed');
    expect(effects).toContainEqual({ type: 'sound', name: 'right' });
    expect(effects.filter((e) => e.type === 'save-resume')).toHaveLength(1);
  });

  it('ignores answers while paused and keeps the round as it was', () => {
    const paused = run(playing(false), { type: 'pause' }).state;
    expect(paused.paused).toBe(true);
    expect(run(paused, { type: 'choose', category: 'fact', at }).state).toBe(paused);
    expect(run(paused, { type: 'unpause' }).state.paused).toBe(false);
  });

  it('finishes on the results screen with the best score, the round record and the resume point cleared', () => {
    const { state, effects } = run(
      playing(false),
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'propaganda', at },
      { type: 'next', at },
    );
    expect(state.screen).toBe('results');
    expect(bestScore(state)).toBe(225);
    expect(effects.map((e) => e.type)).toEqual(expect.arrayContaining(['round-finished', 'clear-resume', 'announce-results']));
    expect(effects).toContainEqual({ type: 'sound', name: 'round-end' });
    expect(stageModel(state, false)).toMatchObject({ screen: 'results', track: ['right', 'right'], newBest: true });
  });

  it('keeps the round through a language switch and side screens', () => {
    let state = run(playing(false), { type: 'choose', category: 'fact', at }).state;
    const round = state.round;
    state = run(state, { type: 'settings', patch: { language: 'en' } }, { type: 'navigate', screen: 'settings' }, { type: 'close-screen' }).state;
    expect(state.screen).toBe('play');
    expect(state.round).toBe(round);
    expect(state.settings.language).toBe('en');
  });

  it('offers a saved round and resumes it where it was, or discards it', () => {
    const round = run(playing(false), { type: 'choose', category: 'fact', at }, { type: 'next', at }).state.round!;
    const menu = gameState(defaultSettings('fr'), { resumable: round });
    const resumed = run(menu, { type: 'resume-saved' }).state;
    expect(resumed).toMatchObject({ screen: 'play', resumable: null });
    expect(resumed.round?.index).toBe(1);
    expect(resumed.round?.scores.solo?.score).toBe(100);
    const { state: discarded, effects } = run(menu, { type: 'discard-saved' });
    expect(discarded.resumable).toBeNull();
    expect(effects).toEqual([{ type: 'clear-resume' }]);
  });

  it('quitting from the pause menu drops the round and its resume point', () => {
    const { state, effects } = run(playing(false), { type: 'pause' }, { type: 'quit-round' });
    expect(state).toMatchObject({ screen: 'menu', round: null, paused: false });
    expect(effects).toEqual([{ type: 'clear-resume' }]);
  });
});

describe('store', () => {
  it('queues actions dispatched from a listener, in order, and runs effects after the state changes', () => {
    const log: string[] = [];
    const store = new Store<number, number, string>((state, action) => ({ state: state + action, effects: [`+${action}`] }), 0);
    store.subscribe((state) => {
      log.push(`state ${state}`);
      if (state === 1) store.dispatch(10);
    });
    store.onEffect((effect) => log.push(`effect ${effect}`));
    store.dispatch(1);
    expect(store.state).toBe(11);
    expect(log).toEqual(['state 1', 'effect +1', 'state 11', 'effect +10']);
  });
});

describe('isNewBest', () => {
  it('is true only for a play round that beats the best held before it, never for a zero score or a review', () => {
    const finished = run(
      playing(false),
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
    ).state;
    expect(isNewBest(finished)).toBe(true);
    expect(isNewBest({ ...finished, bestBeforeRound: 100 })).toBe(false);
    expect(isNewBest({ ...finished, round: { ...finished.round!, mode: 'review' } })).toBe(false);
    const zero = run(playing(false), { type: 'choose', category: 'opinion', at }).state;
    expect(isNewBest(zero)).toBe(false);
  });
});
