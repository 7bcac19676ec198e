/**
 * Points: accuracy and knowing what you know, never speed (reading speed varies a lot in a class).
 *
 * Certainty-based marking (Gardner-Medwin, as Moodle uses it): a right answer earns more the surer
 * the player said they were, a confident mistake costs points, an unsure one costs nothing. With p
 * the chance of being right, "sure" pays best above p = 0.8 (3p − 6(1 − p) > 2p − 2(1 − p)), "fairly"
 * between 2/3 and 0.8, "unsure" below: so a guesser who always claims "sure" scores less, on average, than one who says "unsure"
 * when unsure (see the property test). A round's score never goes below zero.
 */
import type { Confidence } from './progress/records';

/** Points for a right and a wrong answer at each level of certainty (×100 of Gardner-Medwin's 1/2/3 and 0/−2/−6). */
export const CERTAINTY_POINTS: Readonly<Record<Confidence, { right: number; wrong: number }>> = {
  unsure: { right: 100, wrong: 0 },
  fairly: { right: 200, wrong: -200 },
  sure: { right: 300, wrong: -600 },
};
/** When certainty is not asked (the setting is off, or a team answers in class): right 100, wrong 0. */
export const UNRATED_POINTS = { right: 100, wrong: 0 } as const;

export const STREAK_STEP = 25;
export const STREAK_BONUS_CAP = 100;
/** For a right answer whose marked words found a clue: a bonus, never a penalty. */
export const CLUE_BONUS = 50;

/** Bonus for the answer that brings the streak to `streak` (1 = first right answer in a row). */
export function streakBonus(streak: number): number {
  return Math.min(Math.max(streak - 1, 0) * STREAK_STEP, STREAK_BONUS_CAP);
}

export interface Gained {
  /** The answer's points: positive when right, zero or negative when wrong (by certainty). */
  base: number;
  /** The streak bonus (right answers only). */
  bonus: number;
  /** The clue bonus (right answers whose marks found a clue). */
  clue: number;
}

export function pointsFor(answer: { correct: boolean; streakAfter: number; confidence?: Confidence; clueFound?: boolean }): Gained {
  const scale = answer.confidence ? CERTAINTY_POINTS[answer.confidence] : UNRATED_POINTS;
  if (!answer.correct) return { base: scale.wrong, bonus: 0, clue: 0 };
  return { base: scale.right, bonus: streakBonus(answer.streakAfter), clue: answer.clueFound ? CLUE_BONUS : 0 };
}

export function totalOf(gained: Pick<Gained, 'base' | 'bonus'> & { clue?: number }): number {
  return gained.base + gained.bonus + (gained.clue ?? 0);
}

/** The score after a turn: never below zero. */
export function addToScore(score: number, gained: Gained): number {
  return Math.max(0, score + totalOf(gained));
}
