import { describe, expect, it } from 'vitest';
import { dossierExcerptIds } from '../../../../src/core/career/dossiers';
import { classDeal, parseClassSetup } from '../../../../src/core/classroom';
import type { ArticleId, ContentBundle } from '../../../../src/core/content/schema';
import { boardSource } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { stageBoard } from '../../../../src/core/stage-board';
import { AT, fixtureArticle, fixtureContent, gameState, runnerFor } from '../../fixtures';

// Article 001's excerpts listed out of reading order, among others': the dossier must put them back in order.
const base = fixtureContent([
  { id: '001-03', category: 'opinion' },
  { id: '000-01', category: 'fact' },
  { id: '001-01', category: 'fact' },
  { id: '002-01', category: 'estimate' },
  { id: '001-02', category: 'propaganda' },
]);
const content: ContentBundle = {
  articles: (['000', '001', '002'] as ArticleId[]).map((id) => fixtureArticle(id, ['x'])),
  excerpts: base.excerpts.map((e) => ({ ...e, related: [], position: { block: Number(e.id.slice(4)), offset: 0 } })),
};
const run = runnerFor(content);
const setup = { teamNames: ['Lynx', 'Hiboux'], size: 5 as const, seed: 7, clueStep: false, dossier: '001' as const };

describe('a dossier played by a class', () => {
  it('deals the article’s excerpts in the order of the text, whatever the seed or size', () => {
    expect(classDeal(content, setup)).toEqual(['001-01', '001-02', '001-03']);
    expect(classDeal(content, { ...setup, seed: 99, size: 'all' })).toEqual(dossierExcerptIds(content, '001'));
    // A saved setup keeps its dossier; a damaged one is refused rather than played as something else.
    expect(parseClassSetup(setup)?.dossier).toBe('001');
    expect(parseClassSetup({ ...setup, dossier: '1' })).toBeNull();
  });

  it('is played as the class round, and its board shows the article played without touching the career', () => {
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    let { state } = run(start, { type: 'start-class-round', teamNames: ['Lynx', 'Hiboux'] });
    expect(state.round?.mode).toBe('class');
    expect(state.round?.excerptIds).toEqual(['001-01', '001-02', '001-03']);
    for (let i = 0; i < 2; i++) {
      ({ state } = run(state, { type: 'choose', category: 'fact', playerId: 'team-1', at: AT }, { type: 'reveal' }, { type: 'next', at: AT }));
    }
    ({ state } = run(state, { type: 'class-finish-early' }));
    expect(state.screen).toBe('results');

    ({ state } = run(state, { type: 'navigate', screen: 'board' }));
    expect(state.screen).toBe('board');
    expect(boardSource(state, content.excerpts)).toMatchObject({ completed: new Set(['001']), classRound: true });
    expect(stageBoard(state, content)?.clippings.map((c) => c.id)).toEqual(['001-01', '001-02', '001-03']);
    expect(state.profile.career).toBe(start.profile.career);
    expect(state.profile.career?.dossiers ?? {}).toEqual({});

    // Back at the menu, the board is the player's own again: nothing of the class round is pinned.
    ({ state } = run(state, { type: 'close-screen' }, { type: 'navigate', screen: 'board' }));
    expect(stageBoard(state, content)?.clippings).toEqual([]);
  });
});
