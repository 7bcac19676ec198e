/**
 * The life of a round, by dispatching intents only: start → answers → finish → the record
 * the Progress screen reads. The reducer alone (through the store that stamps time and seed)
 * yields the new profile and the command to save it; no shell, no storage.
 */
import { describe, expect, it } from 'vitest';
import { bestScore, createGameReducer, dueCount, type GameEffect, type GameIntent, stamp } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { allAnswers, roundSummaries } from '../../../../src/core/progress/stats';
import { Store } from '../../../../src/core/store';
import { fixtureContent, GAME_EXCERPTS, gameState } from '../../fixtures';

const clock = (() => {
  let t = Date.parse('2026-03-01T09:00:00.000Z');
  return () => {
    t += 1000;
    return new Date(t);
  };
})();

function newStore() {
  const content = fixtureContent();
  let seed = 0;
  const store = new Store(createGameReducer(), gameState({ ...defaultSettings('fr'), roundSize: 5, confidence: true }, { content }), {
    prepare: (intent: GameIntent) =>
      stamp(intent, clock, () => {
        seed += 7919;
        return (seed % 1000) / 1000;
      }),
  });
  const effects: GameEffect[] = [];
  store.onEffect((effect) => effects.push(effect));
  return { store, effects, content };
}

describe('the life of a round, by actions only', () => {
  it('deals from the seed in the action, records the finished round in the profile, and asks for it to be saved', () => {
    const { store, effects } = newStore();
    store.dispatch({ type: 'start-round', mode: 'play' });
    const round = store.state.round;
    expect(round?.excerptIds).toHaveLength(5);
    expect(new Set(round?.excerptIds).size).toBe(5);
    // Answer every excerpt rightly, sure, except the last (wrong, unsure).
    for (let i = 0; i < 5; i++) {
      const expected = store.state.round?.expected[i] ?? 'fact';
      const answer = i < 4 ? expected : expected === 'fact' ? 'opinion' : 'fact';
      store.dispatch({ type: 'choose', category: answer });
      store.dispatch({ type: 'confidence', confidence: i < 4 ? 'sure' : 'unsure' });
      store.dispatch({ type: 'next' });
    }
    const state = store.state;
    expect(state.screen).toBe('results');
    // The profile the state now holds has the round; the save effect carries exactly it.
    expect(state.profile.rounds).toHaveLength(1);
    const saved = effects.filter((e) => e.type === 'round-finished');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ type: 'round-finished', profile: state.profile });
    // What Progress shows comes from that profile: the round, its answers and confidence, the best score.
    const summary = roundSummaries(state.profile.rounds)[0];
    expect(summary).toMatchObject({ answered: 5, right: 4 });
    expect(allAnswers(state.profile.rounds).map((a) => a.confidence)).toEqual(['sure', 'sure', 'sure', 'sure', 'unsure']);
    expect(bestScore(state)).toBe(summary?.score);
    // The missed excerpt is due for review now; a review round deals it.
    const known = new Set(GAME_EXCERPTS.map((e) => e.id));
    expect(dueCount(state, known, clock())).toBe(1);
    store.dispatch({ type: 'start-round', mode: 'review' });
    expect(store.state.round?.mode).toBe('review');
    expect(store.state.round?.excerptIds).toEqual([round?.excerptIds[4]]);
  });

  it('a second play round deals first the excerpt the profile has not seen', () => {
    const content = fixtureContent([...GAME_EXCERPTS, { id: '002-04', category: 'fact' }]);
    const store = new Store(
      createGameReducer(),
      gameState({ ...defaultSettings('fr'), roundSize: 5, confidence: false, clueStep: false }, { content }),
      {
        prepare: (intent: GameIntent) => stamp(intent, clock, () => 0.42),
      },
    );
    store.dispatch({ type: 'start-round', mode: 'play' });
    const first = new Set(store.state.round?.excerptIds);
    for (let i = 0; i < 5; i++) {
      store.dispatch({ type: 'choose', category: 'fact' });
      store.dispatch({ type: 'next' });
    }
    const unseen = content.excerpts.map((e) => e.id).find((id) => !first.has(id));
    store.dispatch({ type: 'navigate', screen: 'menu' });
    store.dispatch({ type: 'start-round', mode: 'play' });
    expect(store.state.round?.excerptIds).toContain(unseen);
  });
});
