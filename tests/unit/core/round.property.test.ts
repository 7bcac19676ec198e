/** The round state machine and its saved snapshots: one set of invariants for both (issue #16, case 7). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/categories';
import { parseRoundSnapshot, reduceRound, type RoundState, roundProblems, startRound } from '../../../src/core/round';
import { CERTAINTY_POINTS, pointsFor, STREAK_BONUS_CAP, streakBonus, totalOf, UNRATED_POINTS } from '../../../src/core/scoring';
import { finishRound, playedRound } from '../arbitraries';

const KEY: Record<string, Category> = { '000-01': 'fact', '001-02': 'propaganda', '002-03': 'opinion', '003-04': 'estimate', '004-05': 'fact' };
const dealt = Object.entries(KEY).map(([id, category]) => ({ id, category }));

/** A round of the five excerpts, the first three answered right, saved on the fourth. */
function savedRound(): RoundState {
  let state = startRound({ id: 'r-1', mode: 'play', dealt, at: '2025-06-01T10:00:00.000Z' });
  for (let i = 0; i < 3; i++) {
    state = reduceRound(state, { type: 'answer', playerId: 'solo', category: state.expected[i] as Category, at: '2025-06-01T10:01:00.000Z' }).state;
    state = reduceRound(state, { type: 'next', at: '2025-06-01T10:01:00.000Z' }).state;
  }
  return state;
}

/** Anything a player would see go wrong: the checks are stated here without the core's own function. */
function looksPlayable(state: RoundState): boolean {
  const ids = new Set(state.excerptIds);
  const scoresOk = Object.values(state.scores).every((s) => Number.isFinite(s.score) && s.score >= 0 && s.right + s.wrong === state.turns.length);
  return (
    ids.size === state.excerptIds.length &&
    state.index < state.excerptIds.length &&
    state.turns.length === state.index + (state.phase === 'answering' ? 0 : 1) &&
    !Number.isNaN(Date.parse(state.startedAt)) &&
    scoresOk
  );
}

describe('damaged resume snapshots (case 7)', () => {
  const good = savedRound();
  const mapKey = (id: string) => KEY[id];

  it('takes a sound snapshot as it is', () => {
    expect(roundProblems(good)).toEqual([]);
    expect(parseRoundSnapshot(structuredClone(good), mapKey)).toEqual(good);
  });

  it.each([
    ['a start time that is not a date', { startedAt: 'yesterday' }],
    ['a negative score', { scores: { solo: { ...good.scores.solo, score: -500 } } }],
    ['a repeated excerpt', { excerptIds: ['000-01', '000-01', '000-01', '003-04', '004-05'] }],
    ['an index past its turns', { index: 7 }],
    ['an index ahead of its turns', { index: 4 }],
    ['a score that its turns do not add up to', { scores: { solo: { ...good.scores.solo, score: 9000 } } }],
    ['a turn on another excerpt than dealt', { turns: [good.turns[1], good.turns[0], good.turns[2]] }],
    [
      'an answer time that is not a date',
      { turns: [{ ...good.turns[0], answers: { solo: { category: 'fact', at: 'tuesday' } } }, good.turns[1], good.turns[2]] },
    ],
    ['answers of a player who is not playing', { answers: { intruder: { category: 'fact', at: '2025-06-01T10:00:00.000Z' } } }],
    ['a solo round with a host', { hostReveal: true }],
  ])('refuses %s', (_name, patch) => {
    expect(parseRoundSnapshot({ ...structuredClone(good), ...patch }, mapKey)).toBeNull();
  });

  it('any damage to a snapshot is refused, or gives a round the game can play on', () => {
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))]
        : [prefix];
    fc.assert(
      fc.property(
        playedRound.filter(({ final }) => final.phase !== 'finished'),
        fc.nat(),
        fc.oneof(fc.jsonValue(), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('', 'yesterday', '000-01', 'solo', null)),
        ({ final }, pick, replacement) => {
          const snapshot = structuredClone(final) as unknown as Record<string, unknown>;
          const all = paths(snapshot).filter((p) => p.length > 0);
          const path = all[pick % all.length] as (string | number)[];
          let target = snapshot as Record<string | number, unknown>;
          for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
          target[path[path.length - 1] as string | number] = replacement;
          const parsed = parseRoundSnapshot(snapshot, (id) => final.expected[final.excerptIds.indexOf(id)]);
          if (parsed !== null) {
            expect(roundProblems(parsed)).toEqual([]);
            expect(looksPlayable(parsed)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('the round state machine (property)', () => {
  it('every state it passes through keeps the invariants: score never negative, counter within the round, no excerpt twice', () => {
    fc.assert(
      fc.property(playedRound, ({ states }) => {
        for (const state of states) {
          expect(roundProblems(state)).toEqual([]);
          expect(new Set(state.excerptIds).size).toBe(state.excerptIds.length);
          expect(state.index).toBeLessThan(state.excerptIds.length);
          for (const score of Object.values(state.scores)) expect(score.score).toBeGreaterThanOrEqual(0);
          // Each state of an unfinished round reads back as itself on resume.
          if (state.phase !== 'finished')
            expect(parseRoundSnapshot(structuredClone(state), (id) => state.expected[state.excerptIds.indexOf(id)])).toEqual(state);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a finished round has a turn per excerpt, and its scores are the sums of what each turn gained', () => {
    fc.assert(
      fc.property(playedRound, fc.array(fc.nat({ max: 7 })), ({ states }, wrong) => {
        const done = finishRound(states[0] as RoundState, new Set(wrong));
        expect(done.phase).toBe('finished');
        expect(done.turns).toHaveLength(done.excerptIds.length);
        expect(roundProblems(done)).toEqual([]);
        for (const player of done.players) {
          // Unrated answers never lose points, so the floor at zero never applies: the score is the plain sum.
          const sum = done.turns.reduce((total, turn) => total + totalOf(turn.gained[player.id] ?? { base: 0, bonus: 0 }), 0);
          expect(done.scores[player.id]?.score).toBe(sum);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('scoring (property)', () => {
  it("a wrong answer earns no bonus and its certainty's cost; a right one its certainty's points plus a capped bonus that grows with the streak", () => {
    const confidences = fc.constantFrom(undefined, ...(Object.keys(CERTAINTY_POINTS) as Array<keyof typeof CERTAINTY_POINTS>));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), confidences, fc.boolean(), (streak, confidence, clueFound) => {
        const scale = confidence ? CERTAINTY_POINTS[confidence] : UNRATED_POINTS;
        expect(pointsFor({ correct: false, streakAfter: streak, confidence, clueFound })).toEqual({ base: scale.wrong, bonus: 0, clue: 0 });
        expect(scale.wrong).toBeLessThanOrEqual(0);
        const right = pointsFor({ correct: true, streakAfter: streak, confidence, clueFound });
        expect(right.base).toBe(scale.right);
        expect(right.bonus).toBeGreaterThanOrEqual(0);
        expect(right.bonus).toBeLessThanOrEqual(STREAK_BONUS_CAP);
        expect(streakBonus(streak + 1)).toBeGreaterThanOrEqual(streakBonus(streak));
      }),
    );
  }, 30_000);
});
