import { describe, expect, it } from 'vitest';
import type { ContentBundle, Excerpt } from '../../../src/core/content/schema';
import type { GameState } from '../../../src/core/game';
import { defaultSettings } from '../../../src/core/progress/records';
import { dossiersCompletedByRound } from '../../../src/core/stage-board';
import { stageKey, stageModel } from '../../../src/core/stage-model';
import { answerRecord, fixtureContent, gameState, runnerFor, type TestAction } from '../fixtures';

const at = '2026-03-01T09:00:00.000Z';
const dealt = [
  { id: '000-01', category: 'fact' as const },
  { id: '000-02', category: 'opinion' as const },
  { id: '001-01', category: 'estimate' as const },
];
// Two dossiers: 000 (two excerpts) and 001 (one), with a string between 000-02 and 001-01.
const base = fixtureContent(dealt);
const content: ContentBundle = {
  articles: [{ id: '000' }, { id: '001' }] as ContentBundle['articles'],
  excerpts: base.excerpts.map(
    (e, i) =>
      ({
        ...e,
        position: { block: i, offset: 0 },
        related: e.id === '000-02' ? [{ id: '001-01', relation: 'differs' }] : [],
      }) as Excerpt,
  ),
};
const run = runnerFor(content);

function menuHaving(played: string[]): GameState {
  const state = gameState({ ...defaultSettings('fr'), confidence: false, clueStep: false });
  const answers = played.map((id) => ({ ...answerRecord('fact', 'fact'), excerptId: id, articleId: id.slice(0, 3) }));
  const rounds = answers.length ? [{ id: 'old', mode: 'play' as const, startedAt: at, endedAt: at, score: 0, bestStreak: 0, answers }] : [];
  return { ...state, profile: { ...state.profile, rounds } };
}

function playAll(state: GameState, ids: string[]): GameState {
  const actions: TestAction[] = [{ type: 'start-round', mode: 'play', excerptIds: ids }];
  for (const id of ids) actions.push({ type: 'choose', category: dealt.find((d) => d.id === id)?.category ?? 'fact', at }, { type: 'next', at });
  return run(state, ...actions).state;
}

describe('moments', () => {
  it('a round that completes two dossiers has its moment on the results, once per round', () => {
    const results = playAll(menuHaving([]), ['000-01', '000-02', '001-01']);
    expect(results.screen).toBe('results');
    const moment = stageModel(results, false, content).moment;
    expect(moment).toMatchObject({ kind: 'dossier-complete', articles: ['000', '001'] });
    expect(moment?.key).toContain(results.round?.id ?? 'no round');
  });

  it('counts only the dossiers this round completed, not those completed before it', () => {
    const results = playAll(menuHaving(['000-01', '000-02']), ['001-01']);
    expect(dossiersCompletedByRound(results, content.excerpts)).toEqual(['001']);
  });

  it('has no moment when the round completes nothing, nor outside the results', () => {
    const results = playAll(menuHaving([]), ['000-01']);
    expect(stageModel(results, false, content).moment).toBeNull();
    const playing = run(menuHaving([]), { type: 'start-round', mode: 'play', excerptIds: ['000-01'] }).state;
    expect(stageModel(playing, false, content).moment).toBeNull();
  });
});

describe('the board on the stage', () => {
  it('is drawn on the board screen only, from the dossiers completed', () => {
    const menu = menuHaving(['000-01', '000-02', '001-01']);
    expect(stageModel(menu, false, content).board).toBeNull();
    const board = run(menu, { type: 'navigate', screen: 'board' }).state;
    const model = stageModel(board, false, content);
    expect(model.board?.dossiers).toEqual(['000', '001']);
    expect(model.board?.strings.map((s) => [s.id, s.relation])).toEqual([['000-02~001-01', 'differs']]);
    // A newcomer's board is another drawing: the key changes with the dossiers completed.
    const empty = run(menuHaving([]), { type: 'navigate', screen: 'board' }).state;
    expect(stageKey(stageModel(empty, false, content))).not.toBe(stageKey(model));
    expect(stageModel(empty, false, content).board?.clippings).toEqual([]);
  });
});
