/**
 * The round kept in the LMS (cmi.suspend_data, at most 4096 characters in SCORM 1.2), so that a
 * pupil who leaves and comes back goes on where they were, on any machine. What it holds is the
 * deal and the answers, compact; the round is rebuilt by replaying them through the round's own
 * state machine against today's answer key, so points, streaks and clue bonuses come out as they
 * were. A snapshot that does not read, names an excerpt the content lost, or was made for another
 * lesson is refused: a fresh round starts.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../categories';
import type { ContentBundle } from '../content/schema';
import { clueMarks } from '../content/words';
import { CONFIDENCES } from '../progress/records';
import { decodeLessonCode, type LessonSpec, lessonRound } from '../lessons';
import { newRound } from '../new-round';
import { reduceRound, type RoundLesson, type RoundState, SOLO, startRound } from '../round';
import type { LmsConfig } from './report';

export const SUSPEND_MAX_LENGTH = 4096;

const SuspendSchema = v.object({
  v: v.literal(1),
  /** The lesson code the round plays, or "" for a standard round. */
  l: v.string(),
  id: v.pipe(v.string(), v.maxLength(80)),
  s: v.string(),
  /** The excerpts dealt, in the order played. */
  x: v.pipe(v.array(v.string()), v.minLength(1)),
  /** Per answered excerpt: the category (index), the confidence (index, -1 none), 1 when words were marked then their indices, or 0. */
  a: v.array(v.array(v.pipe(v.number(), v.integer(), v.minValue(-1)))),
  /** The last answer's feedback is on screen (the pupil had not gone on yet). */
  r: v.boolean(),
});

/** The round as suspend data; marks are left out if the whole would not fit in 4096 characters. */
export function encodeSuspend(round: RoundState): string {
  const encode = (withMarks: boolean) =>
    JSON.stringify({
      v: 1,
      l: round.lesson?.code ?? '',
      id: round.id.slice(0, 80),
      s: round.startedAt,
      x: round.excerptIds,
      a: round.turns.map((turn) => {
        const answer = turn.answers[SOLO.id];
        const category = answer ? CATEGORIES.indexOf(answer.category) : -1;
        const confidence = answer?.confidence ? CONFIDENCES.indexOf(answer.confidence) : -1;
        const marks = withMarks ? answer?.marks : undefined;
        return [category, confidence, ...(marks ? [1, ...marks] : [0])];
      }),
      r: round.phase === 'revealed',
    });
  const full = encode(true);
  return full.length <= SUSPEND_MAX_LENGTH ? full : encode(false);
}

/** The round back from suspend data, for this lesson (null for a standard round); null when it cannot be played on. */
export function decodeSuspend(text: string, content: Pick<ContentBundle, 'excerpts'>, lesson: RoundLesson | null): RoundState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(SuspendSchema, value);
  if (!parsed.success) return null;
  const data = parsed.output;
  if (data.l !== (lesson?.code ?? '')) return null;
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const dealt = data.x.map((id) => ({ id, category: byId.get(id)?.category }));
  if (dealt.some((d) => d.category === undefined) || new Set(data.x).size !== data.x.length) return null;
  if (data.a.length > data.x.length || (data.r && data.a.length === 0)) return null;
  let round = startRound({
    id: data.id,
    mode: 'play',
    dealt: dealt as Array<{ id: string; category: (typeof CATEGORIES)[number] }>,
    ...(lesson ? { lesson } : {}),
    at: data.s,
  });
  for (const [i, [categoryIndex, confidenceIndex, marked, ...marks]] of data.a.entries()) {
    const category = CATEGORIES[categoryIndex ?? -1];
    if (!category) return null;
    const confidence = CONFIDENCES[confidenceIndex ?? -1];
    const excerpt = byId.get(data.x[i] as string);
    const clue = marked === 1 && excerpt;
    round = reduceRound(round, {
      type: 'answer',
      playerId: SOLO.id,
      category,
      at: data.s,
      ...(confidence ? { confidence } : {}),
      ...(clue ? { marks, clueFound: clueMarks(excerpt, marks).found } : {}),
    }).state;
    const last = i === data.a.length - 1;
    if (!last || !data.r) round = reduceRound(round, { type: 'next', at: data.s }).state;
  }
  // Every excerpt answered and gone on from: the round was over, nothing to resume.
  return round.phase === 'finished' ? null : round;
}

/**
 * The round an LMS session plays: the one kept in suspend data if it reads for this package's
 * lesson, otherwise a fresh one (the lesson's, or a standard round of `size` excerpts). Null when
 * the package's lesson cannot be played on this content (its code was made for another one).
 */
export function lmsRound(
  content: ContentBundle,
  config: LmsConfig,
  suspend: string | null,
  options: { seed: number; at: string; size: number | 'all' },
): RoundState | null {
  let lesson: { code: string; name: string; spec: LessonSpec } | null = null;
  if (config.lesson) {
    const decoded = decodeLessonCode(config.lesson.code, content);
    if (!decoded.ok) return null;
    lesson = { code: decoded.code, name: config.lesson.name, spec: decoded.spec };
  }
  const fresh = lesson ? lessonRound(content, lesson, { seed: options.seed, at: options.at }) : newRound(content, options);
  if (!fresh) return null;
  const resumed = suspend ? decodeSuspend(suspend, content, fresh.lesson ?? null) : null;
  return resumed ?? fresh;
}
