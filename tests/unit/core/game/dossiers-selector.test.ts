import { describe, expect, it } from 'vitest';
import { careerMoment, completedDossiers, roundStarChecks, viewerAnsweredIds } from '../../../../src/core/game';
import { appendRoundRecord } from '../../../../src/core/progress/merge';
import { defaultSettings, emptyProfileData, type RoundRecord } from '../../../../src/core/progress/records';
import { fixtureContent, gameState, runnerFor } from '../../fixtures';

const at = '2026-01-01T10:00:00.000Z';
const excerpts = [
  { id: '004-02', article: '004' as const },
  { id: '004-01', article: '004' as const },
  { id: '001-12', article: '001' as const },
];
const content = fixtureContent([
  { id: '004-02', category: 'estimate' },
  { id: '004-01', category: 'fact' },
  { id: '001-12', category: 'estimate' },
]);
const run = runnerFor(content);

describe('a dossier round and completedDossiers', () => {
  it('deals the article in reading order; finishing it completes the dossier, with its stars and a moment to show', () => {
    const settings = { ...defaultSettings('fr'), confidence: true, clueStep: true };
    const fresh = gameState(settings);
    expect([...completedDossiers(fresh, excerpts)]).toEqual([]);
    const started = run(fresh, { type: 'start-dossier', article: '004' }).state;
    expect(started.screen).toBe('play');
    expect(started.round).toMatchObject({ mode: 'dossier', excerptIds: ['004-01', '004-02'] });
    const { state } = run(
      started,
      // 004-01 (fact): right, the clue word marked, "sure".
      { type: 'choose', category: 'fact', at },
      { type: 'toggle-mark', index: 3 },
      { type: 'confirm-marks' },
      { type: 'confidence', confidence: 'sure', at },
      { type: 'next', at },
      // 004-02 (estimate): wrong, no mark, "unsure".
      { type: 'choose', category: 'opinion', at },
      { type: 'skip-marks' },
      { type: 'confidence', confidence: 'unsure', at },
      { type: 'next', at },
    );
    expect(state.screen).toBe('results');
    expect([...completedDossiers(state, excerpts)]).toEqual(['004']);
    // 1 right in 2: no accuracy star (2 needed); clue found on 1 right answer (ceil(0.6 × 2) = 2 needed); 1 committed of 1 needed, right.
    expect(state.profile.career?.dossiers['004']?.stars).toEqual({ accuracy: false, clues: false, calibration: true });
    expect(roundStarChecks(state.round)?.map((c) => [c.star, c.earned])).toEqual([
      ['accuracy', false],
      ['clues', false],
      ['calibration', true],
    ]);
    expect(careerMoment(state)).toEqual({
      roundId: state.round?.id,
      rankUp: null,
      dossier: { article: '004', earned: ['calibration'], newStars: ['calibration'], firstTime: true },
    });
    // The moment belongs to those results: not on the menu.
    expect(careerMoment(run(state, { type: 'navigate', screen: 'menu' }).state)).toBeNull();
  });

  it('does not count an article whose excerpts were all answered in normal rounds: only a dossier round completes it', () => {
    const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
    const { state } = run(
      gameState(settings),
      { type: 'start-round', mode: 'play', excerptIds: ['001-12'] },
      { type: 'choose', category: 'estimate', at },
      { type: 'next', at },
    );
    expect(state.screen).toBe('results');
    expect([...completedDossiers(state, excerpts)]).toEqual([]);
    expect(roundStarChecks(state.round)).toBeNull();
    expect(careerMoment(state)).toBeNull();
  });

  it('deals nothing for an article without excerpts', () => {
    const fresh = gameState(defaultSettings('fr'));
    expect(run(fresh, { type: 'start-dossier', article: '002' }).state).toBe(fresh);
  });

  it('says a rank-up in the moment of the round that brought it', () => {
    // 39 answers, all right and "sure", in a dossier with stars: one answer short of the first rank's 40.
    const record: RoundRecord = {
      id: 'old',
      mode: 'dossier',
      startedAt: '2025-12-01T10:00:00.000Z',
      endedAt: '2025-12-01T10:00:00.000Z',
      score: 0,
      bestStreak: 0,
      answers: Array.from({ length: 39 }, (_, i) => ({
        excerptId: `004-${String(i + 1).padStart(2, '0')}`,
        articleId: '004',
        expected: 'fact' as const,
        answered: 'fact' as const,
        confidence: 'sure' as const,
        at: '2025-12-01T10:00:00.000Z',
      })),
    };
    const profile = appendRoundRecord(emptyProfileData('default'), record);
    expect(profile.career?.rank).toBe(0);
    const settings = { ...defaultSettings('fr'), confidence: true, clueStep: false };
    const { state } = run(
      gameState(settings, { profile }),
      { type: 'start-round', mode: 'play', excerptIds: ['004-01'] },
      { type: 'choose', category: 'fact', at },
      { type: 'confidence', confidence: 'sure', at },
      { type: 'next', at },
    );
    expect(state.profile.career?.rank).toBe(1);
    expect(careerMoment(state)).toEqual({ roundId: state.round?.id, rankUp: 1, dossier: null });
  });

  it('opens the article at the excerpt while answering in a dossier (not in other rounds), without giving its answer away', () => {
    const settings = { ...defaultSettings('fr'), confidence: false, clueStep: false };
    // 004-01 answered once before, in a normal round: its answer is known, so the viewer would mark it.
    const before = run(
      gameState(settings),
      { type: 'start-round', mode: 'play', excerptIds: ['004-01'] },
      { type: 'choose', category: 'fact', at },
      { type: 'next', at },
    ).state;
    const playing = run(before, { type: 'start-round', mode: 'play', excerptIds: ['004-01'] }).state;
    expect(run(playing, { type: 'open-viewer', articleId: '004', focusExcerptId: '004-01' }).state.viewer).toBeNull();
    const dossier = run(before, { type: 'start-dossier', article: '004' }).state;
    const viewing = run(dossier, { type: 'open-viewer', articleId: '004', focusExcerptId: '004-01' }).state;
    expect(viewing.viewer).toMatchObject({ articleId: '004', focusExcerptId: '004-01' });
    expect(viewerAnsweredIds(viewing).has('004-01')).toBe(false);
    // While the viewer is open the round does not move; once answered, its answer shows again.
    expect(run(viewing, { type: 'choose', category: 'fact', at }).state).toBe(viewing);
    const answered = run(viewing, { type: 'close-viewer' }, { type: 'choose', category: 'fact', at }).state;
    expect(viewerAnsweredIds(answered).has('004-01')).toBe(true);
  });
});
