/**
 * The newsroom career: ranks on the verification desk, earned by discernment and calibration,
 * never by the number of excerpts played. Each rank asks for four things, all of which a player
 * who guesses cannot show however long they play:
 * - dossiers with stars (every star needs right answers, see dossiers.ts);
 * - discernment: balanced accuracy (the mean, over the four kinds of excerpt, of the share
 *   recognised) on the last DISCERNMENT_WINDOW answers, with at least `minAnswers` of them.
 *   Always the same answer scores 25 %; random answers 25 % on average, and on 40 answers or
 *   more the chance of reaching 50 % by luck is about 1 in 10 000 (binomial tail, 3.6 standard
 *   deviations), lower still for the higher ranks and on the full window;
 * - calibration: right on enough of the last SURE_WINDOW answers said "sure" (saying "sure" on
 *   everything while guessing is right about 1 time in 4).
 * The rank reached is stored (career.rank) and never taken back, so trimming old rounds, or a bad
 * day, costs nothing already earned.
 */
import type { AnswerRecord, ProfileData } from '../progress/records';
import { balancedAccuracy, chronological, isRight } from '../progress/stats';
import { EMPTY_CAREER, STARS } from './schema';

export const RANKS = ['intern', 'reporter', 'analyst', 'specialist', 'head'] as const;
export type RankId = (typeof RANKS)[number];

/** Answers the discernment measure looks at: the latest ones, so a player who improves can climb. */
export const DISCERNMENT_WINDOW = 60;
/** "Sure" answers the calibration measure looks at: the latest ones. */
export const SURE_WINDOW = 10;

export interface RankRule {
  /** Dossiers needed with at least `stars` stars each (every entry must hold). */
  dossiers: ReadonlyArray<{ count: number; stars: number }>;
  /** At least this many answers in the window… */
  minAnswers: number;
  /** …with at least this balanced accuracy (0…1). */
  discernment: number;
  /** Right on at least this many of the last SURE_WINDOW "sure" answers (and there must be SURE_WINDOW of them). */
  sureRight: number;
}

/** What each rank above the first asks (RULES[r] is what rank r needs; rank 0, intern, needs nothing). */
export const RANK_RULES: readonly (RankRule | null)[] = [
  null,
  { dossiers: [{ count: 1, stars: 1 }], minAnswers: 40, discernment: 0.5, sureRight: 6 },
  { dossiers: [{ count: 2, stars: 2 }], minAnswers: 50, discernment: 0.6, sureRight: 7 },
  { dossiers: [{ count: 3, stars: 2 }], minAnswers: 60, discernment: 0.7, sureRight: 8 },
  {
    dossiers: [
      { count: 5, stars: 2 },
      { count: 2, stars: 3 },
    ],
    minAnswers: 60,
    discernment: 0.75,
    sureRight: 9,
  },
];

/** What the rules read of a profile, worked out once. */
export interface CareerMeasures {
  /** Answers in the discernment window (at most DISCERNMENT_WINDOW). */
  answers: number;
  /** Balanced accuracy on them; null with no answer. */
  discernment: number | null;
  /** "Sure" answers among the last SURE_WINDOW (fewer when fewer were given), and how many were right. */
  sureAnswers: number;
  sureRight: number;
  /** Stars of each dossier finished (by article id). */
  dossierStars: readonly number[];
}

