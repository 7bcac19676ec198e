/**
 * What a class round playing an investigation carries besides its passages: the investigation,
 * its synthesis question (fixed when the round is dealt, as the round fixes each excerpt's key),
 * and once the last passage is revealed, the teams' votes on the question, hidden until the
 * teacher reveals them. Part of the saved round, so a reload resumes it where it was.
 * Its points are kept apart from the passages' scores: a round's score stays the sum of its
 * turns (roundProblems), the standings add the vote's points.
 */
import * as v from 'valibot';
import { SynthesisQuestionSchema } from './questions';

/** Points for a team whose vote is right: what a right answer gives in class (no certainty asked), no streak. */
export const VOTE_POINTS = 100;

export const ClassVoteSchema = v.object({
  /** Each team's choice (changeable until the reveal). */
  votes: v.record(v.string(), v.string()),
  /** Set at the reveal: the points each team gained (every team, 0 when wrong or silent). */
  gained: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
export type ClassVote = v.InferOutput<typeof ClassVoteSchema>;

export const ClassInvestigationSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  question: SynthesisQuestionSchema,
  /** Present once the teacher went on from the last passage to the question. */
  vote: v.optional(ClassVoteSchema),
});
export type ClassInvestigation = v.InferOutput<typeof ClassInvestigationSchema>;

/** What is wrong with a round's investigation part, given the round's shape (empty when sound). */
export function classInvestigationProblems(round: {
  mode: string;
  players: ReadonlyArray<{ id: string }>;
  phase: string;
  index: number;
  excerptIds: readonly string[];
  turns: readonly unknown[];
  endedEarly?: number;
  investigation?: ClassInvestigation;
}): string[] {
  const investigation = round.investigation;
  if (!investigation) return [];
  const problems: string[] = [];
  if (round.mode !== 'class') problems.push('an investigation vote outside a class round');
  const { question, vote } = investigation;
  const passages = question.kind === 'relation' ? [] : question.choices;
  if (passages.some((id) => !round.excerptIds.includes(id)) && round.endedEarly === undefined)
    problems.push('a choice is not a passage of the round');
  if (!vote) return problems;
  // The question comes after the last passage is revealed.
  const last = round.index === round.excerptIds.length - 1 && round.turns.length === round.excerptIds.length;
  if (round.phase === 'answering' || !last) problems.push('a vote before the last passage was revealed');
  const players = new Set(round.players.map((p) => p.id));
  for (const [team, choice] of Object.entries(vote.votes)) {
    if (!players.has(team)) problems.push(`a vote from no team (${team})`);
    if (!question.choices.includes(choice)) problems.push(`a vote for no choice (${choice})`);
  }
  if (vote.gained) {
    const ids = Object.keys(vote.gained);
    if (ids.length !== players.size || ids.some((id) => !players.has(id))) problems.push('vote points do not match the teams');
    for (const [team, points] of Object.entries(vote.gained)) {
      if (points !== (vote.votes[team] === question.answer ? VOTE_POINTS : 0)) problems.push(`${team}: the vote points do not match the vote`);
    }
  }
  return problems;
}
