/**
 * Freeing space when storage is full, only once the player agrees: the oldest rounds go, the
 * newest stay, and what must never be lost (best score and streak, review cards) is kept.
 */
import type { ProfileData } from './records';
import { chronological, personalBests } from './stats';

/** How many rounds survive a trim: the newest half, so one consent frees a real amount of space. */
export function roundsKeptAfterTrim(roundCount: number): number {
  return Math.floor(Math.max(0, roundCount) / 2);
}

/** The profile with only its `keep` most recent rounds; bests never go down, review cards stay. */
export function keepNewestRounds(data: ProfileData, keep: number): ProfileData {
  const count = Math.max(0, Math.floor(keep));
  const bests = personalBests(data.rounds);
  return {
    ...data,
    rounds: count === 0 ? [] : chronological(data.rounds).slice(-count),
    bestScore: Math.max(data.bestScore, bests.bestScore),
    bestStreak: Math.max(data.bestStreak, bests.bestStreak),
  };
}
