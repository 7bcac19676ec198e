import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { gameState, reduceGame, runGame, type TestAction } from '../../fixtures';

const at = '2026-01-01T10:00:00.000Z';

const run = (state: GameState, ...actions: TestAction[]): GameState => runGame(state, ...actions).state;

/** A solo round without the confidence step, on its first excerpt, answered wrongly and showing feedback. */
function feedbackState(): GameState {
  const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
  // 004-01 is a fact, 001-12 an estimate (tests/unit/fixtures.ts).
  const state = run(
    gameState(settings),
    { type: 'start-round', mode: 'play', excerptIds: ['004-01', '001-12'] },
    { type: 'choose', category: 'opinion', at },
  );
  expect(state.round?.phase).toBe('revealed');
  return state;
}

const openAtExcerpt: TestAction = { type: 'open-viewer', articleId: '004', focusExcerptId: '004-01' };

describe('source viewer in the game state', () => {
  it('starts closed', () => {
    expect(gameState(defaultSettings('fr')).viewer).toBeNull();
  });

  it('opens on an article at a passage and closes, leaving the round exactly as it was', () => {
    const before = feedbackState();
    const open = reduceGame(before, openAtExcerpt);
    expect(open.state.viewer).toEqual({ articleId: '004', focusExcerptId: '004-01', showAllAnswers: false });
    expect(open.effects).toEqual([]);
    expect(open.state.round).toBe(before.round);
    expect(open.state.screen).toBe('play');

    const closed = reduceGame(open.state, { type: 'close-viewer' });
    expect(closed.state.viewer).toBeNull();
    expect(closed.effects).toEqual([]);
    expect(closed.state).toEqual(before);
  });

  it('ignores round actions while open, so no stray key moves the round under the viewer', () => {
    const open = run(feedbackState(), openAtExcerpt);
    for (const action of [
      { type: 'next', at },
      { type: 'pause' },
      { type: 'quit-round' },
      { type: 'toggle-other-language' },
      { type: 'navigate', screen: 'menu' },
      { type: 'close-screen' },
    ] satisfies TestAction[]) {
      expect(reduceGame(open, action).state, action.type).toBe(open);
    }
  });

  it('still takes settings while open (the language switch re-labels the viewer)', () => {
    const open = run(feedbackState(), openAtExcerpt);
    const english = run(open, { type: 'settings', patch: { language: 'en' } });
    expect(english.settings.language).toBe('en');
    expect(english.viewer).toEqual(open.viewer);
    expect(english.round).toBe(open.round);
  });

  it('moves from one passage to another without closing', () => {
    const open = run(feedbackState(), openAtExcerpt, { type: 'open-viewer', articleId: '001', focusExcerptId: '001-12' });
    expect(open.viewer).toEqual({ articleId: '001', focusExcerptId: '001-12', showAllAnswers: false });
  });

  it('is not opened over an excerpt still to answer, nor over the pause dialog', () => {
    const settings = defaultSettings('fr');
    const answering = run(gameState(settings), { type: 'start-round', mode: 'play', excerptIds: ['004-01'] });
    expect(reduceGame(answering, openAtExcerpt).state).toBe(answering);
    const paused = run(feedbackState(), { type: 'pause' });
    expect(paused.paused).toBe(true);
    expect(reduceGame(paused, openAtExcerpt).state).toBe(paused);
  });

  it('opens from the sources library with the teacher switch carried along', () => {
    const library = run(gameState(defaultSettings('fr')), { type: 'navigate', screen: 'sources' });
    const open = run(library, { type: 'open-viewer', articleId: '002', focusExcerptId: null, showAllAnswers: true });
    expect(open.viewer).toEqual({ articleId: '002', focusExcerptId: null, showAllAnswers: true });
    const closed = run(open, { type: 'close-viewer' });
    expect(closed.screen).toBe('sources');
    expect(closed.viewer).toBeNull();
  });

  it('closing a closed viewer changes nothing', () => {
    const state = feedbackState();
    expect(reduceGame(state, { type: 'close-viewer' }).state).toBe(state);
  });
});
