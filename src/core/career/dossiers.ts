/**
 * Dossiers: each article of the content is one, played as a round of all its excerpts in the
 * order of the text (excerpt ids are numbered in reading order), with the article at hand. A
 * dossier earns up to three stars, each for a skill the game teaches, never for speed or volume:
 * - accuracy: the right category on at least 8 excerpts in 10;
 * - clues: a right answer whose marked words found a clue of the key, on at least 6 in 10;
 * - calibration: "sure" or "fairly sure" said on at least half the excerpts, and right on at
 *   least 3 in 4 of those (saying you know only when you do: Gardner-Medwin's thresholds put
 *   "fairly sure" from 2/3 and "sure" from 4/5 right, see scoring.ts).
 * Every star needs right answers, so a player who guesses does not earn them.
 */
import type { Category } from '../categories';
import type { ArticleId } from '../content/schema';
import type { ExcerptKeys } from '../content/content-index';
import type { AnswerRecord, Confidence } from '../progress/records';
import { type RoundState, SOLO, startRound } from '../round';
import { STARS, type Star } from './schema';

/** The share of the dossier's excerpts each star asks for (as a fraction: need = ceil(share × excerpts)). */
export const ACCURACY_STAR_SHARE = 0.8;
export const CLUES_STAR_SHARE = 0.6;
/** Calibration: answers said "sure" or "fairly sure", at least this share of the excerpts… */
export const CALIBRATION_COMMITTED_SHARE = 0.5;
/** …and right on at least this share of them. */
export const CALIBRATION_RIGHT_SHARE = 0.75;

/** What a star rule reads of an answer: the key, the answer, and what the steps gathered. */
export type StarAnswer = Pick<AnswerRecord, 'expected' | 'answered' | 'confidence' | 'clueFound' | 'marks'>;

export type StarCheck =
  | { star: 'accuracy'; earned: boolean; right: number; need: number; total: number }
  | {
      star: 'clues';
      earned: boolean;
      /** Right answers whose marks found a clue. */
      found: number;
      need: number;
      total: number;
      /** The clue step was off for some excerpt: this star cannot be earned in such a round. */
      stepOff: boolean;
    }
  | {
      star: 'calibration';
      earned: boolean;
      /** Answers said "sure" or "fairly sure", and how many of them were right. */
      committed: number;
      committedRight: number;
      needCommitted: number;
      /** Right answers needed among the committed ones (for the number committed). */
      needRight: number;
      total: number;
      /** The "how sure are you?" question was off for some excerpt. */
      stepOff: boolean;
    };

const COMMITTED: ReadonlySet<Confidence> = new Set(['sure', 'fairly']);
const right = (a: StarAnswer) => a.answered === a.expected;

/** Each star's rule on the answers of one dossier round, with the figures that say why it is earned or missing. */
export function starChecks(
  answers: readonly StarAnswer[],
): [StarCheck & { star: 'accuracy' }, StarCheck & { star: 'clues' }, StarCheck & { star: 'calibration' }] {
  const total = answers.length;
  const rightCount = answers.filter(right).length;
  const accuracyNeed = Math.ceil(ACCURACY_STAR_SHARE * total);

  const clueStepOff = answers.some((a) => a.marks === undefined);
  const found = answers.filter((a) => right(a) && a.clueFound === true).length;
  const cluesNeed = Math.ceil(CLUES_STAR_SHARE * total);

  const confidenceOff = answers.some((a) => a.confidence === undefined);
  const committed = answers.filter((a) => a.confidence !== undefined && COMMITTED.has(a.confidence));
  const committedRight = committed.filter(right).length;
  const needCommitted = Math.ceil(CALIBRATION_COMMITTED_SHARE * total);
  const needRight = Math.ceil(CALIBRATION_RIGHT_SHARE * Math.max(committed.length, needCommitted));

  return [
    { star: 'accuracy', earned: total > 0 && rightCount >= accuracyNeed, right: rightCount, need: accuracyNeed, total },
    { star: 'clues', earned: total > 0 && !clueStepOff && found >= cluesNeed, found, need: cluesNeed, total, stepOff: clueStepOff },
    {
      star: 'calibration',
      earned: total > 0 && !confidenceOff && committed.length >= needCommitted && committedRight >= needRight,
      committed: committed.length,
      committedRight,
      needCommitted,
      needRight,
      total,
      stepOff: confidenceOff,
    },
  ];
}

/** The stars earned by one dossier round's answers. */
export function starsEarned(answers: readonly StarAnswer[]): Record<Star, boolean> {
  const checks = starChecks(answers);
  return Object.fromEntries(STARS.map((star) => [star, checks.find((c) => c.star === star)?.earned ?? false])) as Record<Star, boolean>;
}

export function starCount(stars: Readonly<Record<Star, boolean>>): number {
  return STARS.filter((star) => stars[star]).length;
}

/** A dossier's excerpt ids in reading order (ids are numbered in the order of the text). */
export function dossierExcerptIds(content: ExcerptKeys, article: ArticleId): string[] {
  return content.excerpts
    .filter((e) => e.article === article)
    .map((e) => e.id)
    .sort();
}

/** The articles that are dossiers (every article with an excerpt), in id order. */
export function dossierArticles(content: ExcerptKeys): ArticleId[] {
  return [...new Set(content.excerpts.map((e) => e.article))].sort();
}

/** A dossier round: every excerpt of the article, in the order of the text; null when the article has none. */
export function dossierRound(content: ExcerptKeys, article: ArticleId, stamp: { at: string; seed: number }): RoundState | null {
  const categoryOf = new Map(content.excerpts.map((e) => [e.id, e.category as Category]));
  const dealt = dossierExcerptIds(content, article).map((id) => ({ id, category: categoryOf.get(id) as Category }));
  if (dealt.length === 0) return null;
  return startRound({ id: `d-${stamp.at}-${stamp.seed.toString(36)}`, mode: 'dossier', dealt, at: stamp.at });
}

/** The dossier a round plays (the article of its excerpts), or null for any other round. */
export function dossierOf(round: Pick<RoundState, 'mode' | 'excerptIds'>): ArticleId | null {
  if (round.mode !== 'dossier') return null;
  const first = round.excerptIds[0];
  return first ? (first.slice(0, 3) as ArticleId) : null;
}

/** A round's solo answers as the star rules read them (the round's turns, in order). */
export function roundStarAnswers(round: Pick<RoundState, 'turns'>): StarAnswer[] {
  return round.turns.flatMap((turn) => {
    const answer = turn.answers[SOLO.id];
    if (!answer) return [];
    const item: StarAnswer = { expected: turn.expected, answered: answer.category };
    if (answer.confidence) item.confidence = answer.confidence;
    if (answer.marks) {
      item.marks = answer.marks;
      item.clueFound = answer.clueFound ?? false;
    }
    return [item];
  });
}
