/** A lesson played: the round it deals (on a pupil's device or on the projector) and the result a pupil's round comes to. */
import type { ExcerptKeys } from '../content/content-index';
import { shuffle, seededRandom } from '../rng';
import { type Player, type RoundState, SOLO, startRound } from '../round';
import { type LessonSpecInput, NO_LESSON_ACCOMMODATIONS } from './lesson';
import type { PupilResult, ResultAnswer } from './result-code';

/** The round of a lesson. A shuffled lesson deals each pupil's device its own order, from the action's seed. */
export function lessonRound(
  content: ExcerptKeys,
  lesson: { code: string; name: string; spec: LessonSpecInput },
  options: { seed: number; at: string; players?: Player[]; hostReveal?: boolean; mode?: RoundState['mode'] },
): RoundState | null {
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const { spec } = lesson;
  const known = spec.excerptIds.filter((id) => byId.has(id));
  if (known.length === 0 || known.length !== spec.excerptIds.length) return null;
  const mode = options.mode ?? 'play';
  const ordered = spec.order === 'shuffled' && mode !== 'class' ? shuffle(known, seededRandom(options.seed)) : known;
  return startRound({
    id: `${mode === 'class' ? 'c' : 'l'}-${options.at}-${options.seed.toString(36)}`,
    mode,
    dealt: ordered.map((id) => ({ id, category: byId.get(id)?.category ?? 'fact' })),
    players: options.players,
    hostReveal: options.hostReveal,
    lesson: {
      code: lesson.code,
      name: lesson.name,
      excerptIds: [...spec.excerptIds],
      clues: spec.clues,
      confidence: spec.confidence,
      ranking: spec.ranking,
      timerMinutes: spec.timerMinutes,
      // Only when the lesson sets one: a round saved before lessons could stays the same shape.
      ...(Object.values(spec.accommodations ?? NO_LESSON_ACCOMMODATIONS).some(Boolean)
        ? { accommodations: { ...NO_LESSON_ACCOMMODATIONS, ...spec.accommodations } }
        : {}),
    },
    at: options.at,
  });
}

/** What a pupil's round comes to, in the lesson's order: every answer, its confidence and its marks. */
export function roundResult(round: RoundState, nickname: string, binding: { checksum: number; contentVersion: number }): PupilResult | null {
  const lesson = round.lesson;
  if (!lesson) return null;
  const byExcerpt = new Map(round.turns.map((turn) => [turn.excerptId, turn.answers[SOLO.id]]));
  const answers = lesson.excerptIds.map((id): ResultAnswer => {
    const answer = byExcerpt.get(id);
    const out: ResultAnswer = { category: answer?.category ?? null };
    if (lesson.confidence && answer?.confidence) out.confidence = answer.confidence;
    if (lesson.clues) out.marks = [...(answer?.marks ?? [])].sort((a, b) => a - b);
    return out;
  });
  return {
    lessonChecksum: binding.checksum,
    contentVersion: binding.contentVersion,
    nickname,
    clues: lesson.clues,
    confidence: lesson.confidence,
    answers,
  };
}
