import { describe, expect, it } from 'vitest';
import { type StarAnswer, dossierExcerptIds, dossierRound, starChecks, starsEarned } from '../../../../src/core/career/dossiers';
import type { Category } from '../../../../src/core/categories';
import { fixtureContent } from '../../fixtures';

/** n answers of which `right` are right; every answer with the given extras. */
function answers(n: number, right: number, extra: Partial<StarAnswer> = {}): StarAnswer[] {
  return Array.from({ length: n }, (_, i) => ({
    expected: 'fact' as Category,
    answered: (i < right ? 'fact' : 'opinion') as Category,
    marks: [3],
    clueFound: i < right,
    confidence: 'sure' as const,
    ...extra,
  }));
}

describe('dossier stars', () => {
  it('gives the accuracy star from 8 right in 10, not 7', () => {
    expect(starsEarned(answers(10, 8)).accuracy).toBe(true);
    expect(starsEarned(answers(10, 7)).accuracy).toBe(false);
    // 14 excerpts: 0.8 × 14 = 11.2, so 12 are needed.
    expect(starChecks(answers(14, 11))[0]).toMatchObject({ earned: false, right: 11, need: 12 });
    expect(starChecks(answers(14, 12))[0]).toMatchObject({ earned: true });
  });

  it('gives the clue star for right answers whose marks found a clue, on 6 in 10', () => {
    expect(starsEarned(answers(10, 6)).clues).toBe(true);
    expect(starsEarned(answers(10, 5)).clues).toBe(false);
    // Clues found on wrong answers do not count: the star is for reading the clue that decides.
    const wrongButFound = answers(10, 5).map((a) => ({ ...a, clueFound: true }));
    expect(starChecks(wrongButFound)[1]).toMatchObject({ earned: false, found: 5, need: 6 });
  });

  it('cannot give the clue star when the clue step was off, and says so', () => {
    const noMarks = answers(10, 10).map(({ marks: _m, clueFound: _c, ...rest }) => rest);
    expect(starChecks(noMarks)[1]).toMatchObject({ earned: false, stepOff: true });
  });

  it('gives the calibration star when "sure" or "fairly sure" is said on half the excerpts and 3 in 4 of them are right', () => {
    // 10 excerpts: 6 said sure (5 right), 4 unsure: committed 6 ≥ 5, right 5 ≥ ceil(0.75 × 6) = 5.
    const calibrated = answers(10, 5).map((a, i) => ({ ...a, confidence: i < 5 || i === 9 ? ('sure' as const) : ('unsure' as const) }));
    expect(starChecks(calibrated)[2]).toMatchObject({ earned: true, committed: 6, committedRight: 5 });
    // Always "sure" while right 7 in 10: 7 < ceil(0.75 × 10) = 8.
    expect(starChecks(answers(10, 7))[2]).toMatchObject({ earned: false, committed: 10, committedRight: 7, needRight: 8 });
    // Always "unsure", even when right: no commitment, no star.
    expect(starChecks(answers(10, 10, { confidence: 'unsure' }))[2]).toMatchObject({ earned: false, committed: 0, needCommitted: 5 });
    // "Fairly sure" counts as committing.
    expect(starsEarned(answers(8, 8, { confidence: 'fairly' })).calibration).toBe(true);
  });

  it('cannot give the calibration star when the certainty question was off', () => {
    const unrated = answers(10, 10).map(({ confidence: _c, ...rest }) => rest);
    expect(starChecks(unrated)[2]).toMatchObject({ earned: false, stepOff: true });
  });

  it('gives no star for no answer', () => {
    expect(starsEarned([])).toEqual({ accuracy: false, clues: false, calibration: false });
  });
});

describe('dossier rounds', () => {
  const content = fixtureContent([
    { id: '003-02', category: 'fact' },
    { id: '001-01', category: 'opinion' },
    { id: '003-01', category: 'estimate' },
    { id: '003-10', category: 'propaganda' },
  ]);

  it('deal every excerpt of the article in reading order (ids are numbered in the order of the text)', () => {
    expect(dossierExcerptIds(content, '003')).toEqual(['003-01', '003-02', '003-10']);
    const round = dossierRound(content, '003', { at: '2026-01-01T00:00:00.000Z', seed: 7 });
    expect(round).toMatchObject({ mode: 'dossier', excerptIds: ['003-01', '003-02', '003-10'], expected: ['estimate', 'fact', 'propaganda'] });
    expect(dossierRound(content, '002', { at: '2026-01-01T00:00:00.000Z', seed: 7 })).toBeNull();
  });
});
