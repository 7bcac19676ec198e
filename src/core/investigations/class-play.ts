/**
 * An investigation played by a class on the projector: its passages are the class round's
 * excerpts (teams answer each, the teacher reveals each), then the class answers its synthesis
 * question: each team votes (hidden, changeable), the teacher reveals, a right vote earns what a
 * right answer earns in class. Pure steps on the round; the round's own machine does the rest.
 */
import type { ContentBundle } from '../content/schema';
import type { RoundState } from '../round';
import { type ClassInvestigation, VOTE_POINTS } from './class-vote';
import { investigationsOf, type Investigation } from './derive';

/** The investigation a class setup names, if this content still has it (in class every one is open: the teacher leads). */
export function classInvestigation(content: ContentBundle, id: string | undefined): Investigation | undefined {
  return id === undefined ? undefined : investigationsOf(content).find((i) => i.id === id);
}

/** What the round carries of it when dealt: the id and the question (its key), no vote yet. */
export function dealtInvestigation(investigation: Investigation): ClassInvestigation {
  return { id: investigation.id, question: investigation.question };
}

/** The class is on the synthesis question (voting, or its answer revealed and not yet gone on). */
export function onQuestion(round: RoundState): boolean {
  return round.investigation?.vote !== undefined && round.phase !== 'finished';
}

/** Votes may be given or changed: on the question, before its reveal. */
export function voteOpen(round: RoundState): boolean {
  return onQuestion(round) && round.investigation?.vote?.gained === undefined;
}

/** The question comes once the last passage is revealed (the teacher goes on to it instead of to the results). */
export function questionDue(round: RoundState): boolean {
  return (
    round.mode === 'class' &&
    round.investigation !== undefined &&
    round.investigation.vote === undefined &&
    round.phase === 'revealed' &&
    round.index === round.excerptIds.length - 1
  );
}

export function toClassQuestion(round: RoundState): RoundState {
  if (!questionDue(round) || !round.investigation) return round;
  return { ...round, investigation: { ...round.investigation, vote: { votes: {} } } };
}

/** A team's vote (or its change of mind); anything out of turn, from no team or for no choice changes nothing. */
export function castVote(round: RoundState, teamId: string, choice: string): RoundState {
  const investigation = round.investigation;
  const vote = investigation?.vote;
  if (!investigation || !vote || !voteOpen(round)) return round;
  if (!round.players.some((p) => p.id === teamId) || !investigation.question.choices.includes(choice)) return round;
  if (vote.votes[teamId] === choice) return round;
  return { ...round, investigation: { ...investigation, vote: { votes: { ...vote.votes, [teamId]: choice } } } };
}

export function votedCount(round: RoundState): number {
  const votes = round.investigation?.vote?.votes ?? {};
  return round.players.filter((p) => votes[p.id] !== undefined).length;
}

/** The teacher may reveal once a team has voted (a stray key press must not reveal an empty vote). */
export function canRevealVote(round: RoundState): boolean {
  return voteOpen(round) && votedCount(round) > 0;
}

export function revealVote(round: RoundState): RoundState {
  const investigation = round.investigation;
  const vote = investigation?.vote;
  if (!investigation || !vote || !canRevealVote(round)) return round;
  const gained = Object.fromEntries(round.players.map((p) => [p.id, vote.votes[p.id] === investigation.question.answer ? VOTE_POINTS : 0]));
  return { ...round, investigation: { ...investigation, vote: { ...vote, gained } } };
}

/** The points a team's vote earned (0 before the reveal, or without a question). */
export function votePoints(round: RoundState, teamId: string): number {
  return round.investigation?.vote?.gained?.[teamId] ?? 0;
}

export interface VoteOutcome {
  teamId: string;
  choice: string | null;
  right: boolean;
  points: number;
}

/** How each team did on the question, once revealed (empty before). */
export function voteOutcomes(round: RoundState): VoteOutcome[] {
  const investigation = round.investigation;
  const vote = investigation?.vote;
  if (!investigation || !vote?.gained) return [];
  return round.players.map((p) => {
    const choice = vote.votes[p.id] ?? null;
    return { teamId: p.id, choice, right: choice === investigation.question.answer, points: votePoints(round, p.id) };
  });
}
