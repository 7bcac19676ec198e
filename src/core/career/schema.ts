/**
 * What the career keeps in a profile (ProfileData.career, optional: a profile saved before the
 * career has none and loads as it is). It is kept apart from the round history, which may be
 * trimmed: a rank reached and a star earned are never lost when old rounds go.
 * This file imports nothing from progress/records.ts, which imports it.
 */
import * as v from 'valibot';

/** The three stars of a dossier, in the order they are shown. */
export const STARS = ['accuracy', 'clues', 'calibration'] as const;
export type Star = (typeof STARS)[number];

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
// As records.ts IsoInstant (not imported from there: that module imports this one).
const instant = v.pipe(v.string(), v.isoTimestamp('must be an ISO date-time such as 2025-01-31T09:00:00.000Z'));

export const DossierRecord = v.object({
  /** Each star once earned stays earned: replaying keeps the best of each. */
  stars: v.object({ accuracy: v.boolean(), clues: v.boolean(), calibration: v.boolean() }),
  /** The most excerpts right in one play of this dossier. */
  bestRight: count,
  /** How many times a dossier round of it was finished. */
  plays: v.pipe(count, v.minValue(1)),
  firstAt: instant,
  lastAt: instant,
});
export type DossierRecord = v.InferOutput<typeof DossierRecord>;

/** Article ids as the content has them ("000"…): anything else is not a dossier. */
const ARTICLE_KEY = /^[0-9]{3}$/;

export const CareerRecord = v.object({
  /** The highest rank reached (an index in RANKS): a rank is never taken back. */
  rank: v.pipe(count, v.maxValue(20)),
  /** When that rank was reached (absent for the first). */
  rankedAt: v.optional(instant),
  /** One entry per dossier finished at least once, by article id. */
  dossiers: v.pipe(
    v.record(v.string(), DossierRecord),
    v.check((dossiers) => Object.keys(dossiers).every((key) => ARTICLE_KEY.test(key)), 'dossier keys must be article ids such as "000"'),
    v.check((dossiers) => Object.keys(dossiers).length <= 200, 'at most 200 dossiers'),
  ),
});
export type CareerRecord = v.InferOutput<typeof CareerRecord>;

export const EMPTY_CAREER: CareerRecord = { rank: 0, dossiers: {} };
