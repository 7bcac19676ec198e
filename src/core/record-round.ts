/** Turning a finished round into what progress keeps: one record per round, review cards, records. */
import type { ContentBundle } from './content/schema';
import { appendRoundRecord } from './progress/merge';
import type { AnswerRecord, ProfileData, RoundRecord } from './progress/records';
import { SOLO, type RoundState } from './round';

export function roundToRecord(round: RoundState, articleOf: (excerptId: string) => string, playerId: string = SOLO.id): RoundRecord {
  const score = round.scores[playerId];
  const answers: AnswerRecord[] = [];
  for (const turn of round.turns) {
    const answer = turn.answers[playerId];
    if (!answer) continue; // a team that did not answer has nothing to learn from here
    const record: AnswerRecord = {
      excerptId: turn.excerptId,
      articleId: articleOf(turn.excerptId),
      expected: turn.expected,
      answered: answer.category,
      at: answer.at,
    };
    if (answer.confidence) record.confidence = answer.confidence;
    if (answer.twoStep) record.twoStep = true;
    if (answer.marks) {
      record.marks = answer.marks;
      record.clueFound = answer.clueFound ?? false;
    }
    answers.push(record);
  }
  return {
    id: round.id,
    mode: round.mode,
    startedAt: round.startedAt,
    endedAt: round.endedAt ?? round.startedAt,
    score: score?.score ?? 0,
    bestStreak: score?.bestStreak ?? 0,
    answers,
  };
}

/** The profile after a finished solo round (play or review). Classroom rounds are the teacher's, not a profile's. */
export function applyFinishedRound(profile: ProfileData, round: RoundState, content: ContentBundle): ProfileData {
  if (round.mode === 'class' || round.phase !== 'finished') return profile;
  if (profile.rounds.some((r) => r.id === round.id)) return profile; // already recorded (a double effect or a reload)
  const articleOf = new Map(content.excerpts.map((e) => [e.id, e.article as string]));
  return appendRoundRecord(
    profile,
    roundToRecord(round, (id) => articleOf.get(id) ?? id.slice(0, 3)),
  );
}

/** How many times each excerpt was played, so a new deal prefers the ones seen least. */
export function timesSeen(profile: ProfileData): Record<string, number> {
  const seen: Record<string, number> = {};
  for (const round of profile.rounds) for (const answer of round.answers) seen[answer.excerptId] = (seen[answer.excerptId] ?? 0) + 1;
  return seen;
}
