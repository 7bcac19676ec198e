/**
 * What a profile keeps of its investigations: the one left unfinished (a reload resumes it) and
 * the best result of each one finished. An optional field of the profile record (no version bump:
 * a record without it is a profile that has played none), carried by export and import.
 */
import * as v from 'valibot';
import { CategorySchema } from '../categories';
import { ChoiceSchema } from './questions';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(120));
const Instant = v.pipe(v.string(), v.isoTimestamp());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

export const InvestigationProgress = v.object({
  id: Id,
  startedAt: Instant,
  updatedAt: Instant,
  /** The player's category per passage (excerpt id), changeable until the question is reached. */
  answers: v.pipe(
    v.record(Id, CategorySchema),
    v.check((answers) => Object.keys(answers).length <= 100, 'at most 100 passages'),
  ),
  /** `classify`: the passages; `question`: the classifications are final and the synthesis question is asked. */
  phase: v.picklist(['classify', 'question']),
});
export type InvestigationProgress = v.InferOutput<typeof InvestigationProgress>;

export const InvestigationResult = v.object({
  at: Instant,
  passages: Count,
  passagesRight: Count,
  /** The choice given: a relation answer, or (since the flaw and figures questions) a passage's excerpt id. */
  synthesis: ChoiceSchema,
  synthesisRight: v.boolean(),
});
export type InvestigationResult = v.InferOutput<typeof InvestigationResult>;

export const InvestigationsRecord = v.object({
  current: v.optional(InvestigationProgress),
  results: v.pipe(
    v.record(Id, InvestigationResult),
    v.check((results) => Object.keys(results).length <= 1000, 'at most 1000 results'),
  ),
});
export type InvestigationsRecord = v.InferOutput<typeof InvestigationsRecord>;

/** How good a result is: the synthesis first, then the passages right; a later one wins a tie. */
function rank(result: InvestigationResult): string {
  return `${result.synthesisRight ? 1 : 0}|${String(result.passagesRight).padStart(4, '0')}|${result.at}`;
}

/** The better of two results of one investigation (the same whichever comes first). */
export function betterResult(a: InvestigationResult | undefined, b: InvestigationResult): InvestigationResult {
  if (!a) return b;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra > rb ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Two copies of a profile's investigations made one (two tabs): each investigation's better
 * result, and the unfinished one touched last, unless a result since finished it. Commutative.
 */
export function mergeInvestigations(a: InvestigationsRecord | undefined, b: InvestigationsRecord | undefined): InvestigationsRecord | undefined {
  if (!a) return b;
  if (!b) return a;
  const results: Record<string, InvestigationResult> = {};
  for (const id of [...new Set([...Object.keys(a.results), ...Object.keys(b.results)])].sort()) {
    const best = [a.results[id], b.results[id]].filter((r): r is InvestigationResult => r !== undefined);
    results[id] = best.reduce<InvestigationResult | undefined>((kept, r) => betterResult(kept, r), undefined) as InvestigationResult;
  }
  const candidates = [a.current, b.current].filter((c): c is InvestigationProgress => c !== undefined);
  candidates.sort((x, y) => (x.updatedAt !== y.updatedAt ? (x.updatedAt > y.updatedAt ? -1 : 1) : JSON.stringify(x) > JSON.stringify(y) ? -1 : 1));
  const current = candidates[0];
  const finishedSince = current !== undefined && (results[current.id]?.at ?? '') >= current.updatedAt;
  return current && !finishedSince ? { current, results } : { results };
}
