import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { BOX_INTERVALS_MS, dueCards, dueCount, nextDue, recordAnswer, recordRound, reviewableCards } from '../../../../src/core/progress/leitner';
import { LeitnerCard, type LeitnerCards, type RoundRecord } from '../../../../src/core/progress/records';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2025-03-01T09:00:00.000Z');
const at = (ms: number): Date => new Date(start.getTime() + ms);

describe('Leitner review (injected clock)', () => {
  it('documents its schedule: now, one day, one week', () => {
    expect(BOX_INTERVALS_MS).toEqual([0, DAY, 7 * DAY]);
  });

  it('puts a missed excerpt in box 1, due at once', () => {
    const cards = recordAnswer({}, '001-03', false, start, 'play');
    expect(cards['001-03']).toEqual({ box: 1, due: start.toISOString(), rightInARow: 0, retired: false });
    expect(dueCount(cards, start)).toBe(1);
    expect(v.is(LeitnerCard, cards['001-03'])).toBe(true);
  });

  it('does not add an excerpt answered right', () => {
    const empty: LeitnerCards = {};
    expect(recordAnswer(empty, '001-03', true, start, 'play')).toEqual({});
    expect(recordAnswer(empty, '001-03', true, start, 'review')).toEqual({});
  });

  it('never changes the cards it is given', () => {
    const cards = recordAnswer({}, 'a', false, start, 'play');
    const frozen = structuredClone(cards);
    recordAnswer(cards, 'a', true, start, 'review');
    recordAnswer(cards, 'b', false, start, 'review');
    expect(cards).toEqual(frozen);
  });

  it('moves a card up on each right answer when due, and retires it on the third in a row', () => {
    let cards = recordAnswer({}, 'a', false, start, 'play');
    cards = recordAnswer(cards, 'a', true, at(60_000), 'review');
    expect(cards.a).toEqual({ box: 2, due: at(60_000 + DAY).toISOString(), rightInARow: 1, retired: false });
    expect(dueCount(cards, at(60_000 + DAY - 1))).toBe(0);
    expect(dueCount(cards, at(60_000 + DAY))).toBe(1);

    cards = recordAnswer(cards, 'a', true, at(2 * DAY), 'review');
    expect(cards.a).toMatchObject({ box: 3, due: at(9 * DAY).toISOString(), rightInARow: 2, retired: false });

    cards = recordAnswer(cards, 'a', true, at(9 * DAY), 'review');
    expect(cards.a).toMatchObject({ rightInARow: 3, retired: true });
    expect(dueCount(cards, at(400 * DAY))).toBe(0);
    expect(nextDue(cards, at(9 * DAY))).toBeNull();
  });

  it('gives no credit for a right answer before the card is due (spacing would mean nothing)', () => {
    let cards = recordAnswer({}, 'a', false, start, 'play');
    cards = recordAnswer(cards, 'a', true, start, 'review');
    const beforeDue = recordAnswer(cards, 'a', true, at(DAY / 2), 'play');
    expect(beforeDue).toBe(cards);
  });

  it('counts a right answer in normal play when the card is due', () => {
    const cards = recordAnswer({}, 'a', false, start, 'play');
    expect(recordAnswer(cards, 'a', true, at(10), 'play').a?.box).toBe(2);
  });

  it('sends a card back to box 1 on a wrong answer, due or not, and resets the run', () => {
    let cards = recordAnswer({}, 'a', false, start, 'play');
    cards = recordAnswer(cards, 'a', true, start, 'review');
    cards = recordAnswer(cards, 'a', true, at(DAY), 'review');
    cards = recordAnswer(cards, 'a', false, at(DAY + 5), 'play');
    expect(cards.a).toEqual({ box: 1, due: at(DAY + 5).toISOString(), rightInARow: 0, retired: false });
  });

  it('brings a retired card back when it is missed again', () => {
    const retired: LeitnerCards = { a: { box: 3, due: start.toISOString(), rightInARow: 3, retired: true } };
    expect(recordAnswer(retired, 'a', true, at(DAY), 'play')).toBe(retired);
    expect(recordAnswer(retired, 'a', false, at(DAY), 'play').a).toMatchObject({ box: 1, retired: false, rightInARow: 0 });
  });

  it('leaves cards alone in class mode (the answers are a group’s, not the player’s)', () => {
    const cards = recordAnswer({}, 'a', false, start, 'play');
    expect(recordAnswer(cards, 'a', false, at(5), 'class')).toBe(cards);
    expect(recordAnswer({}, 'b', false, start, 'class')).toEqual({});
  });

  it('lists due cards most overdue first, with stable ties, and counts them', () => {
    const cards: LeitnerCards = {
      recent: { box: 1, due: at(-60_000).toISOString(), rightInARow: 0, retired: false },
      oldest: { box: 2, due: at(-3 * DAY).toISOString(), rightInARow: 1, retired: false },
      tieB: { box: 1, due: at(-DAY).toISOString(), rightInARow: 0, retired: false },
      tieA: { box: 1, due: at(-DAY).toISOString(), rightInARow: 0, retired: false },
      future: { box: 3, due: at(DAY).toISOString(), rightInARow: 2, retired: false },
      retired: { box: 3, due: at(-9 * DAY).toISOString(), rightInARow: 3, retired: true },
    };
    const due = dueCards(cards, start);
    expect(due.map((d) => d.excerptId)).toEqual(['oldest', 'tieA', 'tieB', 'recent']);
    expect(due[0]?.overdueMs).toBe(3 * DAY);
    expect(dueCount(cards, start)).toBe(4);
    expect(nextDue(cards, start)?.toISOString()).toBe(at(DAY).toISOString());
  });

  it('offers for review only the due cards whose excerpt the content still has, in the same order', () => {
    const cards: LeitnerCards = {
      kept: { box: 1, due: at(-60_000).toISOString(), rightInARow: 0, retired: false },
      gone: { box: 1, due: at(-DAY).toISOString(), rightInARow: 0, retired: false },
      older: { box: 2, due: at(-2 * DAY).toISOString(), rightInARow: 1, retired: false },
      later: { box: 2, due: at(DAY).toISOString(), rightInARow: 1, retired: false },
    };
    const known = new Set(['kept', 'older', 'later']);
    expect(reviewableCards(cards, known, start).map((d) => d.excerptId)).toEqual(['older', 'kept']);
    expect(reviewableCards(cards, new Set(), start)).toEqual([]);
    // The card itself is kept: the excerpt may come back with the next content.
    expect(dueCount(cards, start)).toBe(3);
  });

  it('applies a whole round, each answer at its own time', () => {
    const round: RoundRecord = {
      id: 'r',
      mode: 'play',
      startedAt: start.toISOString(),
      endedAt: at(120_000).toISOString(),
      score: 10,
      bestStreak: 1,
      answers: [
        { excerptId: 'x', articleId: '000', expected: 'fact', answered: 'opinion', at: at(10_000).toISOString() },
        { excerptId: 'y', articleId: '000', expected: 'fact', answered: 'fact', at: at(20_000).toISOString() },
        { excerptId: 'x', articleId: '000', expected: 'fact', answered: 'fact', at: at(30_000).toISOString() },
      ],
    };
    const cards = recordRound({}, round);
    expect(Object.keys(cards)).toEqual(['x']);
    expect(cards.x).toMatchObject({ box: 2, due: at(30_000 + DAY).toISOString() });
  });
});
