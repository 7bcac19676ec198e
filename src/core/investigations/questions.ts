/**
 * The synthesis questions an investigation can ask, each derived from one field of the key and
 * asked only when that field gives exactly one answer (an arguable answer would cost the game a
 * teacher's trust):
 * - `flaw`: "only one of these passages has a flaw of its own (an error of fact, or a claim
 *   nothing sources): which?". The key marks such a passage with "⚠" in its short explanation
 *   (the content guide's rule), in both languages; asked when exactly one passage carries it.
 *   The "⚠" stands for both kinds of flaw, so the question names both: the data does not say
 *   which of the two it is.
 * - `figures`: on a topic whose passages all give a figure, "only one is (not) an estimate:
 *   which?", when the key's categories set exactly one passage apart from the estimates (or one
 *   estimate apart from the others): which figure is estimated and which is not.
 * - `relation`: "do these articles agree, say something else, or contradict each other?", when
 *   every pair of passages from two articles carries the same relation on both sides. Never for a
 *   contradiction link: built from a `contradicts` link, its answer would always be "contradict".
 * The choices of `flaw` and `figures` are the passages (excerpt ids), in the investigation's order.
 */
import * as v from 'valibot';
import type { Excerpt, Relation } from '../content/schema';

/** The answers of the relation question, in the order they are offered. */
export const SYNTHESIS_ANSWERS = ['agrees', 'differs', 'contradicts'] as const satisfies readonly Relation[];
export type SynthesisAnswer = (typeof SYNTHESIS_ANSWERS)[number];

export const QUESTION_KINDS = ['flaw', 'figures', 'relation'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const EXCERPT_ID = /^\d{3}-\d{2}$/;
/** A choice: a relation answer, or a passage by its excerpt id. */
export const ChoiceSchema = v.union([v.picklist(SYNTHESIS_ANSWERS), v.pipe(v.string(), v.regex(EXCERPT_ID))]);

export const SynthesisQuestionSchema = v.pipe(
  v.object({
    kind: v.picklist(QUESTION_KINDS),
    choices: v.pipe(v.array(ChoiceSchema), v.minLength(2), v.maxLength(20)),
    /** The one right choice by the key. */
    answer: ChoiceSchema,
    /** `figures`: the one passage set apart is the estimate (true) or the only one that is not (false). */
    oddIsEstimate: v.optional(v.boolean()),
  }),
  v.check((q) => q.choices.includes(q.answer), 'the answer must be one of the choices'),
);
export type SynthesisQuestion = v.InferOutput<typeof SynthesisQuestionSchema>;

/** The sign of the key's "flaw of its own" line (content guide: an error of fact or an unsourced claim). */
export const FLAW_SIGN = '⚠';

/** Whether the key flags the passage, in both languages alike (null when the two languages disagree). */
export function flagged(excerpt: Pick<Excerpt, 'short'>): boolean | null {
  const fr = excerpt.short.fr.includes(FLAW_SIGN);
  const en = excerpt.short.en.includes(FLAW_SIGN);
  return fr === en ? fr : null;
}

/** The "⚠" sentence of a short explanation (placeholders already resolved), or null when it has none. */
export function flawLine(short: string): string | null {
  const start = short.indexOf(FLAW_SIGN);
  if (start < 0) return null;
  const rest = short.slice(start);
  // Up to the end of its sentence: a full stop, "!" or "?" followed by a space or the end.
  const end = /[.!?…](?=\s|$)/.exec(rest.slice(FLAW_SIGN.length + 1));
  return (end ? rest.slice(0, FLAW_SIGN.length + 1 + end.index + 1) : rest).trim();
}

function flawQuestion(passages: readonly Excerpt[]): SynthesisQuestion | null {
  const flags = passages.map(flagged);
  if (flags.includes(null)) return null;
  const marked = passages.filter((_, i) => flags[i] === true);
  if (marked.length !== 1 || !marked[0]) return null;
  return { kind: 'flaw', choices: passages.map((p) => p.id), answer: marked[0].id };
}

function figuresQuestion(passages: readonly Excerpt[], topic: boolean): SynthesisQuestion | null {
  if (!topic || passages.some((p) => p.figure === undefined)) return null;
  const estimates = passages.filter((p) => p.category === 'estimate');
  const others = passages.filter((p) => p.category !== 'estimate');
  const choices = passages.map((p) => p.id);
  // With two passages both sides are one: ask for the estimate.
  if (estimates.length === 1 && others.length >= 1 && estimates[0]) return { kind: 'figures', choices, answer: estimates[0].id, oddIsEstimate: true };
  if (others.length === 1 && estimates.length >= 2 && others[0]) return { kind: 'figures', choices, answer: others[0].id, oddIsEstimate: false };
  return null;
}

/**
 * The question an investigation asks: the first the key supports of flaw, figures, relation.
 * `relation` is the one relation every cross-article pair shares (null when they do not share one).
 */
export function synthesisQuestion(passages: readonly Excerpt[], point: { topic: boolean; relation: Relation | null }): SynthesisQuestion | null {
  const flaw = flawQuestion(passages);
  if (flaw) return flaw;
  const figures = figuresQuestion(passages, point.topic);
  if (figures) return figures;
  const relation = point.relation;
  if (point.topic && relation !== null && (SYNTHESIS_ANSWERS as readonly Relation[]).includes(relation)) {
    return { kind: 'relation', choices: [...SYNTHESIS_ANSWERS], answer: relation };
  }
  return null;
}
