import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../../../src/core/progress/leitner';
import { emptyProfileData, type ProfileData, type RoundRecord } from '../../../../src/core/progress/records';
import { REVIEW_NEW_EXCERPTS, reviewDeal } from '../../../../src/core/progress/review-deal';
import { discernmentHalves } from '../../../../src/core/progress/stats';
import { answerRecord } from '../../fixtures';

const at = '2026-02-01T10:00:00.000Z';
const now = new Date('2026-02-01T11:00:00.000Z');
const candidates = [
  { id: '000-01', category: 'estimate' as const },
  { id: '000-02', category: 'estimate' as const },
  { id: '000-03', category: 'estimate' as const },
  { id: '000-04', category: 'estimate' as const },
  { id: '000-05', category: 'estimate' as const },
  { id: '001-01', category: 'fact' as const },
  { id: '001-02', category: 'opinion' as const },
];

/** A profile that took the estimate 000-01 for a fact: one card due, estimates confused. */
function confusedProfile(): ProfileData {
  const round: RoundRecord = {
    id: 'r1',
    mode: 'play',
    startedAt: at,
    endedAt: at,
    score: 0,
    bestStreak: 0,
    answers: [
      { excerptId: '000-01', articleId: '000', expected: 'estimate', answered: 'fact', at },
      { excerptId: '001-01', articleId: '001', expected: 'fact', answered: 'fact', at },
    ],
  };
  return { ...emptyProfileData('p'), rounds: [round], leitner: recordAnswer({}, '000-01', false, new Date(at), 'play') };
}

describe('review deal', () => {
  it('mixes the due mistakes with unseen excerpts of the category the player confuses', () => {
    const ids = reviewDeal(confusedProfile(), candidates, { now, seed: 3, size: 10 });
    expect(ids).toContain('000-01');
    const fresh = ids.filter((id) => id !== '000-01');
    expect(fresh).toHaveLength(REVIEW_NEW_EXCERPTS);
    expect(fresh.every((id) => candidates.find((c) => c.id === id)?.category === 'estimate')).toBe(true);
    expect(fresh).not.toContain('001-01');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('deals nothing when nothing is due, and keeps within the size', () => {
    expect(reviewDeal(emptyProfileData('p'), candidates, { now, seed: 3, size: 10 })).toEqual([]);
    expect(reviewDeal(confusedProfile(), candidates, { now, seed: 3, size: 2 })).toHaveLength(2);
    expect(reviewDeal(confusedProfile(), candidates, { now, seed: 3, size: 1 })).toEqual(['000-01']);
  });
});

describe('both halves of discernment', () => {
  it('count solid items accepted as checkable and views caught as views, whatever the exact category', () => {
    const halves = discernmentHalves([
      answerRecord('fact', 'estimate'), // solid, accepted (wrong category, right side)
      answerRecord('estimate', 'opinion'), // solid, doubted
      answerRecord('opinion', 'propaganda'), // view, caught
      answerRecord('propaganda', 'fact'), // view, believed
      answerRecord('opinion', 'opinion'),
    ]);
    expect(halves.acceptedSolid).toEqual({ answered: 2, right: 1, rate: 0.5 });
    expect(halves.caughtUnsound).toEqual({ answered: 3, right: 2, rate: 2 / 3 });
    expect(discernmentHalves([])).toEqual({
      acceptedSolid: { answered: 0, right: 0, rate: null },
      caughtUnsound: { answered: 0, right: 0, rate: null },
    });
  });
});
