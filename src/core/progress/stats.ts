/**
 * Figures for the Progress screen, computed from the stored answers. Everything returns data,
 * never sentences: the UI localises. A rate is null when there is nothing to divide by,
 * so that "no data" is never shown as 0 %.
 */
import { CATEGORIES, type Category, isCheckable, matchesKey } from '../categories';
import { CONFIDENCES, type AnswerRecord, type Confidence, type RoundRecord } from './records';

export interface Tally {
  answered: number;
  right: number;
  /** right / answered, or null when nothing was answered. */
  rate: number | null;
}

function tally(answered: number, right: number): Tally {
  return { answered, right, rate: answered === 0 ? null : right / answered };
}

export function isRight(answer: AnswerRecord): boolean {
  return matchesKey(answer.answered, answer.expected);
}

export function accuracy(answers: readonly AnswerRecord[]): Tally {
  return tally(answers.length, answers.filter(isRight).length);
}

export function allAnswers(rounds: readonly RoundRecord[]): AnswerRecord[] {
  return rounds.flatMap((round) => round.answers);
}

/** Oldest first, by start time (ties keep their stored order). */
export function chronological(rounds: readonly RoundRecord[]): RoundRecord[] {
  return [...rounds].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

export interface RoundSummary extends Tally {
  roundId: string;
  mode: RoundRecord['mode'];
  startedAt: string;
  endedAt: string;
  score: number;
  bestStreak: number;
  /** Some of its answers were given in two steps (the "fewer choices" setting). */
  twoStep: boolean;
}

/** One row per round, oldest first: the history list. */
export function roundSummaries(rounds: readonly RoundRecord[]): RoundSummary[] {
  return chronological(rounds).map((round) => ({
    roundId: round.id,
    mode: round.mode,
    startedAt: round.startedAt,
    endedAt: round.endedAt,
    score: round.score,
    bestStreak: round.bestStreak,
    twoStep: round.answers.some((a) => a.twoStep === true),
    ...accuracy(round.answers),
  }));
}

/** Recall per category: of the excerpts whose key is this category, how many were answered so. */
export function accuracyByCategory(answers: readonly AnswerRecord[]): Record<Category, Tally> {
  const result = {} as Record<Category, Tally>;
  for (const category of CATEGORIES) {
    const keyed = answers.filter((a) => a.expected === category);
    result[category] = tally(keyed.length, keyed.filter(isRight).length);
  }
  return result;
}

export interface CategoryAccuracyPoint {
  roundId: string;
  endedAt: string;
  byCategory: Record<Category, Tally>;
}

/** Accuracy per category for each round, oldest first: one series per category for a chart. */
export function categoryAccuracyOverTime(rounds: readonly RoundRecord[]): CategoryAccuracyPoint[] {
  return chronological(rounds).map((round) => ({
    roundId: round.id,
    endedAt: round.endedAt,
    byCategory: accuracyByCategory(round.answers),
  }));
}

export interface ConfusionMatrix {
  /** Row and column order. */
  categories: readonly Category[];
  /** counts[expected][answered], indices in `categories`. */
  counts: number[][];
}

export function confusionMatrix(answers: readonly AnswerRecord[]): ConfusionMatrix {
  const counts = CATEGORIES.map(() => CATEGORIES.map(() => 0));
  for (const answer of answers) {
    const row = counts[CATEGORIES.indexOf(answer.expected)];
    const column = CATEGORIES.indexOf(answer.answered);
    if (row !== undefined && column >= 0) row[column] = (row[column] ?? 0) + 1;
  }
  return { categories: CATEGORIES, counts };
}

export interface ArticleMastery extends Tally {
  articleId: string;
  /** Distinct excerpts of this article answered at least once. */
  excerptsSeen: number;
  /** Distinct excerpts whose latest answer was right: what the player knows now. */
  excerptsMastered: number;
}

/** Per article, sorted by article id. */
export function articleMastery(answers: readonly AnswerRecord[]): ArticleMastery[] {
  const byArticle = new Map<string, AnswerRecord[]>();
  for (const answer of answers) {
    const list = byArticle.get(answer.articleId) ?? [];
    list.push(answer);
    byArticle.set(answer.articleId, list);
  }
  return [...byArticle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([articleId, list]) => {
      const latest = new Map<string, AnswerRecord>();
      for (const answer of list) {
        const previous = latest.get(answer.excerptId);
        if (previous === undefined || Date.parse(answer.at) >= Date.parse(previous.at)) latest.set(answer.excerptId, answer);
      }
      return {
        articleId,
        ...accuracy(list),
        excerptsSeen: latest.size,
        excerptsMastered: [...latest.values()].filter(isRight).length,
      };
    });
}

export interface PersonalBests {
  bestScore: number;
  bestStreak: number;
}

export function personalBests(rounds: readonly RoundRecord[]): PersonalBests {
  return {
    bestScore: rounds.reduce((best, r) => Math.max(best, r.score), 0),
    bestStreak: rounds.reduce((best, r) => Math.max(best, r.bestStreak), 0),
  };
}

export type BiasTendency = 'over' | 'under' | 'balanced';

export interface CategoryBias {
  category: Category;
  /** How many times the player chose this category. */
  answeredCount: number;
  /** How many times the key was this category. */
  keyCount: number;
  /** Shares of all answers, 0…1. */
  answeredShare: number;
  keyShare: number;
  /** (answeredShare − keyShare) in percentage points, rounded: +18 means "chosen 18 points more often than the key". */
  points: number;
  tendency: BiasTendency;
}

/** Below this many answers, a gap is not called a tendency: it is mostly chance. */
export const BIAS_MIN_ANSWERS = 8;
/** A gap of at least this many points counts as over- or under-use. */
export const BIAS_THRESHOLD_POINTS = 10;

/**
 * For each category, how often the player picks it compared with how often it is the answer.
 * Over-using "propaganda" is the suspicion the notes warn about: this shows it without judging.
 */
export function biasReadout(answers: readonly AnswerRecord[], options: { thresholdPoints?: number; minAnswers?: number } = {}): CategoryBias[] {
  const threshold = options.thresholdPoints ?? BIAS_THRESHOLD_POINTS;
  const minAnswers = options.minAnswers ?? BIAS_MIN_ANSWERS;
  const total = answers.length;
  return CATEGORIES.map((category) => {
    const answeredCount = answers.filter((a) => a.answered === category).length;
    const keyCount = answers.filter((a) => a.expected === category).length;
    const answeredShare = total === 0 ? 0 : answeredCount / total;
    const keyShare = total === 0 ? 0 : keyCount / total;
    const points = Math.round((answeredShare - keyShare) * 100);
    const tendency: BiasTendency = total < minAnswers || Math.abs(points) < threshold ? 'balanced' : points > 0 ? 'over' : 'under';
    return { category, answeredCount, keyCount, answeredShare, keyShare, points, tendency };
  });
}

/**
 * Mean recall over the categories that occur in the key. Always giving one answer scores
 * 1 / (number of categories in the key): it cannot be gamed by a favourite answer.
 * Null when there are no answers.
 */
export function balancedAccuracy(answers: readonly AnswerRecord[]): number | null {
  const recalls = Object.values(accuracyByCategory(answers))
    .map((t) => t.rate)
    .filter((rate): rate is number => rate !== null);
  return recalls.length === 0 ? null : recalls.reduce((sum, r) => sum + r, 0) / recalls.length;
}

/**
 * Cohen's kappa between the player's answers and the key: (po − pe) / (1 − pe), where po is the
 * share of agreement and pe the agreement expected by chance from the two marginal distributions
 * (Σ over categories of answeredShare × keyShare). 0 = no better than chance (always the same
 * answer gives exactly 0), 1 = perfect, below 0 = worse than chance. Null when undefined:
 * no answers, or pe = 1 (key and answers all one same category, so chance explains everything).
 */
export function cohensKappa(answers: readonly AnswerRecord[]): number | null {
  const total = answers.length;
  if (total === 0) return null;
  const observed = answers.filter(isRight).length / total;
  let chance = 0;
  for (const category of CATEGORIES) {
    const answeredShare = answers.filter((a) => a.answered === category).length / total;
    const keyShare = answers.filter((a) => a.expected === category).length / total;
    chance += answeredShare * keyShare;
  }
  if (chance >= 1) return null;
  return (observed - chance) / (1 - chance);
}

export interface Discrimination {
  answered: number;
  accuracy: number | null;
  balancedAccuracy: number | null;
  kappa: number | null;
}

/** The headline figures together: raw accuracy next to the two that a favourite answer cannot game. */
export function discrimination(answers: readonly AnswerRecord[]): Discrimination {
  return {
    answered: answers.length,
    accuracy: accuracy(answers).rate,
    balancedAccuracy: balancedAccuracy(answers),
    kappa: cohensKappa(answers),
  };
}

export interface CalibrationRow extends Tally {
  confidence: Confidence;
}

/** Per confidence level, how often the player was right: well calibrated means "sure" is right more often. */
export function calibration(answers: readonly AnswerRecord[]): CalibrationRow[] {
  return CONFIDENCES.map((confidence) => {
    const rated = answers.filter((a) => a.confidence === confidence);
    return { confidence, ...tally(rated.length, rated.filter(isRight).length) };
  });
}

/** Wrong answers given as "sure": the ones most worth explaining again (hypercorrection). */
export function confidentMistakes(answers: readonly AnswerRecord[]): AnswerRecord[] {
  return answers.filter((a) => a.confidence === 'sure' && !isRight(a));
}

export interface DiscernmentHalves {
  /** Of the solid excerpts (facts and estimates), how many were called fact or estimate: not doubted wrongly. */
  acceptedSolid: Tally;
  /** Of the others (opinions and propaganda), how many were called opinion or propaganda: not believed wrongly. */
  caughtUnsound: Tally;
}

/**
 * The two errors a game can teach: "suspicious of everything" (solid items rejected) and "believes
 * everything" (views taken for facts). Each half counts the side of the line, not the exact category.
 */
export function discernmentHalves(answers: ReadonlyArray<Pick<AnswerRecord, 'expected' | 'answered'>>): DiscernmentHalves {
  const solid = answers.filter((a) => isCheckable(a.expected));
  const unsound = answers.filter((a) => !isCheckable(a.expected));
  return {
    acceptedSolid: tally(solid.length, solid.filter((a) => isCheckable(a.answered)).length),
    caughtUnsound: tally(unsound.length, unsound.filter((a) => !isCheckable(a.answered)).length),
  };
}

/** Answers that marked words, and how many of them found a clue. */
export function clueTally(answers: readonly AnswerRecord[]): Tally {
  const marked = answers.filter((a) => a.marks !== undefined && a.marks.length > 0);
  return tally(marked.length, marked.filter((a) => a.clueFound).length);
}
