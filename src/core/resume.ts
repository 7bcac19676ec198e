/**
 * Which saved round to offer on resume, from the copies a reload may find: the resume record in
 * storage and the journal written synchronously at each step (which survives a tab closed before
 * the storage write landed). Never a round already recorded in the history, never a step back.
 */
import type { RoundState } from './round';

/** How far a round got: turns played, then revealed ahead of still answering. */
function progressOf(round: RoundState): number {
  return round.turns.length * 2 + (round.phase === 'answering' ? 0 : 1);
}

export interface ResumeChoice {
  /** The unfinished round to offer, or null. */
  resumable: RoundState | null;
  /** A finished round found that the history does not have yet: record it (the close came before its save). */
  unrecorded: RoundState | null;
}

export function chooseResume(candidates: ReadonlyArray<RoundState | null>, recordedIds: ReadonlySet<string>): ResumeChoice {
  let resumable: RoundState | null = null;
  let unrecorded: RoundState | null = null;
  for (const round of candidates) {
    if (!round || round.mode === 'class' || recordedIds.has(round.id)) continue;
    if (round.phase === 'finished') {
      unrecorded = round;
      continue;
    }
    if (!resumable || progressOf(round) > progressOf(resumable)) resumable = round;
  }
  // The finished copy of a round is further on than any unfinished copy of it.
  if (unrecorded && resumable?.id === unrecorded.id) resumable = null;
  return { resumable, unrecorded };
}
