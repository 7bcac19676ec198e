import { describe, expect, it } from 'vitest';
import type { ArticleId, ContentBundle, Excerpt } from '../../../src/core/content/schema';
import type { GameState } from '../../../src/core/game';
import { defaultSettings } from '../../../src/core/progress/records';
import { stageKey, stageModel } from '../../../src/core/stage-model';
import { fixtureContent, gameState, runnerFor, type TestAction } from '../fixtures';

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

const dossierRecord = { stars: { accuracy: false, clues: false, calibration: false }, bestRight: 0, plays: 1, firstAt: at, lastAt: at };

/** The menu of a profile that has finished the dossier rounds of `finished`. */
function menuHaving(finished: ArticleId[]): GameState {
  const state = gameState({ ...defaultSettings('fr'), confidence: false, clueStep: false });
  if (finished.length === 0) return state;
  const dossiers = Object.fromEntries(finished.map((article) => [article, dossierRecord]));
  return { ...state, profile: { ...state.profile, career: { rank: 0, dossiers } } };
}

/** Plays the dossier of `article` through, every answer right. */
function playDossier(state: GameState, article: ArticleId): GameState {
  const actions: TestAction[] = [{ type: 'start-dossier', article }];
  for (const excerpt of content.excerpts.filter((e) => e.article === article))
    actions.push({ type: 'choose', category: excerpt.category, at }, { type: 'next', at });
  return run(state, ...actions).state;
}

describe('moments', () => {
  it('a dossier finished for the first time has its moment on the results, keyed by the round', () => {
    const results = playDossier(menuHaving([]), '000');
    expect(results.screen).toBe('results');
    const moment = stageModel(results, false, content).moment;
    expect(moment).toMatchObject({ kind: 'dossier-complete', articles: ['000'] });
    expect(moment?.key).toContain(results.round?.id ?? 'no round');
  });

  it('has no moment for a dossier replayed, for a round that is not a dossier, nor outside the results', () => {
    expect(stageModel(playDossier(menuHaving(['000']), '000'), false, content).moment).toBeNull();
    const round = run(
      menuHaving([]),
      { type: 'start-round', mode: 'play', excerptIds: ['000-01'] },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
    ).state;
    expect(round.screen).toBe('results');
    expect(stageModel(round, false, content).moment).toBeNull();
    const playing = run(menuHaving([]), { type: 'start-dossier', article: '001' }).state;
    expect(stageModel(playing, false, content).moment).toBeNull();
  });
});

describe('the board on the stage', () => {
  it('is drawn on the board screen only, from the dossiers completed', () => {
    const menu = menuHaving(['000', '001']);
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
