/**
 * A lesson, as a teacher prepares it at home: which excerpts, in which order, which steps are
 * asked, whether a ranking is shown, and a discussion timer for the teacher's own pacing. The
 * spec is all that travels in a lesson code; the name and dates stay on the teacher's device.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../categories';
import type { ArticleId, ContentBundle, Excerpt } from '../content/schema';
import type { ExcerptKeys } from '../content/content-index';
import { dealRound } from '../deal';
import { fnv1a } from './codec';

export const LESSON_ORDERS = ['fixed', 'shuffled'] as const;
export type LessonOrder = (typeof LESSON_ORDERS)[number];
export const DIFFICULTIES = ['clear', 'tricky'] as const;
export type Difficulty = Excerpt['difficulty'];

/** A lesson holds 1 to this many excerpts (the code writes the count in 7 bits). */
export const MAX_LESSON_EXCERPTS = 127;
/** The discussion timer, in minutes; 0 is off (the default). It paces the teacher, never the score. */
export const MAX_TIMER_MINUTES = 15;
export const LESSON_NAME_MAX_LENGTH = 60;

/**
 * Accommodations a teacher turns on for everyone playing the lesson (on the projector, a pupil's
 * device, a SCORM package): off means each player's own setting. A lesson never turns one off: a
 * pupil who needs to hear the excerpt keeps the voice whatever the lesson says.
 */
export const LESSON_ACCOMMODATIONS = ['twoStep', 'frenchFirst', 'readAloud'] as const;
export type LessonAccommodation = (typeof LESSON_ACCOMMODATIONS)[number];
export const LessonAccommodationsSchema = v.object({
  /** Fewer choices: the two-step question. */
  twoStep: v.boolean(),
  /** In the English interface, the French original first. */
  frenchFirst: v.boolean(),
  /** The read-aloud button and key. */
  readAloud: v.boolean(),
});
export type LessonAccommodations = v.InferOutput<typeof LessonAccommodationsSchema>;
export const NO_LESSON_ACCOMMODATIONS: LessonAccommodations = { twoStep: false, frenchFirst: false, readAloud: false };

export const LessonSpecSchema = v.object({
  /** Excerpt ids in the lesson's order (the printed sheets' order). */
  excerptIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(MAX_LESSON_EXCERPTS)),
  /** 'shuffled': each pupil's device deals its own order (answers are still reported in the lesson's order). */
  order: v.picklist(LESSON_ORDERS),
  /** The "find the clue" step: mark the words that gave the answer away. */
  clues: v.boolean(),
  /** The "how sure are you?" question. */
  confidence: v.boolean(),
  /** A ranking of teams or pupils is shown (off is a choice: rankings discourage weaker pupils). */
  ranking: v.boolean(),
  timerMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIMER_MINUTES)),
  /** Absent from lessons saved before lessons could set accommodations: none then. */
  accommodations: v.optional(LessonAccommodationsSchema, () => ({ ...NO_LESSON_ACCOMMODATIONS })),
});
export type LessonSpec = v.InferOutput<typeof LessonSpecSchema>;
/** A spec as given (a lesson saved before accommodations has none: the schema fills them in). */
export type LessonSpecInput = v.InferInput<typeof LessonSpecSchema>;

export const LessonSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  name: v.pipe(v.string(), v.maxLength(LESSON_NAME_MAX_LENGTH * 2)),
  spec: LessonSpecSchema,
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type Lesson = v.InferOutput<typeof LessonSchema>;

export function defaultLessonSpec(excerptIds: string[]): LessonSpec {
  return {
    excerptIds,
    order: 'fixed',
    clues: true,
    confidence: true,
    ranking: false,
    timerMinutes: 0,
    accommodations: { ...NO_LESSON_ACCOMMODATIONS },
  };
}

/** A stored or imported lesson read back; null when it is not one. */
export function parseLesson(value: unknown): Lesson | null {
  const parsed = v.safeParse(LessonSchema, value);
  return parsed.success ? parsed.output : null;
}

/** Spaces squeezed, ends trimmed, cut to the maximum: what is kept of a typed name. */
export function cleanLessonName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, LESSON_NAME_MAX_LENGTH);
}

/**
 * The content version: a short stable fingerprint of what a lesson depends on, the excerpt ids
 * and their answers. Two devices with the same version deal the same lesson from the same code;
 * a corrected answer or a new excerpt gives another version, and old codes say so.
 */
export function contentVersion(content: ExcerptKeys): number {
  const lines = content.excerpts.map((e) => `${e.id}:${e.category}`).sort();
  return fnv1a(lines.join('\n')) & 0xffffff;
}

/** The content's excerpt ids in a fixed order (by id): a lesson code names excerpts by their place here. */
export function excerptIndex(content: ExcerptKeys): string[] {
  return content.excerpts.map((e) => e.id).sort();
}

/** What the builder filters on. Empty lists mean "all". */
export interface LessonFilter {
  articles: readonly ArticleId[];
  categories: readonly Category[];
  difficulty: 'all' | Difficulty;
}

export const ALL_EXCERPTS: LessonFilter = { articles: [], categories: [], difficulty: 'all' };

/** The excerpts a filter lets through, in content order (article, then reading order). */
export function filterExcerpts(content: ContentBundle, filter: LessonFilter): Excerpt[] {
  return content.excerpts.filter(
    (e) =>
      (filter.articles.length === 0 || filter.articles.includes(e.article)) &&
      (filter.categories.length === 0 || filter.categories.includes(e.category)) &&
      (filter.difficulty === 'all' || e.difficulty === filter.difficulty),
  );
}

/**
 * Draws `count` excerpts among those the filter lets through, mixing categories and articles
 * the way a round does; the draw is fixed by the seed, then kept in the lesson as a list.
 */
export function drawExcerpts(content: ContentBundle, filter: LessonFilter, count: number, seed: number): string[] {
  const candidates = filterExcerpts(content, filter).map((e) => ({ id: e.id, article: e.article, category: e.category }));
  return dealRound(candidates, { size: Math.max(1, Math.min(count, MAX_LESSON_EXCERPTS)), seed });
}

/** How many excerpts of each category a lesson holds, for the builder's summary. */
export function categoryMix(content: ContentBundle, excerptIds: readonly string[]): Record<Category, number> {
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const mix = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const id of excerptIds) {
    const excerpt = byId.get(id);
    if (excerpt) mix[excerpt.category] += 1;
  }
  return mix;
}

/** The ids the content no longer has (a lesson from an older content); empty when the lesson can be played. */
export function missingExcerpts(content: ContentBundle, spec: LessonSpec): string[] {
  const known = new Set(content.excerpts.map((e) => e.id));
  return spec.excerptIds.filter((id) => !known.has(id));
}

/**
 * The resume slot of a pupil's lesson round: like the classroom's, a character no profile id may
 * have, so a lesson never takes the place of a player's own unfinished round.
 */
export const LESSON_RESUME_SLOT = '~lesson';
