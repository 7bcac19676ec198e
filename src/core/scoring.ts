/** Points: accuracy matters, speed never does (reading speed varies a lot in a class). */
export const POINTS_RIGHT = 100;
export const STREAK_STEP = 25;
export const STREAK_BONUS_CAP = 100;

/** Bonus for the answer that brings the streak to `streak` (1 = first right answer in a row). */
export function streakBonus(streak: number): number {
  return Math.min(Math.max(streak - 1, 0) * STREAK_STEP, STREAK_BONUS_CAP);
}

export function pointsFor(correct: boolean, streakAfter: number): { base: number; bonus: number } {
  if (!correct) return { base: 0, bonus: 0 };
  return { base: POINTS_RIGHT, bonus: streakBonus(streakAfter) };
}
