/**
 * What the Progress screen shows, as data: the UI draws and words it. Built on stats.ts;
 * like it, nothing here reads the clock or returns sentences.
 */
import { CATEGORIES, type Category } from '../categories';
import type { AnswerRecord, RoundRecord } from './records';
import {
  accuracyByCategory,
  articleMastery,
  BIAS_MIN_ANSWERS,
  biasReadout,
  chronological,
  type CategoryBias,
  type ConfusionMatrix,
  type Tally,
} from './stats';

/** Rounds shown in the trend chart: enough to see a change, few enough to read on a phone. */
export const TREND_MAX_ROUNDS = 20;
/**
 * Each point of the trend pools the answers of this many rounds (the round and the ones just
 * before it): a round holds only two or three excerpts of a category, too few for a rate alone.
 */
export const TREND_WINDOW = 3;

export interface TrendPoint {
  roundId: string;
  endedAt: string;
  /** Accuracy per category over the window ending at this round. */
  byCategory: Record<Category, Tally>;
}

/** Accuracy per category over time, oldest first, the last `maxRounds` rounds. */
export function categoryTrend(rounds: readonly RoundRecord[], options: { window?: number; maxRounds?: number } = {}): TrendPoint[] {
  const window = Math.max(1, Math.floor(options.window ?? TREND_WINDOW));
  const maxRounds = Math.max(1, Math.floor(options.maxRounds ?? TREND_MAX_ROUNDS));
  const ordered = chronological(rounds);
  const points = ordered.map((round, index) => ({
    roundId: round.id,
    endedAt: round.endedAt,
    byCategory: accuracyByCategory(ordered.slice(Math.max(0, index - window + 1), index + 1).flatMap((r) => r.answers)),
  }));
  return points.slice(-maxRounds);
}

export interface Confusion {
  expected: Category;
  answered: Category;
  count: number;
  /** Share of the excerpts of the expected category that got this answer, 0…1. */
  shareOfExpected: number;
}

/** The mix-ups (answered ≠ expected) seen at least once, most frequent first. */
export function topConfusions(matrix: ConfusionMatrix, limit = 3): Confusion[] {
  const found: Confusion[] = [];
  matrix.categories.forEach((expected, row) => {
    const counts = matrix.counts[row] ?? [];
    const rowTotal = counts.reduce((sum, n) => sum + n, 0);
    matrix.categories.forEach((answered, column) => {
      const count = counts[column] ?? 0;
      if (row !== column && count > 0) found.push({ expected, answered, count, shareOfExpected: count / rowTotal });
    });
  });
  // Ties keep the grid's order (rows then columns), so the wording does not flicker between renders.
  return found.sort((a, b) => b.count - a.count).slice(0, Math.max(0, limit));
}

/**
 * A gap counts as a tendency only when it is also this many answers wide: in a short history,
 * one slip already moves a share by ten points, and one slip is not a habit.
 */
export const BIAS_MIN_GAP_ANSWERS = 2;

export type BiasSummary =
  | { status: 'too-few'; answered: number; needed: number }
  | { status: 'balanced'; readout: CategoryBias[] }
  | { status: 'biased'; readout: CategoryBias[]; findings: CategoryBias[] };

/** The bias readout with its verdict: which categories are over- or under-used, biggest gap first. */
export function biasSummary(answers: readonly AnswerRecord[]): BiasSummary {
  if (answers.length < BIAS_MIN_ANSWERS) return { status: 'too-few', answered: answers.length, needed: BIAS_MIN_ANSWERS };
  const readout = biasReadout(answers);
  const findings = readout
    .filter((b) => b.tendency !== 'balanced' && Math.abs(b.answeredCount - b.keyCount) >= BIAS_MIN_GAP_ANSWERS)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return findings.length === 0 ? { status: 'balanced', readout } : { status: 'biased', readout, findings };
}

/**
 * What always giving the same answer would score in balanced accuracy: one over the number of
 * categories present in the key. Null when there are no answers.
 */
export function chanceLevel(answers: readonly AnswerRecord[]): number | null {
  const present = CATEGORIES.filter((c) => answers.some((a) => a.expected === c)).length;
  return present === 0 ? null : 1 / present;
}

export interface ArticleProgress<Id extends string = string> {
  articleId: Id;
  /** Excerpts of this article in the game. */
  excerptCount: number;
  /** Distinct excerpts answered at least once. */
  seen: number;
  /** Distinct excerpts whose latest answer was right. */
  mastered: number;
}

/** Every article of the game, played or not, in the given order; counts never exceed the article's excerpts. */
export function articleProgress<Id extends string>(
  answers: readonly AnswerRecord[],
  excerptCounts: ReadonlyArray<{ articleId: Id; excerptCount: number }>,
): ArticleProgress<Id>[] {
  const byArticle = new Map(articleMastery(answers).map((m) => [m.articleId, m]));
  return excerptCounts.map(({ articleId, excerptCount }) => {
    const mastery = byArticle.get(articleId);
    return {
      articleId,
      excerptCount,
      seen: Math.min(mastery?.excerptsSeen ?? 0, excerptCount),
      mastered: Math.min(mastery?.excerptsMastered ?? 0, excerptCount),
    };
  });
}
