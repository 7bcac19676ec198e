/** After choosing a category: mark the clue words, then say how sure; the answer carries both. */
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { CLUE_BONUS } from '../../../../src/core/scoring';
import { gameState, runGame, type TestAction } from '../../fixtures';

// Fixture excerpts read "Extrait 000-01 avec indice ici.": words 0–4, the clue is word 3 ("indice").
const start: TestAction = { type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] };
const playing = (settings: Partial<ReturnType<typeof defaultSettings>> = {}): GameState =>
  runGame(gameState({ ...defaultSettings('fr'), ...settings }), start).state;

describe('the answer steps', () => {
  it('marks words by tap or keyboard, then the certainty gives the answer with the marks and the clue bonus', () => {
    let { state } = runGame(playing(), { type: 'choose', category: 'fact' });
    expect(state.pendingChoice).toBe('fact');
    ({ state } = runGame(state, { type: 'move-mark', by: 1 }, { type: 'move-mark', by: 1 }, { type: 'move-mark', by: 1 }));
    expect(state.markCursor).toBe(3);
    ({ state } = runGame(state, { type: 'toggle-mark', index: 3 }, { type: 'toggle-mark', index: 0 }, { type: 'toggle-mark', index: 0 }));
    expect(state.marks).toEqual([3]);
    ({ state } = runGame(state, { type: 'confirm-marks' }));
    expect(state.marksDone).toBe(true);
    const { state: answered, effects } = runGame(state, { type: 'confidence', confidence: 'sure' });
    const turn = answered.round?.turns[0];
    expect(turn?.answers.solo).toMatchObject({ category: 'fact', confidence: 'sure', marks: [3], clueFound: true });
    expect(turn?.gained.solo).toEqual({ base: 300, bonus: 0, clue: CLUE_BONUS });
    expect(answered.round?.scores.solo?.score).toBe(300 + CLUE_BONUS);
    expect(answered.marks).toEqual([]);
    expect(effects.some((e) => e.type === 'announce-verdict')).toBe(true);
  });

  it('"I can’t say" answers without marks; the keyboard cursor stays on the excerpt’s words', () => {
    let { state } = runGame(playing(), { type: 'choose', category: 'fact' }, { type: 'toggle-mark', index: 3 }, { type: 'move-mark', by: -5 });
    expect(state.markCursor).toBe(0);
    ({ state } = runGame(state, { type: 'move-mark', by: 99 }));
    expect(state.markCursor).toBe(4);
    ({ state } = runGame(state, { type: 'toggle-mark', index: 9 }));
    expect(state.marks).toEqual([3]);
    ({ state } = runGame(state, { type: 'skip-marks' }, { type: 'confidence', confidence: 'unsure' }));
    expect(state.round?.turns[0]?.answers.solo).toMatchObject({ marks: [], clueFound: false });
    expect(state.round?.turns[0]?.gained.solo).toEqual({ base: 100, bonus: 0, clue: 0 });
  });

  it('a confident mistake costs points, but the score stays at zero or above', () => {
    const { state } = runGame(playing(), { type: 'choose', category: 'opinion' }, { type: 'confidence', confidence: 'sure' });
    expect(state.round?.turns[0]?.gained.solo?.base).toBe(-600);
    expect(state.round?.scores.solo?.score).toBe(0);
  });

  it('without the certainty question, confirming the marks gives the answer (unrated: 100 or 0)', () => {
    const { state } = runGame(
      playing({ confidence: false }),
      { type: 'choose', category: 'fact' },
      { type: 'toggle-mark', index: 3 },
      { type: 'confirm-marks' },
    );
    expect(state.round?.phase).toBe('revealed');
    expect(state.round?.turns[0]?.gained.solo).toEqual({ base: 100, bonus: 0, clue: CLUE_BONUS });
    expect(state.round?.turns[0]?.answers.solo?.confidence).toBeUndefined();
  });

  it('without the clue step, words cannot be marked and no marks are recorded', () => {
    const { state } = runGame(playing({ clueStep: false }), { type: 'choose', category: 'fact' }, { type: 'toggle-mark', index: 3 });
    expect(state.marks).toEqual([]);
    const answered = runGame(state, { type: 'confidence', confidence: 'fairly' }).state;
    expect(answered.round?.turns[0]?.answers.solo?.marks).toBeUndefined();
    expect(answered.round?.turns[0]?.gained.solo).toEqual({ base: 200, bonus: 0, clue: 0 });
  });

  it('before a category is chosen, or once revealed, marks change nothing', () => {
    const before = playing();
    expect(runGame(before, { type: 'toggle-mark', index: 3 }).state).toBe(before);
    const revealed = runGame(before, { type: 'choose', category: 'fact' }, { type: 'confidence', confidence: 'sure' }).state;
    expect(runGame(revealed, { type: 'toggle-mark', index: 3 }).state).toBe(revealed);
  });

  it('in class, the teacher marks the class’s proposal when the setup asks for it, and the reveal keeps it', () => {
    const setup = { teamNames: ['Lynx', 'Hiboux'], size: 'all' as const, seed: 1, clueStep: true };
    let { state } = runGame(gameState(defaultSettings('fr'), { classSetup: setup }), { type: 'start-class-round', teamNames: ['Lynx', 'Hiboux'] });
    ({ state } = runGame(state, { type: 'toggle-mark', index: 3 }, { type: 'choose', category: 'fact', playerId: 'team-1' }, { type: 'reveal' }));
    expect(state.round?.turns[0]?.marks).toEqual([3]);
    expect(state.marks).toEqual([]);
    const without = runGame(gameState(defaultSettings('fr'), { classSetup: { ...setup, clueStep: false } }), {
      type: 'start-class-round',
      teamNames: ['Lynx', 'Hiboux'],
    }).state;
    expect(runGame(without, { type: 'toggle-mark', index: 3 }).state).toBe(without);
  });
});
