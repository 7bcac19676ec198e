/**
 * Keeping the career in a profile: a finished dossier round updates its dossier (each star kept
 * once earned, the best score kept), and any finished round may raise the rank. This runs where a
 * round enters a profile (progress/merge.ts appendRoundRecord), in the reducer and in storage
 * alike, so the two never disagree. Two versions of a career (two tabs, storage) merge by
 * keeping the best of each part: commutative, associative and idempotent like the rest of merge.ts.
 */
import * as v from 'valibot';
import type { ProfileData, RoundRecord } from '../progress/records';
import { starsEarned } from './dossiers';
import { rankOf } from './ranks';
import { CareerRecord, type DossierRecord, EMPTY_CAREER, STARS } from './schema';

// ISO instants of one format compare as text: the earlier one sorts first.
const earliest = (...instants: string[]): string => [...instants].sort()[0] as string;
const latest = (...instants: string[]): string => [...instants].sort().at(-1) as string;

/** The article a dossier round record played (its answers are all of one article), or null. */
export function recordDossier(record: Pick<RoundRecord, 'mode' | 'answers'>): string | null {
  if (record.mode !== 'dossier') return null;
  const article = record.answers[0]?.articleId;
  return article && /^[0-9]{3}$/.test(article) && record.answers.every((a) => a.articleId === article) ? article : null;
}

/** The career after `record` was appended to the profile (`profile` already holds it). */
export function careerAfterRound(profile: ProfileData, record: RoundRecord): CareerRecord | undefined {
  let career = profile.career;
  const article = recordDossier(record);
  if (article && record.answers.length > 0) {
    const base = career ?? EMPTY_CAREER;
    const earned = starsEarned(record.answers);
    const right = record.answers.filter((a) => a.answered === a.expected).length;
    const before = base.dossiers[article];
    const at = record.endedAt;
    const dossier: DossierRecord = before
      ? {
          stars: {
            accuracy: before.stars.accuracy || earned.accuracy,
            clues: before.stars.clues || earned.clues,
            calibration: before.stars.calibration || earned.calibration,
          },
          bestRight: Math.max(before.bestRight, right),
          plays: before.plays + 1,
          firstAt: earliest(before.firstAt, at),
          lastAt: latest(before.lastAt, at),
        }
      : { stars: earned, bestRight: right, plays: 1, firstAt: at, lastAt: at };
    career = { ...base, dossiers: { ...base.dossiers, [article]: dossier } };
  }
  const rank = rankOf({ rounds: profile.rounds, career });
  if (rank > (career?.rank ?? 0)) career = { ...(career ?? EMPTY_CAREER), rank, rankedAt: record.endedAt };
  return career;
}

function mergeDossier(a: DossierRecord, b: DossierRecord): DossierRecord {
  const stars = Object.fromEntries(STARS.map((star) => [star, a.stars[star] || b.stars[star]])) as DossierRecord['stars'];
  return {
    stars,
    bestRight: Math.max(a.bestRight, b.bestRight),
    // Plays made apart cannot be told from plays seen twice: the larger count is the one both agree on.
    plays: Math.max(a.plays, b.plays),
    firstAt: earliest(a.firstAt, b.firstAt),
    lastAt: latest(a.lastAt, b.lastAt),
  };
}

/** Two versions of one career made one: the higher rank (with the time it was first reached), each dossier's best. */
export function mergeCareer(a: CareerRecord | undefined, b: CareerRecord | undefined): CareerRecord | undefined {
  if (!a || !b) return a ?? b;
  const dossiers: Record<string, DossierRecord> = {};
  for (const key of [...new Set([...Object.keys(a.dossiers), ...Object.keys(b.dossiers)])].sort()) {
    const x = a.dossiers[key];
    const y = b.dossiers[key];
    dossiers[key] = x && y ? mergeDossier(x, y) : ((x ?? y) as DossierRecord);
  }
  const rank = Math.max(a.rank, b.rank);
  const times = [a, b].filter((c) => c.rank === rank && c.rankedAt !== undefined).map((c) => c.rankedAt as string);
  const rankedAt = times.length > 0 ? times.sort()[0] : undefined;
  return { rank, ...(rankedAt ? { rankedAt } : {}), dossiers };
}

/**
 * The career of a stored profile as the loader keeps it: the whole record when valid, else the
 * valid dossiers and rank (what is not valid is reported, for the loader to set aside).
 */
export function salvageCareer(raw: unknown): { career: CareerRecord | undefined; bad: string | null } {
  if (raw === undefined) return { career: undefined, bad: null };
  const whole = v.safeParse(CareerRecord, raw);
  if (whole.success) return { career: whole.output, bad: null };
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const rank = v.safeParse(CareerRecord.entries.rank, source.rank);
  const rankedAt = v.safeParse(CareerRecord.entries.rankedAt, source.rankedAt);
  const dossiers: Record<string, DossierRecord> = {};
  if (typeof source.dossiers === 'object' && source.dossiers !== null && !Array.isArray(source.dossiers)) {
    for (const [key, value] of Object.entries(source.dossiers as Record<string, unknown>).slice(0, 200)) {
      const candidate = v.safeParse(CareerRecord, { rank: 0, dossiers: { [key]: value } });
      if (candidate.success) Object.assign(dossiers, candidate.output.dossiers);
    }
  }
  const career: CareerRecord = {
    rank: rank.success ? rank.output : 0,
    ...(rankedAt.success && rankedAt.output !== undefined ? { rankedAt: rankedAt.output } : {}),
    dossiers,
  };
  return { career, bad: 'some parts of the career record were not valid' };
}
