import { describe, expect, it } from 'vitest';
import { lineRuns, pathThrough, xPositions, yForRate, type PlotArea } from '../../../../src/core/chart';
import { profileNameProblem } from '../../../../src/core/progress/profile-names';
import { emptyProfileData, type AnswerRecord, type Profile, type RoundRecord } from '../../../../src/core/progress/records';
import { articleProgress, biasSummary, categoryTrend, chanceLevel, topConfusions } from '../../../../src/core/progress/report';
import { confusionMatrix } from '../../../../src/core/progress/stats';
import { keepNewestRounds, roundsKeptAfterTrim } from '../../../../src/core/progress/trim';
import { answerRecord } from '../../fixtures';

const answer = answerRecord;

function round(id: string, day: number, answers: AnswerRecord[], score = 0, bestStreak = 0): RoundRecord {
  const at = new Date(Date.UTC(2025, 0, day, 10)).toISOString();
  return { id, mode: 'play', startedAt: at, endedAt: at, score, bestStreak, answers };
}

describe('categoryTrend', () => {
  it('pools each point over the window of rounds ending there, oldest first', () => {
    const rounds = [
      round('c', 3, [answer('fact', 'fact')]),
      round('a', 1, [answer('fact', 'opinion'), answer('opinion', 'opinion')]),
      round('b', 2, [answer('fact', 'fact')]),
    ];
    const trend = categoryTrend(rounds, { window: 2 });
    expect(trend.map((p) => p.roundId)).toEqual(['a', 'b', 'c']);
    expect(trend.map((p) => p.byCategory.fact.rate)).toEqual([0, 0.5, 1]);
    // Opinion was only in round a: still counted while a is in the window, then no data (a gap, not 0).
    expect(trend.map((p) => p.byCategory.opinion.rate)).toEqual([1, 1, null]);
    expect(trend[0]?.byCategory.estimate).toEqual({ answered: 0, right: 0, rate: null });
  });

  it('keeps only the most recent rounds', () => {
    const rounds = Array.from({ length: 5 }, (_, i) => round(`r${i}`, i + 1, [answer('fact', i % 2 ? 'fact' : 'opinion')]));
    const trend = categoryTrend(rounds, { window: 1, maxRounds: 2 });
    expect(trend.map((p) => p.roundId)).toEqual(['r3', 'r4']);
    expect(trend.map((p) => p.byCategory.fact.rate)).toEqual([1, 0]);
  });
});

describe('topConfusions', () => {
  it('lists the mix-ups, most frequent first, with their share of the expected category', () => {
    const matrix = confusionMatrix([
      answer('opinion', 'propaganda'),
      answer('opinion', 'propaganda'),
      answer('opinion', 'opinion'),
      answer('fact', 'estimate'),
      answer('fact', 'fact'),
      answer('fact', 'fact'),
      answer('fact', 'fact'),
    ]);
    expect(topConfusions(matrix)).toEqual([
      { expected: 'opinion', answered: 'propaganda', count: 2, shareOfExpected: 2 / 3 },
      { expected: 'fact', answered: 'estimate', count: 1, shareOfExpected: 1 / 4 },
    ]);
    expect(topConfusions(matrix, 1)).toHaveLength(1);
  });

  it('finds none when every answer was right', () => {
    expect(topConfusions(confusionMatrix([answer('fact', 'fact'), answer('estimate', 'estimate')]))).toEqual([]);
  });
});

describe('biasSummary', () => {
  it('waits for enough answers before calling a gap a tendency', () => {
    const few = [answer('fact', 'propaganda'), answer('fact', 'propaganda')];
    expect(biasSummary(few)).toEqual({ status: 'too-few', answered: 2, needed: 8 });
  });

  it('names over- and under-used categories, biggest gap first', () => {
    // Key: 5 facts, 5 opinions; the player says "propaganda" 4 times out of 10.
    const answers = [
      ...Array.from({ length: 5 }, (_, i) => answer('fact', i < 3 ? 'propaganda' : 'fact')),
      ...Array.from({ length: 5 }, (_, i) => answer('opinion', i < 1 ? 'propaganda' : 'opinion')),
    ];
    const summary = biasSummary(answers);
    expect(summary.status).toBe('biased');
    if (summary.status !== 'biased') return;
    expect(summary.findings.map((f) => [f.category, f.tendency, f.points])).toEqual([
      ['propaganda', 'over', 40],
      ['fact', 'under', -30],
    ]);
    // Opinion is 10 points under too, but by a single answer: not named.
    expect(summary.readout.find((b) => b.category === 'opinion')?.points).toBe(-10);
  });

  it('does not call a single slip a tendency, even when it moves a share by ten points', () => {
    // Ten answers, one fact answered "opinion": fact −10 points, opinion +10, but one answer each.
    const answers = [
      answer('fact', 'opinion'),
      ...Array.from({ length: 4 }, () => answer('fact', 'fact')),
      ...Array.from({ length: 5 }, () => answer('opinion', 'opinion')),
    ];
    expect(biasSummary(answers).status).toBe('balanced');
  });

  it('says balanced when the answers follow the key', () => {
    const answers = (['fact', 'estimate', 'opinion', 'propaganda'] as const).flatMap((c) => [answer(c, c), answer(c, c)]);
    expect(biasSummary(answers).status).toBe('balanced');
  });
});

