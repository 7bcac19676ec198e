/**
 * The newsroom career: ranks on the verification desk, earned by discernment and calibration,
 * never by the number of excerpts played. Each rank asks for four things, all of which a player
 * who guesses cannot show however long they play:
 * - dossiers with stars (every star needs right answers, see dossiers.ts);
 * - a number of answers given in all (a floor, so a rank takes real practice: on its own it
 *   earns nothing)…
 * - …and discernment: balanced accuracy (the mean, over the four kinds of excerpt, of the share
 *   recognised) on the latest answers (a longer window higher up). Always the same answer scores 25 %;
 *   random answers 25 % on average, and on 40 answers or more the chance of reaching 50 % by
 *   luck is about 1 in 10 000 (binomial tail, 3.6 standard deviations), lower still for the
 *   higher ranks and on the full window;
 * - calibration: right on enough of the last "sure" answers, a longer run and a higher share at
 *   each rank (saying "sure" on everything while guessing is right about 1 time in 4).
 * Each step asks clearly more than the one before (more answers, more and better dossiers, a
 * longer and surer run of "sure"), so the second rank is not a formality once the first is won.
 * The rank reached is stored (career.rank) and never taken back, so trimming old rounds, a
 * retuned ladder, or a bad day costs nothing already earned.
 */
import type { AnswerRecord, ProfileData } from '../progress/records';
import { balancedAccuracy, chronological, isRight } from '../progress/stats';
import { EMPTY_CAREER, STARS } from './schema';

export const RANKS = ['intern', 'reporter', 'analyst', 'specialist', 'head'] as const;
export type RankId = (typeof RANKS)[number];

/** The most answers any rank's discernment measure looks at: the latest ones, so a player who improves can climb. */
export const DISCERNMENT_WINDOW_MAX = 100;
/** The longest run of "sure" answers any rank looks at (the latest ones). */
export const SURE_WINDOW_MAX = 25;

export interface RankRule {
  /** Dossiers needed with at least `stars` stars each (every entry must hold). */
  dossiers: ReadonlyArray<{ count: number; stars: number }>;
  /** At least this many answers given in all (normal rounds and dossiers, not class rounds)… */
  minAnswers: number;
  /** …and at least this balanced accuracy (0…1) on the last `window` of them (longer higher up, so one lucky run is not enough). */
  discernment: number;
  window: number;
  /** Right on at least `sureRight` of the last `sureOf` "sure" answers (and there must be `sureOf` of them). */
  sureRight: number;
  sureOf: number;
}

/** What each rank above the first asks (RULES[r] is what rank r needs; rank 0, intern, needs nothing). */
export const RANK_RULES: readonly (RankRule | null)[] = [
  null,
  // Reporter: a first session (≈ 4 rounds and a dossier).
  { dossiers: [{ count: 1, stars: 1 }], minAnswers: 40, discernment: 0.5, window: 40, sureRight: 6, sureOf: 10 },
  // Analyst: more than twice the practice, three dossiers well done, "sure" right 4 times in 5.
  // Each later step asks for more answers than the step before (a good player: ≈ 44, 66, 94, 136
  // answers per step, see the simulation in tests/unit/core/career/ranks.test.ts).
  { dossiers: [{ count: 3, stars: 2 }], minAnswers: 110, discernment: 0.6, window: 60, sureRight: 12, sureOf: 15 },
  {
    dossiers: [
      { count: 4, stars: 2 },
      { count: 1, stars: 3 },
    ],
    minAnswers: 200,
    discernment: 0.7,
    window: 80,
    sureRight: 17,
    sureOf: 20,
  },
  {
    dossiers: [
      { count: 5, stars: 2 },
      { count: 3, stars: 3 },
    ],
    minAnswers: 340,
    discernment: 0.8,
    window: DISCERNMENT_WINDOW_MAX,
    sureRight: 23,
    sureOf: SURE_WINDOW_MAX,
  },
];

/** What the rules read of a profile, worked out once. */
export interface CareerMeasures {
  /** Answers given in all (class rounds aside). */
  answers: number;
  /** The last DISCERNMENT_WINDOW_MAX of them, newest first (each rank reads its own window of these). */
  recent: readonly AnswerRecord[];
  /** Whether each of the last SURE_WINDOW_MAX "sure" answers was right, newest first (fewer when fewer were given). */
  sureRecent: readonly boolean[];
  /** Stars of each dossier finished (by article id). */
  dossierStars: readonly number[];
}

export function careerMeasures(profile: Pick<ProfileData, 'rounds' | 'career'>): CareerMeasures {
  const rounds = chronological(profile.rounds).filter((round) => round.mode !== 'class');
  const total = rounds.reduce((sum, round) => sum + round.answers.length, 0);
  // Newest rounds first, only as far back as the two windows need (a profile may hold 1 000 rounds).
  const window: AnswerRecord[] = [];
  const sure: boolean[] = [];
  for (let r = rounds.length - 1; r >= 0 && (window.length < DISCERNMENT_WINDOW_MAX || sure.length < SURE_WINDOW_MAX); r--) {
    const answers = (rounds[r] as (typeof rounds)[number]).answers;
    for (let a = answers.length - 1; a >= 0; a--) {
      const answer = answers[a] as AnswerRecord;
      if (window.length < DISCERNMENT_WINDOW_MAX) window.push(answer);
      if (answer.confidence === 'sure' && sure.length < SURE_WINDOW_MAX) sure.push(isRight(answer));
    }
  }
  const career = profile.career ?? EMPTY_CAREER;
  return {
    answers: total,
    recent: window,
    sureRecent: sure,
    dossierStars: Object.values(career.dossiers).map((d) => STARS.filter((star) => d.stars[star]).length),
  };
}

export type Requirement =
  | { kind: 'dossiers'; count: number; stars: number; have: number; met: boolean }
  | { kind: 'answers'; need: number; have: number; met: boolean }
  | { kind: 'discernment'; need: number; window: number; have: number | null; met: boolean }
  | { kind: 'sure'; need: number; of: number; have: number; sureAnswers: number; met: boolean };

/** Each requirement of a rule against the measures: what it asks, what the player has, whether it holds. */
export function requirements(rule: RankRule, m: CareerMeasures): Requirement[] {
  const list: Requirement[] = rule.dossiers.map(({ count, stars }) => {
    const have = m.dossierStars.filter((s) => s >= stars).length;
    return { kind: 'dossiers', count, stars, have, met: have >= count };
  });
  list.push({ kind: 'answers', need: rule.minAnswers, have: m.answers, met: m.answers >= rule.minAnswers });
  const discernment = balancedAccuracy(m.recent.slice(0, rule.window));
  list.push({
    kind: 'discernment',
    need: rule.discernment,
    window: rule.window,
    have: discernment,
    met: discernment !== null && discernment >= rule.discernment,
  });
  const sure = m.sureRecent.slice(0, rule.sureOf);
  const sureRight = sure.filter(Boolean).length;
  list.push({
    kind: 'sure',
    need: rule.sureRight,
    of: rule.sureOf,
    have: sureRight,
    sureAnswers: sure.length,
    met: sure.length >= rule.sureOf && sureRight >= rule.sureRight,
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
