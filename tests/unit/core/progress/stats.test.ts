import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../../../src/core/categories';
import type { AnswerRecord, Confidence, RoundRecord } from '../../../../src/core/progress/records';
import {
  accuracy,
  accuracyByCategory,
  articleMastery,
  balancedAccuracy,
  biasReadout,
  calibration,
  categoryAccuracyOverTime,
  cohensKappa,
  confidentMistakes,
  confusionMatrix,
  discrimination,
  personalBests,
  roundSummaries,
} from '../../../../src/core/progress/stats';
import { answerRecord } from '../../fixtures';

const answer = answerRecord;

function round(id: string, startedAt: string, answers: AnswerRecord[], score = 0, bestStreak = 0): RoundRecord {
  return { id, mode: 'play', startedAt, endedAt: startedAt, score, bestStreak, answers };
}

/** Each category is the key `n` times. */
function balancedKey(n: number, answerFor: (expected: Category, i: number) => Category): AnswerRecord[] {
  return CATEGORIES.flatMap((expected) => Array.from({ length: n }, (_, i) => answer(expected, answerFor(expected, i))));
}

describe('accuracy', () => {
  it('counts right answers, with a null rate when nothing was answered', () => {
    expect(accuracy([answer('fact', 'fact'), answer('fact', 'opinion'), answer('opinion', 'opinion')])).toEqual({
      answered: 3,
      right: 2,
      rate: 2 / 3,
    });
    expect(accuracy([])).toEqual({ answered: 0, right: 0, rate: null });
  });

  it('summarises each round, oldest first', () => {
    const late = round('b', '2025-02-01T10:00:00.000Z', [answer('fact', 'fact')], 40, 1);
    const early = round('a', '2025-01-01T10:00:00.000Z', [answer('fact', 'opinion'), answer('fact', 'fact')], 10, 1);
    const rows = roundSummaries([late, early]);
    expect(rows.map((r) => r.roundId)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ score: 10, answered: 2, right: 1, rate: 0.5 });
    expect(rows[1]).toMatchObject({ score: 40, answered: 1, right: 1, rate: 1 });
  });

  it('gives per-category recall per round for a chart, with null where a category did not come up', () => {
    const r1 = round('r1', '2025-01-01T10:00:00.000Z', [answer('fact', 'fact'), answer('opinion', 'fact')]);
    const r2 = round('r2', '2025-01-02T10:00:00.000Z', [answer('opinion', 'opinion')]);
    const points = categoryAccuracyOverTime([r2, r1]);
    expect(points.map((p) => p.roundId)).toEqual(['r1', 'r2']);
    expect(points[0]?.byCategory.fact).toEqual({ answered: 1, right: 1, rate: 1 });
    expect(points[0]?.byCategory.opinion).toEqual({ answered: 1, right: 0, rate: 0 });
    expect(points[0]?.byCategory.estimate.rate).toBeNull();
    expect(points[1]?.byCategory.opinion.rate).toBe(1);
    expect(points[1]?.byCategory.fact.rate).toBeNull();
  });
});

