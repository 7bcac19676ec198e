/**
 * What a round reports to a learning platform (an LMS playing the game as a SCORM 1.2 package),
 * worked out from the round alone: pure, so the adapter at the edge (services/scorm.ts) only
 * carries values. The values respect SCORM 1.2's data model:
 *   cmi.core.score.raw     the share of excerpts right, 0–100 (min 0, max 100)
 *   cmi.core.lesson_status incomplete while playing; then passed/failed against the pass mark
 *                          set when the package was made, or completed without one
 *   cmi.core.session_time  CMITimespan, HHHH:MM:SS.SS
 *   cmi.interactions.n     one per excerpt answered: id (CMIIdentifier: letters, digits, - and _),
 *                          type choice, the answer and the key as a–d, result correct/wrong
 *   cmi.suspend_data       at most 4096 characters: the deal and the answers, enough to rebuild
 *                          the round on the pupil's return (see suspend.ts)
 * Nothing about the learner is read or reported: no name, no id.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../categories';
import type { RoundState, Turn } from '../round';
import { SOLO } from '../round';

/** How the package was made: the lesson it plays (null: a standard round) and the pass mark (null: none). */
export const LmsConfigSchema = v.object({
  format: v.literal('fait-ou-propagande/lms'),
  version: v.literal(1),
  lesson: v.nullable(v.object({ code: v.string(), name: v.pipe(v.string(), v.maxLength(120)) })),
  passPercent: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});
export type LmsConfig = v.InferOutput<typeof LmsConfigSchema>;

export const DEFAULT_LMS_CONFIG: LmsConfig = { format: 'fait-ou-propagande/lms', version: 1, lesson: null, passPercent: null };

/** The package's settings file read back; the default (a standard round, no pass mark) when it is missing or not one. */
export function parseLmsConfig(value: unknown): LmsConfig {
  const parsed = v.safeParse(LmsConfigSchema, value);
  return parsed.success ? parsed.output : DEFAULT_LMS_CONFIG;
}

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface LmsInteraction {
  /** cmi.interactions.n.id: "excerpt-001-04". */
  id: string;
  type: 'choice';
  /** The answer given, a–d (CATEGORIES order); empty when none was given. */
  response: string;
  /** The key's answer, a–d. */
  correct: string;
  result: 'correct' | 'wrong';
}

export interface LmsReport {
  scoreRaw: number;
  scoreMin: 0;
  scoreMax: 100;
  status: LessonStatus;
  /** One per excerpt answered, in the order they were played. */
  interactions: LmsInteraction[];
  finished: boolean;
}

/** A category as a SCORM 1.2 choice identifier: a single letter, a to d in CATEGORIES order. */
export function choiceLetter(category: Category): string {
  return 'abcd'.charAt(CATEGORIES.indexOf(category));
}

/** A CMIIdentifier: letters, digits, - and _ only, at most 255 characters. */
export function interactionId(excerptId: string): string {
  return `excerpt-${excerptId}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255);
}

function interactionOf(turn: Turn): LmsInteraction {
  const answer = turn.answers[SOLO.id]?.category;
  return {
    id: interactionId(turn.excerptId),
    type: 'choice',
    response: answer ? choiceLetter(answer) : '',
    correct: choiceLetter(turn.expected),
    result: answer === turn.expected ? 'correct' : 'wrong',
  };
}

export function roundReport(round: RoundState, passPercent: number | null): LmsReport {
  const total = round.excerptIds.length;
  const right = round.turns.filter((turn) => turn.answers[SOLO.id]?.category === turn.expected).length;
  const scoreRaw = total === 0 ? 0 : Math.round((right / total) * 100);
  const finished = round.phase === 'finished';
  const status: LessonStatus = !finished ? 'incomplete' : passPercent === null ? 'completed' : scoreRaw >= passPercent ? 'passed' : 'failed';
  return { scoreRaw, scoreMin: 0, scoreMax: 100, status, interactions: round.turns.map(interactionOf), finished };
}

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function sessionTime(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