describe('chanceLevel', () => {
  it('is one over the number of categories in the key', () => {
    expect(chanceLevel([])).toBeNull();
    expect(chanceLevel([answer('fact', 'fact'), answer('opinion', 'fact')])).toBe(0.5);
    expect(chanceLevel((['fact', 'estimate', 'opinion', 'propaganda'] as const).map((c) => answer(c, 'fact')))).toBe(0.25);
  });
});

describe('articleProgress', () => {
  it('lists every article, played or not, with seen and mastered excerpts', () => {
    const answers = [
      answer('fact', 'opinion', { excerptId: '000-01', at: '2025-01-01T10:00:00.000Z' }),
      answer('fact', 'fact', { excerptId: '000-01', at: '2025-01-02T10:00:00.000Z' }),
      answer('fact', 'opinion', { excerptId: '000-02' }),
    ];
    expect(
      articleProgress(answers, [
        { articleId: '000', excerptCount: 5 },
        { articleId: '001', excerptCount: 3 },
      ]),
    ).toEqual([
      { articleId: '000', excerptCount: 5, seen: 2, mastered: 1 },
      { articleId: '001', excerptCount: 3, seen: 0, mastered: 0 },
    ]);
  });

  it('never shows more than the article holds (an excerpt removed from the content since)', () => {
    const answers = ['000-01', '000-02', '000-03'].map((excerptId) => answer('fact', 'fact', { excerptId }));
    expect(articleProgress(answers, [{ articleId: '000', excerptCount: 2 }])[0]).toMatchObject({ seen: 2, mastered: 2 });
  });
});

describe('trimming the oldest rounds', () => {
  it('keeps the newest half', () => {
    expect([0, 1, 2, 7].map(roundsKeptAfterTrim)).toEqual([0, 0, 1, 3]);
  });

  it('drops the oldest rounds but never the bests or the review cards', () => {
    const profile = {
      ...emptyProfileData('default'),
      rounds: [round('new', 3, [], 20, 1), round('old', 1, [], 900, 9), round('mid', 2, [], 30, 2)],
      leitner: { '000-01': { box: 1, due: '2025-01-01T00:00:00.000Z', rightInARow: 0, retired: false } },
      bestScore: 0,
      bestStreak: 0,
    };
    const trimmed = keepNewestRounds(profile, 2);
    expect(trimmed.rounds.map((r) => r.id)).toEqual(['mid', 'new']);
    expect(trimmed).toMatchObject({ bestScore: 900, bestStreak: 9, leitner: profile.leitner });
    expect(keepNewestRounds(profile, 0).rounds).toEqual([]);
  });
});

describe('profileNameProblem', () => {
  const profiles: Profile[] = [
    { id: 'a', name: 'Léa', createdAt: '2025-01-01T00:00:00.000Z' },
    { id: 'b', name: 'Tom', createdAt: '2025-01-01T00:00:00.000Z' },
  ];
  it('refuses an empty, too long or already used name (without case or accents)', () => {
    expect(profileNameProblem('   ', profiles)).toBe('empty');
    expect(profileNameProblem('x'.repeat(41), profiles)).toBe('too-long');
    expect(profileNameProblem(' lea ', profiles)).toBe('taken');
    expect(profileNameProblem('Sam', profiles)).toBeNull();
  });
  it('lets a profile keep its own name when renamed', () => {
    expect(profileNameProblem('LÉA', profiles, 'a')).toBeNull();
    expect(profileNameProblem('tom', profiles, 'a')).toBe('taken');
  });
});

describe('chart geometry', () => {
  const area: PlotArea = { width: 200, height: 120, left: 20, right: 10, top: 10, bottom: 10 };

  it('spreads points evenly, a single one in the middle', () => {
    expect(xPositions(3, area)).toEqual([20, 105, 190]);
    expect(xPositions(1, area)).toEqual([105]);
    expect(xPositions(0, area)).toEqual([]);
  });

  it('puts 100 % at the top and 0 % at the bottom, clamping bad values', () => {
    expect(yForRate(1, area)).toBe(10);
    expect(yForRate(0, area)).toBe(110);
    expect(yForRate(0.5, area)).toBe(60);
    expect(yForRate(7, area)).toBe(10);
  });

  it('breaks a line at missing values instead of dropping it to 0', () => {
    const runs = lineRuns([0.5, null, 1, 0], area);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toEqual([{ x: 20, y: 60 }]);
    expect(pathThrough(runs[1] ?? [])).toBe('M133.3 10 L190 110');
    expect(lineRuns([null, null], area)).toEqual([]);
  });
});
