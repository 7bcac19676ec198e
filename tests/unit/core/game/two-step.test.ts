/** Fewer choices: "can it be checked, or is it someone's view?", then the category between two; scored like any answer. */
import { describe, expect, it } from 'vitest';
import { choiceOptions, type GameState } from '../../../../src/core/game';
import { roundSummaries } from '../../../../src/core/progress/stats';
import { defaultSettings } from '../../../../src/core/progress/records';
import { KEYMAP, matchShortcut } from '../../../../src/ui/shared/keymap';
import { gameState, runGame } from '../../fixtures';

/** 000-01 is a fact, 001-02 a propaganda quote (tests/unit/fixtures.ts). */
const start = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] } as const;
const settings = (twoStep: boolean, confidence = true) => ({ ...defaultSettings('fr'), twoStep, confidence, clueStep: false });

const press = (key: string) =>
  ({ key, repeat: false, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: null }) as KeyboardEvent;
function keyIntent(state: GameState, key: string) {
  const shortcut = matchShortcut(press(key), state, KEYMAP);
  return shortcut ? shortcut.perform(state, press(key)) : 'none';
}

describe('the two-step choice', () => {
  it('asks the half first: no category before it, then only the two of the half chosen', () => {
    const playing = runGame(gameState(settings(true)), start).state;
    expect(choiceOptions(playing)).toEqual([]);
    expect(runGame(playing, { type: 'choose', category: 'fact' }).state).toBe(playing);
    const checkable = runGame(playing, { type: 'choose-half', half: 'checkable' }).state;
    expect(choiceOptions(checkable)).toEqual(['fact', 'estimate']);
    expect(runGame(checkable, { type: 'choose', category: 'opinion' }).state).toBe(checkable);
    // Going back to the first question, and to the category step after "Change my answer".
    const again = runGame(checkable, { type: 'cancel-half' }, { type: 'choose-half', half: 'viewpoint' }).state;
    expect(choiceOptions(again)).toEqual(['opinion', 'propaganda']);
    const chosen = runGame(again, { type: 'choose', category: 'opinion' }, { type: 'cancel-choice' }).state;
    expect(chosen).toMatchObject({ pendingChoice: null, choiceHalf: 'viewpoint' });
  });

  it('scores the final answer exactly as a one-step answer, records the two steps on the round, and Progress can say it', () => {
    const oneStep = runGame(
      gameState(settings(false)),
      start,
      { type: 'choose', category: 'fact' },
      { type: 'confidence', confidence: 'sure' },
      { type: 'next' },
      { type: 'choose', category: 'opinion' },
      { type: 'confidence', confidence: 'fairly' },
      { type: 'next' },
    ).state;
    const twoSteps = runGame(
      gameState(settings(true)),
      start,
      { type: 'choose-half', half: 'checkable' },
      { type: 'choose', category: 'fact' },
      { type: 'confidence', confidence: 'sure' },
      { type: 'next' },
      { type: 'choose-half', half: 'viewpoint' },
      { type: 'choose', category: 'opinion' },
      { type: 'confidence', confidence: 'fairly' },
      { type: 'next' },
    ).state;
    expect(twoSteps.screen).toBe('results');
    expect(twoSteps.round?.scores).toEqual(oneStep.round?.scores);
    expect(twoSteps.round?.turns[0]?.answers.solo).toMatchObject({ category: 'fact', twoStep: true });
    expect(oneStep.round?.turns[0]?.answers.solo?.twoStep).toBeUndefined();
    const [record] = twoSteps.profile.rounds;
    expect(record?.answers.map((a) => a.twoStep)).toEqual([true, true]);
    expect(roundSummaries(twoSteps.profile.rounds)[0]).toMatchObject({ twoStep: true, right: 1, answered: 2 });
    expect(roundSummaries(oneStep.profile.rounds)[0]).toMatchObject({ twoStep: false, right: 1, answered: 2 });
  });

  it('answers at once without the later steps, still marked as two steps', () => {
    const { state } = runGame(
      gameState(settings(true, false)),
      start,
      { type: 'choose-half', half: 'checkable' },
      { type: 'choose', category: 'fact' },
    );
    expect(state.round?.phase).toBe('revealed');
    expect(state.round?.turns[0]?.answers.solo).toMatchObject({ category: 'fact', twoStep: true });
    expect(state.choiceHalf).toBeNull();
  });

  it('keys: 1 and 2 answer the first question, then 1 and 2 pick between the two categories', () => {
    const playing = runGame(gameState(settings(true)), start).state;
    expect(keyIntent(playing, '1')).toEqual({ type: 'choose-half', half: 'checkable' });
    expect(keyIntent(playing, '2')).toEqual({ type: 'choose-half', half: 'viewpoint' });
    expect(keyIntent(playing, '3')).toBeNull();
    const viewpoint = runGame(playing, { type: 'choose-half', half: 'viewpoint' }).state;
    expect(keyIntent(viewpoint, '2')).toEqual({ type: 'choose', category: 'propaganda' });
    expect(keyIntent(viewpoint, '3')).toBeNull();
    // Without the setting, 1–4 are the four categories as before.
    expect(keyIntent(runGame(gameState(settings(false)), start).state, '3')).toEqual({ type: 'choose', category: 'opinion' });
  });
});
