/** What a dossier's next star needs: worked out from the star rules, and agreeing with them. */
import { describe, expect, it } from 'vitest';
import {
  ACCURACY_STAR_SHARE,
  CALIBRATION_COMMITTED_SHARE,
  CALIBRATION_RIGHT_SHARE,
  CLUES_STAR_SHARE,
  type StarAnswer,
  starsEarned,
} from '../../../../src/core/career/dossiers';
import { dossierBest, nextStar, shareFraction, starRuleFractions } from '../../../../src/core/career/next-star';
import type { AnswerRecord, RoundRecord } from '../../../../src/core/progress/records';

const ON = { clueStep: true, confidence: true };
const NONE = { accuracy: false, clues: false, calibration: false };
const at = '2025-01-01T10:00:00.000Z';

function answer(article: string, i: number, right: boolean, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    excerptId: `${article}-${String(i).padStart(2, '0')}`,
    articleId: article,
    expected: 'fact',
    answered: right ? 'fact' : 'opinion',
    at,
    ...extra,
  };
}
function round(mode: RoundRecord['mode'], answers: AnswerRecord[]): RoundRecord {
  return { id: `r-${Math.random()}`, mode, startedAt: at, endedAt: at, score: 0, bestStreak: 0, answers };
}

describe('shareFraction', () => {
  it('says a share in tenths when they are whole, else in the smallest denominator', () => {
    expect(shareFraction(0.8)).toEqual({ num: 8, den: 10 });
    expect(shareFraction(0.5)).toEqual({ num: 5, den: 10 });
    expect(shareFraction(0.75)).toEqual({ num: 3, den: 4 });
    expect(shareFraction(2 / 3)).toEqual({ num: 2, den: 3 });
  });
  it('gives back the rules’ own shares', () => {
    const f = starRuleFractions();
    expect(f.accuracy.num / f.accuracy.den).toBeCloseTo(ACCURACY_STAR_SHARE, 9);
    expect(f.clues.num / f.clues.den).toBeCloseTo(CLUES_STAR_SHARE, 9);
    expect(f.committed.num / f.committed.den).toBeCloseTo(CALIBRATION_COMMITTED_SHARE, 9);
    expect(f.committedRight.num / f.committedRight.den).toBeCloseTo(CALIBRATION_RIGHT_SHARE, 9);
  });
});

describe('dossierBest', () => {
  it('keeps the best right answers and clues over the dossier’s own rounds only', () => {
    const rounds = [
      round('dossier', [
        answer('002', 1, true, { marks: [1], clueFound: true }),
        answer('002', 2, true, { marks: [], clueFound: false }),
        answer('002', 3, false, { marks: [2], clueFound: true }),
      ]),
      round('dossier', [answer('002', 1, true, { marks: [1], clueFound: true }), answer('002', 2, false, { marks: [1], clueFound: true })]),
      // Not this dossier, or not a dossier round: ignored.
      round('dossier', [
        answer('003', 1, true, { marks: [1], clueFound: true }),
        answer('003', 2, true, { marks: [1], clueFound: true }),
        answer('003', 3, true, { marks: [1], clueFound: true }),
      ]),
      round('play', [
        answer('002', 1, true, { marks: [1], clueFound: true }),
        answer('002', 2, true, { marks: [1], clueFound: true }),
        answer('002', 3, true, { marks: [1], clueFound: true }),
      ]),
    ];
    // A clue on a wrong answer does not count (as the star rule says).
    expect(dossierBest(rounds, '002')).toEqual({ right: 2, found: 1 });
    // The record's best score counts even when its rounds have left the history.
    expect(dossierBest([], '002', 7)).toEqual({ right: 7, found: null });
  });
  it('knows no clue figure from rounds played with the clue step off', () => {
    expect(dossierBest([round('dossier', [answer('002', 1, true)])], '002')).toEqual({ right: 1, found: null });
  });
});