export function careerMeasures(profile: Pick<ProfileData, 'rounds' | 'career'>): CareerMeasures {
  // Newest rounds first, only as far back as the two windows need (a profile may hold 1 000 rounds).
  const rounds = chronological(profile.rounds).filter((round) => round.mode !== 'class');
  const window: AnswerRecord[] = [];
  const sure: AnswerRecord[] = [];
  for (let r = rounds.length - 1; r >= 0 && (window.length < DISCERNMENT_WINDOW || sure.length < SURE_WINDOW); r--) {
    const answers = (rounds[r] as (typeof rounds)[number]).answers;
    for (let a = answers.length - 1; a >= 0; a--) {
      const answer = answers[a] as AnswerRecord;
      if (window.length < DISCERNMENT_WINDOW) window.push(answer);
      if (answer.confidence === 'sure' && sure.length < SURE_WINDOW) sure.push(answer);
    }
  }
  const career = profile.career ?? EMPTY_CAREER;
  return {
    answers: window.length,
    discernment: balancedAccuracy(window),
    sureAnswers: sure.length,
    sureRight: sure.filter(isRight).length,
    dossierStars: Object.values(career.dossiers).map((d) => STARS.filter((star) => d.stars[star]).length),
  };
}

export type Requirement =
  | { kind: 'dossiers'; count: number; stars: number; have: number; met: boolean }
  | { kind: 'answers'; need: number; have: number; met: boolean }
  | { kind: 'discernment'; need: number; have: number | null; met: boolean }
  | { kind: 'sure'; need: number; of: number; have: number; sureAnswers: number; met: boolean };

/** Each requirement of a rule against the measures: what it asks, what the player has, whether it holds. */
export function requirements(rule: RankRule, m: CareerMeasures): Requirement[] {
  const list: Requirement[] = rule.dossiers.map(({ count, stars }) => {
    const have = m.dossierStars.filter((s) => s >= stars).length;
    return { kind: 'dossiers', count, stars, have, met: have >= count };
  });
  list.push({ kind: 'answers', need: rule.minAnswers, have: m.answers, met: m.answers >= rule.minAnswers });
  list.push({ kind: 'discernment', need: rule.discernment, have: m.discernment, met: m.discernment !== null && m.discernment >= rule.discernment });
  list.push({
    kind: 'sure',
    need: rule.sureRight,
    of: SURE_WINDOW,
    have: m.sureRight,
    sureAnswers: m.sureAnswers,
    met: m.sureAnswers >= SURE_WINDOW && m.sureRight >= rule.sureRight,
  });
  return list;
}

/** The highest rank whose rules (and every lower rank's) the measures meet now. */
export function rankEarned(m: CareerMeasures): number {
  let rank = 0;
  for (let r = 1; r < RANK_RULES.length; r++) {
    const rule = RANK_RULES[r];
    if (!rule || !requirements(rule, m).every((req) => req.met)) break;
    rank = r;
  }
  return rank;
}

/** The profile's rank: the highest reached (stored), or what it earns now if higher. */
export function rankOf(profile: Pick<ProfileData, 'rounds' | 'career'>): number {
  const stored = Math.min(profile.career?.rank ?? 0, RANKS.length - 1);
  const next = RANK_RULES[stored + 1];
  if (!next) return stored;
  // The dossiers are read first: without the next rank's, the answers need not be gone through.
  const stars = Object.values(profile.career?.dossiers ?? {}).map((d) => STARS.filter((star) => d.stars[star]).length);
  if (!next.dossiers.every(({ count, stars: least }) => stars.filter((s) => s >= least).length >= count)) return stored;
  return Math.max(stored, rankEarned(careerMeasures(profile)));
}

export interface CareerView {
  rank: number;
  rankId: RankId;
  /** The next rank and what it takes, or null at the top. */
  next: { rank: number; rankId: RankId; requirements: Requirement[] } | null;
}

/** Where the player stands: the rank, and the next one with each of its requirements. */
export function careerView(profile: Pick<ProfileData, 'rounds' | 'career'>): CareerView {
  const measures = careerMeasures(profile);
  const rank = Math.max(Math.min(profile.career?.rank ?? 0, RANKS.length - 1), rankEarned(measures));
  const rankId = RANKS[rank] as RankId;
  const nextRule = RANK_RULES[rank + 1];
  if (!nextRule) return { rank, rankId, next: null };
  return { rank, rankId, next: { rank: rank + 1, rankId: RANKS[rank + 1] as RankId, requirements: requirements(nextRule, measures) } };
}
