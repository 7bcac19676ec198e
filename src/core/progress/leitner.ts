/**
 * Spaced review of mistakes, Leitner-style. The clock is always a parameter (`now`), never read
 * here, so the schedule is testable and the same on every device.
 *
 * Schedule (why: an immediate re-test strengthens what feedback taught, and effects fade
 * without spaced boosters — see NOTES-LEARNING.md):
 * - a missed excerpt enters box 1, due at once (a re-test at the end of the session);
 * - a right answer to a due card moves it up one box: box 2 is due 1 day later, box 3 7 days later;
 * - a right answer in box 3 is the third in a row: the card retires (kept, marked retired);
 * - a wrong answer, due or not, sends it back to box 1, due at once, and resets the run.
 * A right answer to a card that is not yet due changes nothing: seeing it again within
 * minutes proves little, and counting it would defeat the spacing.
 * Answers in 'class' mode are a group's, not the profile player's: they leave the cards alone.
 */
import { LEITNER_BOX_COUNT, type LeitnerCard, type LeitnerCards, type RoundMode, type RoundRecord } from './records';
import { isRight } from './stats';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Wait before a card in box n is due again: BOX_INTERVALS_MS[n - 1]. */
export const BOX_INTERVALS_MS: readonly number[] = [0, 1 * DAY, 7 * DAY];
/** Right answers in a row (each on a due card) that retire a card. */
export const RETIRE_AFTER = LEITNER_BOX_COUNT;

function intervalFor(box: number): number {
  return BOX_INTERVALS_MS[Math.min(Math.max(box, 1), BOX_INTERVALS_MS.length) - 1] ?? 0;
}

function dueAt(card: LeitnerCard): number {
  const time = Date.parse(card.due);
  // An unreadable date makes the card due rather than lost.
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

export function isDue(card: LeitnerCard, now: Date): boolean {
  return !card.retired && dueAt(card) <= now.getTime();
}

function freshCard(now: Date): LeitnerCard {
  return { box: 1, due: new Date(now.getTime() + intervalFor(1)).toISOString(), rightInARow: 0, retired: false };
}

/** Returns new cards (the input is never changed); the same object when nothing changes. */
export function recordAnswer(cards: Readonly<LeitnerCards>, excerptId: string, correct: boolean, now: Date, mode: RoundMode): LeitnerCards {
  if (mode === 'class') return cards;
  const card = cards[excerptId];
  if (!correct) return { ...cards, [excerptId]: freshCard(now) };
  // A right answer never adds an excerpt: only mistakes are reviewed.
  if (card === undefined || !isDue(card, now)) return cards;
  const rightInARow = card.rightInARow + 1;
  if (rightInARow >= RETIRE_AFTER) {
    return { ...cards, [excerptId]: { ...card, rightInARow, retired: true } };
  }
  const box = Math.min(card.box + 1, LEITNER_BOX_COUNT);
  return {
    ...cards,
    [excerptId]: { box, due: new Date(now.getTime() + intervalFor(box)).toISOString(), rightInARow, retired: false },
  };
}

/** Applies every answer of a round in order, each at its own recorded time. */
export function recordRound(cards: Readonly<LeitnerCards>, round: RoundRecord): LeitnerCards {
  let result: LeitnerCards = cards;
  for (const answer of round.answers) {
    result = recordAnswer(result, answer.excerptId, isRight(answer), new Date(answer.at), round.mode);
  }
  return result;
}

export interface DueCard {
  excerptId: string;
  card: LeitnerCard;
  /** How long past due, in milliseconds (0 when due right now). */
  overdueMs: number;
}

/** Cards due now, most overdue first (ties by excerpt id, so the order is stable). */
export function dueCards(cards: Readonly<LeitnerCards>, now: Date): DueCard[] {
  return Object.entries(cards)
    .filter(([, card]) => isDue(card, now))
    .map(([excerptId, card]) => ({ excerptId, card, overdueMs: now.getTime() - dueAt(card) }))
    .sort((a, b) => b.overdueMs - a.overdueMs || (a.excerptId < b.excerptId ? -1 : a.excerptId > b.excerptId ? 1 : 0));
}

/** For the menu badge. */
export function dueCount(cards: Readonly<LeitnerCards>, now: Date): number {
  return Object.values(cards).filter((card) => isDue(card, now)).length;
}

/**
 * The due cards a review round can actually deal: those whose excerpt the content still has.
 * A card can outlive its excerpt (an excerpt removed from the content, or progress imported
 * from another version); such a card is kept, but neither counted nor offered.
 * The menu's count and the review deal both come from here, so the game never offers a
 * review it cannot deal.
 */
export function reviewableCards(cards: Readonly<LeitnerCards>, knownExcerptIds: ReadonlySet<string>, now: Date): DueCard[] {
  return dueCards(cards, now).filter((due) => knownExcerptIds.has(due.excerptId));
}

/** When the next card not yet due will be, or null: lets the menu say "next review tomorrow". */
export function nextDue(cards: Readonly<LeitnerCards>, now: Date): Date | null {
  let next = Number.POSITIVE_INFINITY;
  for (const card of Object.values(cards)) {
    const time = dueAt(card);
    if (!card.retired && time > now.getTime() && time < next) next = time;
  }
  return Number.isFinite(next) ? new Date(next) : null;
}