describe('nextStar', () => {
  it('asks a dossier never played for the accuracy star, in whole figures of its size', () => {
    expect(nextStar(10, null, { right: null, found: null }, ON)).toEqual({ star: 'accuracy', need: 8, total: 10, more: null });
    expect(nextStar(9, null, { right: null, found: null }, ON)).toEqual({ star: 'accuracy', need: 8, total: 9, more: null });
  });
  it('says how many more than the best play', () => {
    expect(nextStar(10, NONE, { right: 5, found: 2 }, ON)).toEqual({ star: 'accuracy', need: 8, total: 10, more: 3 });
    expect(nextStar(10, { ...NONE, accuracy: true }, { right: 9, found: 4 }, ON)).toEqual({
      star: 'clues',
      need: 6,
      total: 10,
      more: 2,
      stepOff: false,
    });
    expect(nextStar(10, { accuracy: true, clues: true, calibration: false }, { right: 9, found: 7 }, ON)).toEqual({
      star: 'calibration',
      needCommitted: 5,
      needRight: 4,
      total: 10,
      stepOff: false,
    });
    expect(nextStar(10, { accuracy: true, clues: true, calibration: true }, { right: 10, found: 10 }, ON)).toBeNull();
  });
  it('prefers a star the settings let the player earn, and says when a step is off', () => {
    const accurate = { ...NONE, accuracy: true };
    expect(nextStar(10, accurate, { right: 9, found: null }, { clueStep: false, confidence: true })?.star).toBe('calibration');
    expect(nextStar(10, { ...accurate, calibration: true }, { right: 9, found: null }, { clueStep: false, confidence: true })).toMatchObject({
      star: 'clues',
      stepOff: true,
    });
  });
  it('names needs that, met in a play, earn the star (and one fewer does not)', () => {
    for (const total of [1, 4, 9, 13, 14, 17]) {
      const next = nextStar(total, NONE, { right: null, found: null }, ON);
      if (next?.star !== 'accuracy') throw new Error('accuracy first');
      const play = (rightCount: number): StarAnswer[] =>
        Array.from({ length: total }, (_, i) => ({
          expected: 'fact',
          answered: i < rightCount ? 'fact' : 'opinion',
          confidence: 'unsure',
          marks: [],
        }));
      expect(starsEarned(play(next.need)).accuracy).toBe(true);
      expect(starsEarned(play(next.need - 1)).accuracy).toBe(false);

      const clues = nextStar(total, { ...NONE, accuracy: true }, { right: total, found: 0 }, ON);
      if (clues?.star !== 'clues') throw new Error('clues next');
      const found = (n: number): StarAnswer[] =>
        Array.from({ length: total }, (_, i) => ({ expected: 'fact', answered: 'fact', confidence: 'unsure', marks: [0], clueFound: i < n }));
      expect(starsEarned(found(clues.need)).clues).toBe(true);
      expect(starsEarned(found(clues.need - 1)).clues).toBe(false);

      const calibration = nextStar(total, { ...NONE, accuracy: true, clues: true }, { right: total, found: total }, ON);
      if (calibration?.star !== 'calibration') throw new Error('calibration next');
      const committed = (n: number, rightOf: number): StarAnswer[] =>
        Array.from({ length: total }, (_, i) => ({
          expected: 'fact',
          answered: i < rightOf || i >= n ? 'fact' : 'opinion',
          confidence: i < n ? 'sure' : 'unsure',
          marks: [],
        }));
      expect(starsEarned(committed(calibration.needCommitted, calibration.needRight)).calibration).toBe(true);
      expect(starsEarned(committed(calibration.needCommitted, calibration.needRight - 1)).calibration).toBe(false);
      if (calibration.needCommitted > 1)
        expect(starsEarned(committed(calibration.needCommitted - 1, calibration.needCommitted - 1)).calibration).toBe(false);
    }
  });
  it('asks nothing of a dossier with no excerpt', () => {
    expect(nextStar(0, null, { right: null, found: null }, ON)).toBeNull();
  });
});
