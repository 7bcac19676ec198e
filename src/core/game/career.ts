/**
 * The career seen from the game's state: the rank and the next one, each dossier's stars, and the
 * moment a finished round brings (a rank reached, a dossier completed or improved), which the
 * results screen says in the DOM and the stage may draw.
 */
import { dossierOf, roundStarAnswers, type StarCheck, starChecks } from '../career/dossiers';
import { careerView, type CareerView, rankOf } from '../career/ranks';
import { type DossierRecord, STARS, type Star } from '../career/schema';
import type { ArticleId } from '../content/schema';
import type { ProfileData } from '../progress/records';
import { currentExcerptId, type RoundState } from '../round';
import { answeredExcerptIds } from './selectors';
import type { GameState } from './state';

export interface CareerMoment {
  /** The finished round that brought it: the moment belongs to that round's results. */
  roundId: string;
  /** The rank reached by this round, if it raised it. */
  rankUp: number | null;
  /** The dossier this round played: the stars it earned and those that are new for the profile. */
  dossier: { article: ArticleId; earned: Star[]; newStars: Star[]; firstTime: boolean } | null;
}

/** What a finished round changed in the career, or null when it changed nothing worth a moment. */
export function momentOf(before: ProfileData, after: ProfileData, round: RoundState): CareerMoment | null {
  const rankBefore = rankOf(before);
  const rankAfter = rankOf(after);
  const article = dossierOf(round);
  let dossier: CareerMoment['dossier'] = null;
  if (article) {
    const checks = starChecks(roundStarAnswers(round));
    const earned = STARS.filter((star) => checks.find((c) => c.star === star)?.earned);
    const old = before.career?.dossiers[article];
    dossier = { article, earned, newStars: earned.filter((star) => !old?.stars[star]), firstTime: !old };
  }
  if (rankAfter <= rankBefore && !dossier) return null;
  return { roundId: round.id, rankUp: rankAfter > rankBefore ? rankAfter : null, dossier };
}

/** The career moment of the results on show (null elsewhere, or when the round brought none). */
export function careerMoment(state: Pick<GameState, 'screen' | 'round' | 'careerMoment'>): CareerMoment | null {
  const moment = state.careerMoment;
  return moment && state.screen === 'results' && state.round?.id === moment.roundId ? moment : null;
}

/** The active profile's rank and what the next one takes. */
export function careerOf(state: Pick<GameState, 'profile'>): CareerView {
  return careerView(state.profile);
}

/** A dossier's record for this profile (null: never finished). */
export function dossierRecord(state: Pick<GameState, 'profile'>, article: ArticleId): DossierRecord | null {
  return state.profile.career?.dossiers[article] ?? null;
}

/**
 * The excerpts whose answer the source viewer may show: those answered, except the one waiting for
 * an answer (a dossier is read with its article at hand, and a replay must not give the answer away).
 */
export function viewerAnsweredIds(state: GameState): ReadonlySet<string> {
  const answered = answeredExcerptIds(state);
  const round = state.round;
  const waiting = state.screen === 'play' && round?.phase === 'answering' ? currentExcerptId(round) : undefined;
  if (!waiting || !answered.has(waiting)) return answered;
  const shown = new Set(answered);
  shown.delete(waiting);
  return shown;
}

/** The star rules on the dossier round on show (its results): each star earned or why not. Null for any other round. */
export function roundStarChecks(round: RoundState | null): StarCheck[] | null {
  return round && dossierOf(round) ? starChecks(roundStarAnswers(round)) : null;
}
