/**
 * What views and the stage derive from the state: bests, the review offer, verdicts. Each
 * rule is written once here, so no view works out for itself whether an answer is right.
 */
import { type Category, matchesKey } from '../categories';
import type { ArticleId } from '../content/schema';
import { reviewableCards } from '../progress/leitner';
import type { Profile } from '../progress/records';
import { timesSeen } from '../record-round';
import { type PlayerAnswer, revealedTurn, type RoundState, SOLO, type Turn } from '../round';
import type { GameState } from './state';

export function bestScore(state: GameState): number {
  return state.profile.bestScore;
}

export function bestStreak(state: GameState): number {
  return state.profile.bestStreak;
}

/** Review cards due now that the content can deal (cards of retired excerpts are neither counted nor dealt). */
export function dueCount(state: GameState, knownExcerptIds: ReadonlySet<string>, now: Date): number {
  return reviewableCards(state.profile.leitner, knownExcerptIds, now).length;
}

/** The solo round just played beat the best score held before it began (play mode only). */
export function isNewBest(state: GameState): boolean {
  const round = state.round;
  const score = round?.scores[SOLO.id]?.score ?? 0;
  return !!round && round.mode === 'play' && score > 0 && score > state.bestBeforeRound;
}

export function activeProfile(state: GameState): Profile {
  return state.profiles.find((p) => p.id === state.activeProfileId) ?? (state.profiles[0] as Profile);
}

/** Excerpts this profile has answered: in past rounds and in the round in play. */
export function answeredExcerptIds(state: GameState): ReadonlySet<string> {
  const ids = new Set(Object.keys(timesSeen(state.profile)));
  for (const turn of state.round?.turns ?? []) ids.add(turn.excerptId);
  return ids;
}

/** Whether an answer matches the key: the one definition of "right". */
export function isRightAnswer(answer: Pick<PlayerAnswer, 'category'> | undefined, expected: Category): boolean {
  return matchesKey(answer?.category, expected);
}

/** The solo player's verdict on a revealed turn. */
export function soloVerdict(turn: Turn): { answer: PlayerAnswer | undefined; right: boolean } {
  const answer = turn.answers[SOLO.id];
  return { answer, right: isRightAnswer(answer, turn.expected) };
}

/** The words marked on a revealed turn: the solo player's, or in class the class's proposal. */
export function turnMarks(turn: Turn): readonly number[] {
  return turn.answers[SOLO.id]?.marks ?? turn.marks ?? [];
}

/** The turn on show after a reveal, if any. */
export function shownTurn(state: GameState): Turn | undefined {
  return state.round ? revealedTurn(state.round) : undefined;
}

/** Motion is reduced when the player says so, or when they follow a system that asks for it. */
export function reducedMotion(state: Pick<GameState, 'profile' | 'systemReducedMotion'>): boolean {
  const { reducedMotion: motion } = state.profile.settings;
  return motion === 'on' || (motion === 'system' && state.systemReducedMotion);
}

/** A round is on screen and waiting for an answer (the keys 1–4 and the answer buttons). */
export function isAnswering(state: GameState): boolean {
  return state.screen === 'play' && !state.paused && !state.viewer && state.round?.phase === 'answering';
}

/** A revealed excerpt is on screen (Next and its keys). */
export function isShowingFeedback(state: GameState): boolean {
  return state.screen === 'play' && !state.paused && !state.viewer && state.round?.phase === 'revealed';
}

/** Excerpts the solo player got wrong in a round, in playing order: what "Retry the ones I missed" deals. */
export function missedExcerptIds(round: RoundState): string[] {
  return round.turns.filter((turn) => !soloVerdict(turn).right).map((turn) => turn.excerptId);
}

/**
 * The dossiers (one per article) this profile has completed: those of which a dossier round was
 * finished (career.dossiers, kept apart from the trimmable history). Investigations and the board ask only here.
 */
export function completedDossiers(state: GameState, excerpts: readonly { id: string; article: ArticleId }[]): ReadonlySet<ArticleId> {
  const done = state.profile.career?.dossiers ?? {};
  return new Set(excerpts.map((e) => e.article).filter((article) => done[article] !== undefined));
}
