import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCES, type Confidence } from '../../../src/core/progress/records';
import { reduceRound, type RoundState, startRound } from '../../../src/core/round';
import { addToScore, CERTAINTY_POINTS, CLUE_BONUS, pointsFor } from '../../../src/core/scoring';

describe('certainty-based points', () => {
  it('reward a right answer more the surer, cost a confident mistake, never an unsure one', () => {
    expect(CONFIDENCES.map((c) => CERTAINTY_POINTS[c])).toEqual([
      { right: 100, wrong: 0 },
      { right: 200, wrong: -200 },
      { right: 300, wrong: -600 },
    ]);
    expect(pointsFor({ correct: true, streakAfter: 1, confidence: 'sure' })).toEqual({ base: 300, bonus: 0, clue: 0 });
    expect(pointsFor({ correct: false, streakAfter: 0, confidence: 'sure' })).toEqual({ base: -600, bonus: 0, clue: 0 });
    expect(pointsFor({ correct: false, streakAfter: 0, confidence: 'unsure' })).toEqual({ base: 0, bonus: 0, clue: 0 });
    // Not asked: a right answer 100, a wrong one nothing.
    expect(pointsFor({ correct: true, streakAfter: 3 })).toEqual({ base: 100, bonus: 50, clue: 0 });
  });

  it('add a clue bonus to a right answer only, and never take points for a missed clue', () => {
    expect(pointsFor({ correct: true, streakAfter: 1, confidence: 'fairly', clueFound: true }).clue).toBe(CLUE_BONUS);
    expect(pointsFor({ correct: false, streakAfter: 0, confidence: 'fairly', clueFound: true }).clue).toBe(0);
    expect(pointsFor({ correct: true, streakAfter: 1, confidence: 'fairly', clueFound: false }).clue).toBe(0);
  });

  it('never take a score below zero', () => {
    expect(addToScore(100, { base: -600, bonus: 0, clue: 0 })).toBe(0);
    expect(addToScore(700, { base: -600, bonus: 0, clue: 0 })).toBe(100);
  });
});

/** A round of n excerpts played with these answers (right or not) and certainties; returns its final score. */
function playRound(outcomes: ReadonlyArray<{ right: boolean; confidence: Confidence }>): number {
  const dealt = outcomes.map((_, i) => ({ id: `000-${String(i).padStart(2, '0')}`, category: 'fact' as const }));
  let round: RoundState = startRound({ id: 'r', mode: 'play', dealt, at: '2026-01-01T00:00:00.000Z' });
  for (const outcome of outcomes) {
    round = reduceRound(round, {
      type: 'answer',
      playerId: 'solo',
      category: outcome.right ? 'fact' : 'opinion',
      confidence: outcome.confidence,
      at: '2026-01-01T00:00:00.000Z',
    }).state;
    round = reduceRound(round, { type: 'next', at: '2026-01-01T00:00:01.000Z' }).state;
  }
  return round.scores.solo?.score ?? 0;
}

/** A deterministic random source, so each generated case replays exactly. */
function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('calibration pays (property)', () => {
  it('a player who claims "sure" while guessing scores less, on average, than one who says "unsure" when unsure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 20 }), // excerpts in a round
        fc.double({ min: 0, max: 0.9, noNaN: true }), // share of excerpts the player really knows
        fc.integer(), // seed of the simulated rounds
        (size, knows, seed) => {
          const random = mulberry(seed);
          let boastful = 0;
          let honest = 0;
          const rounds = 1000;
          for (let r = 0; r < rounds; r++) {
            // The same knowledge and the same lucky guesses for both players: only what they claim differs.
            const items = Array.from({ length: size }, () => {
              const known = random() < knows;
              return { known, right: known || random() < 0.25 };
            });
            boastful += playRound(items.map((item) => ({ right: item.right, confidence: 'sure' as const })));
            honest += playRound(items.map((item) => ({ right: item.right, confidence: item.known ? ('sure' as const) : ('unsure' as const) })));
          }
          return boastful / rounds < honest / rounds;
        },
      ),
      { numRuns: 25 },
    );
  }, 30_000);
});
