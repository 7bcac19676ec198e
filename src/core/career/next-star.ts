/**
 * What a dossier's next star needs, in figures a player acts on ("find 2 more clues"), and the
 * star rules' shares as small fractions ("8 in 10") for the rules text: both are worked out from
 * the constants of dossiers.ts, so no text can disagree with the rules.
 */
import type { ArticleId } from '../content/schema';
import type { RoundRecord, Settings } from '../progress/records';
import { ACCURACY_STAR_SHARE, CALIBRATION_COMMITTED_SHARE, CALIBRATION_RIGHT_SHARE, CLUES_STAR_SHARE, type StarAnswer, starChecks } from './dossiers';
import { recordDossier } from './record';
import { STARS, type Star } from './schema';

/** A share as "num in den": tenths when they are whole (0.8 → 8 in 10), else the smallest denominator (0.75 → 3 in 4). */
export function shareFraction(share: number): { num: number; den: number } {
  const tenths = share * 10;
  if (Math.abs(tenths - Math.round(tenths)) < 1e-9) return { num: Math.round(tenths), den: 10 };
  for (let den = 2; den <= 100; den++) {
    const num = share * den;
    if (Math.abs(num - Math.round(num)) < 1e-9) return { num: Math.round(num), den };
  }
  return { num: Math.round(share * 100), den: 100 };
}

/** The star rules' thresholds as fractions, for the rules the Dossiers screen shows. */
export function starRuleFractions() {
  return {
    accuracy: shareFraction(ACCURACY_STAR_SHARE),
    clues: shareFraction(CLUES_STAR_SHARE),
    committed: shareFraction(CALIBRATION_COMMITTED_SHARE),
    committedRight: shareFraction(CALIBRATION_RIGHT_SHARE),
  };
}

/** The best figures of each star over the dossier's rounds still in the history (null: none kept). */
export interface DossierBest {
  right: number | null;
  found: number | null;
}

export function dossierBest(rounds: readonly Pick<RoundRecord, 'mode' | 'answers'>[], article: ArticleId, bestRight?: number): DossierBest {
  let right: number | null = bestRight ?? null;
  let found: number | null = null;
  for (const round of rounds) {
    if (recordDossier(round) !== article) continue;
    const [accuracy, clues] = starChecks(round.answers as readonly StarAnswer[]);
    right = Math.max(right ?? 0, accuracy.right);
    if (!clues.stepOff) found = Math.max(found ?? 0, clues.found);
  }
  return { right, found };
}

export type NextStar =
  /** Right answers needed in one play; `more` beyond the best play, when one is known. */
  | { star: 'accuracy'; need: number; total: number; more: number | null }
  /** Right answers whose marks find a clue; `stepOff`: the clue step is off in the settings. */
  | { star: 'clues'; need: number; total: number; more: number | null; stepOff: boolean }
  /** "Sure" or "fairly sure" on needCommitted excerpts, right on needRight of them (at that count). */
  | { star: 'calibration'; needCommitted: number; needRight: number; total: number; stepOff: boolean };

/**
 * The star to aim for next in a dossier of `total` excerpts: the first one missing, in the order
 * shown, preferring one the current settings let the player earn; null when all three are earned.
 */
export function nextStar(
  total: number,
  stars: Readonly<Record<Star, boolean>> | null,
  best: DossierBest,
  settings: Pick<Settings, 'clueStep' | 'confidence'>,
): NextStar | null {
  if (total <= 0) return null;
  const off: Record<Star, boolean> = { accuracy: false, clues: !settings.clueStep, calibration: !settings.confidence };
  const missing = STARS.filter((star) => !stars?.[star]);
  const star = missing.find((s) => !off[s]) ?? missing[0];
  if (!star) return null;
  // The need for a whole play of this dossier, as starChecks counts it.
  const perfect = needsFor(total);
  switch (star) {
    case 'accuracy':
      return { star, need: perfect.accuracy, total, more: best.right === null ? null : Math.max(1, perfect.accuracy - best.right) };
    case 'clues':
      return { star, need: perfect.clues, total, more: best.found === null ? null : Math.max(1, perfect.clues - best.found), stepOff: off.clues };
    case 'calibration':
      return { star, needCommitted: perfect.committed, needRight: perfect.committedRight, total, stepOff: off.calibration };
  }
}

/** The needs of each star for `total` excerpts, read off starChecks itself (a round of wrong answers of that size). */
function needsFor(total: number) {
  const answers: StarAnswer[] = Array.from({ length: total }, () => ({ expected: 'fact', answered: 'opinion', confidence: 'unsure', marks: [] }));
  const [accuracy, clues, calibration] = starChecks(answers);
  return { accuracy: accuracy.need, clues: clues.need, committed: calibration.needCommitted, committedRight: calibration.needRight };
}