describe('confusion matrix', () => {
  it('counts expected (rows) × answered (columns) in the order of categories.ts', () => {
    const matrix = confusionMatrix([
      answer('fact', 'fact'),
      answer('fact', 'propaganda'),
      answer('fact', 'propaganda'),
      answer('estimate', 'fact'),
      answer('propaganda', 'opinion'),
    ]);
    expect(matrix.categories).toEqual(['fact', 'estimate', 'opinion', 'propaganda']);
    expect(matrix.counts).toEqual([
      [1, 0, 0, 2],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
  });
});

describe('per-article mastery', () => {
  it('counts answers and excerpts whose latest answer is right, per article', () => {
    const answers = [
      answer('fact', 'opinion', { excerptId: '001-01', articleId: '001', at: '2025-01-01T10:00:00.000Z' }),
      answer('fact', 'fact', { excerptId: '001-01', articleId: '001', at: '2025-01-02T10:00:00.000Z' }),
      answer('opinion', 'opinion', { excerptId: '001-02', articleId: '001', at: '2025-01-01T10:00:00.000Z' }),
      answer('opinion', 'fact', { excerptId: '001-02', articleId: '001', at: '2025-01-03T10:00:00.000Z' }),
      answer('estimate', 'estimate', { excerptId: '000-01', articleId: '000' }),
    ];
    expect(articleMastery(answers)).toEqual([
      { articleId: '000', answered: 1, right: 1, rate: 1, excerptsSeen: 1, excerptsMastered: 1 },
      { articleId: '001', answered: 4, right: 2, rate: 0.5, excerptsSeen: 2, excerptsMastered: 1 },
    ]);
  });
});

describe('personal bests', () => {
  it('takes the highest score and streak over rounds, 0 with no rounds', () => {
    expect(personalBests([])).toEqual({ bestScore: 0, bestStreak: 0 });
    expect(personalBests([round('a', '2025-01-01T10:00:00.000Z', [], 30, 5), round('b', '2025-01-02T10:00:00.000Z', [], 50, 2)])).toEqual({
      bestScore: 50,
      bestStreak: 5,
    });
  });
});

describe('bias readout', () => {
  it('shows a player who calls too much propaganda, in points, as data', () => {
    // Key: 5 of each. The player turns 3 facts and 2 opinions into propaganda.
    const answers = balancedKey(5, (expected, i) => ((expected === 'fact' && i < 3) || (expected === 'opinion' && i < 2) ? 'propaganda' : expected));
    const bias = biasReadout(answers);
    const byCategory = Object.fromEntries(bias.map((b) => [b.category, b]));
    expect(bias.map((b) => b.category)).toEqual([...CATEGORIES]);
    expect(byCategory.propaganda).toMatchObject({ answeredCount: 10, keyCount: 5, answeredShare: 0.5, keyShare: 0.25, points: 25, tendency: 'over' });
    expect(byCategory.fact).toMatchObject({ answeredCount: 2, keyCount: 5, points: -15, tendency: 'under' });
    expect(byCategory.opinion).toMatchObject({ points: -10, tendency: 'under' });
    expect(byCategory.estimate).toMatchObject({ points: 0, tendency: 'balanced' });
  });

  it('does not call a gap a tendency on too few answers or below the threshold', () => {
    const few = [answer('fact', 'propaganda'), answer('opinion', 'propaganda')];
    expect(biasReadout(few).every((b) => b.tendency === 'balanced')).toBe(true);
    expect(biasReadout(few, { minAnswers: 1 }).find((b) => b.category === 'propaganda')?.tendency).toBe('over');
    expect(biasReadout([]).every((b) => b.points === 0 && b.answeredShare === 0)).toBe(true);
  });
});

describe('discrimination scores', () => {
  it('cannot be gamed by always giving the same answer (balanced key)', () => {
    const alwaysPropaganda = balancedKey(5, () => 'propaganda');
    expect(accuracy(alwaysPropaganda).rate).toBe(0.25);
    expect(cohensKappa(alwaysPropaganda)).toBe(0);
    expect(balancedAccuracy(alwaysPropaganda)).toBe(0.25);
  });

  it('cannot be gamed either when the key leans towards the favourite answer', () => {
    // Key: 10 propaganda, 2 of each other category; a player who always says propaganda gets 62.5 % raw.
    const answers = [
      ...Array.from({ length: 10 }, () => answer('propaganda', 'propaganda')),
      ...(['fact', 'estimate', 'opinion'] as const).flatMap((c) => [answer(c, 'propaganda'), answer(c, 'propaganda')]),
    ];
    expect(accuracy(answers).rate).toBeCloseTo(10 / 16);
    expect(cohensKappa(answers)).toBe(0);
    expect(balancedAccuracy(answers)).toBe(0.25);
  });

  it('rewards real discrimination: perfect is 1, and one error per category lowers both', () => {
    const perfect = balancedKey(4, (expected) => expected);
    expect(cohensKappa(perfect)).toBe(1);
    expect(balancedAccuracy(perfect)).toBe(1);
    const oneWrongEach = balancedKey(4, (expected, i) => (i === 0 ? (expected === 'fact' ? 'opinion' : 'fact') : expected));
    expect(balancedAccuracy(oneWrongEach)).toBe(0.75);
    // po = 0.75; answered shares: fact 6/16, estimate 3/16, opinion 4/16, propaganda 3/16; key shares 1/4 each → pe = 0.25.
    expect(cohensKappa(oneWrongEach)).toBeCloseTo((0.75 - 0.25) / 0.75);
  });

  it('scores worse than chance below 0, and only averages over categories that occur', () => {
    const swapped = [answer('fact', 'opinion'), answer('opinion', 'fact')];
    expect(cohensKappa(swapped)).toBe(-1);
    expect(balancedAccuracy([answer('fact', 'fact'), answer('opinion', 'fact')])).toBe(0.5);
  });

  it('is null when undefined: no answers, or key and answers all the same category', () => {
    expect(cohensKappa([])).toBeNull();
    expect(balancedAccuracy([])).toBeNull();
    expect(cohensKappa([answer('fact', 'fact'), answer('fact', 'fact')])).toBeNull();
    expect(discrimination([])).toEqual({ answered: 0, accuracy: null, balancedAccuracy: null, kappa: null });
  });

  it('recall per category matches the confusion matrix diagonal', () => {
    const answers = balancedKey(3, (expected, i) => (i === 0 ? 'estimate' : expected));
    const recall = accuracyByCategory(answers);
    const matrix = confusionMatrix(answers);
    CATEGORIES.forEach((category, index) => {
      expect(recall[category].right).toBe(matrix.counts[index]?.[index]);
    });
  });
});

describe('calibration', () => {
  it('counts answers and right answers per confidence level, ignoring unrated answers', () => {
    const rated = (confidence: Confidence, right: boolean) => answer('fact', right ? 'fact' : 'opinion', { confidence });
    const answers = [rated('sure', true), rated('sure', true), rated('sure', false), rated('unsure', false), answer('fact', 'fact')];
    expect(calibration(answers)).toEqual([
      { confidence: 'unsure', answered: 1, right: 0, rate: 0 },
      { confidence: 'fairly', answered: 0, right: 0, rate: null },
      { confidence: 'sure', answered: 3, right: 2, rate: 2 / 3 },
    ]);
    expect(confidentMistakes(answers)).toHaveLength(1);
  });
});
