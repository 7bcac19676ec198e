/**
 * What a finished round writes to a profile (records, review cards, bests) and how the
 * next round is dealt from it: the code between the reducer and storage.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/categories';
import type { ContentBundle } from '../../../src/core/content/schema';
import { newRound } from '../../../src/core/new-round';
import { recordAnswer } from '../../../src/core/progress/leitner';
import { defaultSettings, emptyProfileData, type LeitnerCards, type ProfileData } from '../../../src/core/progress/records';
import { bestScore, bestStreak, dueCount } from '../../../src/core/game';
import { applyFinishedRound, roundToRecord, timesSeen } from '../../../src/core/record-round';
import { reduceRound, startRound, type Player, type RoundAction, type RoundMode, type RoundState } from '../../../src/core/round';
import { gameState } from '../fixtures';

const at = '2026-02-01T10:00:00.000Z';
const later = '2026-02-01T10:05:00.000Z';

/** Only what newRound and applyFinishedRound read of the content: ids, articles, the key. */
const EXCERPTS: Array<{ id: string; article: string; category: Category }> = [
  { id: '000-01', article: '000', category: 'fact' },
  { id: '000-02', article: '000', category: 'opinion' },
  { id: '001-01', article: '001', category: 'estimate' },
  { id: '001-02', article: '001', category: 'propaganda' },
  { id: '002-01', article: '002', category: 'fact' },
  { id: '002-02', article: '002', category: 'opinion' },
];
const content = { articles: [], excerpts: EXCERPTS } as unknown as ContentBundle;
const known = new Set(EXCERPTS.map((e) => e.id));
const keyOf = (id: string): Category => EXCERPTS.find((e) => e.id === id)!.category;

function play(state: RoundState, ...actions: RoundAction[]): RoundState {
  return actions.reduce((s, a) => reduceRound(s, a).state, state);
}

/** A round of the given excerpts played to the end, each answered with `answers[i]` by the solo player. */
function finishedRound(id: string, mode: RoundMode, ids: string[], answers: Category[]): RoundState {
  let round = startRound({ id, mode, dealt: ids.map((e) => ({ id: e, category: keyOf(e) })), at });
  answers.forEach((category) => {
    round = play(round, { type: 'answer', playerId: 'solo', category, at: later }, { type: 'next', at: later });
  });
  expect(round.phase).toBe('finished');
  return round;
}

describe('roundToRecord', () => {
  it('keeps each answer with its article, key, confidence and time, and the player’s score', () => {
    let round = startRound({
      id: 'r1',
      mode: 'play',
      dealt: [
        { id: '000-01', category: 'fact' },
        { id: '001-01', category: 'estimate' },
      ],
      at,
    });
    round = play(
      round,
      { type: 'answer', playerId: 'solo', category: 'fact', confidence: 'sure', at: later },
      { type: 'next', at: later },
      { type: 'answer', playerId: 'solo', category: 'opinion', at: later },
      { type: 'next', at: '2026-02-01T10:09:00.000Z' },
    );
    const record = roundToRecord(round, (id) => id.slice(0, 3));
    expect(record).toEqual({
      id: 'r1',
      mode: 'play',
      startedAt: at,
      endedAt: '2026-02-01T10:09:00.000Z',
      // Right and sure: 300 (certainty-based points); wrong without a certainty: 0.
      score: 300,
      bestStreak: 1,
      answers: [
        { excerptId: '000-01', articleId: '000', expected: 'fact', answered: 'fact', confidence: 'sure', at: later },
        { excerptId: '001-01', articleId: '001', expected: 'estimate', answered: 'opinion', at: later },
      ],
    });
    // No confidence key at all when none was given (the stored schema has it optional, not undefined).
    expect('confidence' in record.answers[1]!).toBe(false);
  });

  it('records only the turns a player answered, and that player’s score', () => {
    const teams: Player[] = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    let round = startRound({
      id: 'c1',
      mode: 'class',
      dealt: [
        { id: '000-01', category: 'fact' },
        { id: '000-02', category: 'opinion' },
      ],
      players: teams,
      hostReveal: true,
      at,
    });
    round = play(
      round,
      { type: 'answer', playerId: 'a', category: 'fact', at },
      { type: 'answer', playerId: 'b', category: 'fact', at },
      { type: 'reveal' },
      { type: 'next', at },
      { type: 'answer', playerId: 'a', category: 'opinion', at },
      { type: 'reveal' },
    );
    const forB = roundToRecord(round, () => '000', 'b');
    expect(forB.answers.map((a) => a.excerptId)).toEqual(['000-01']);
    expect(forB.score).toBe(round.scores.b!.score);
    expect(roundToRecord(round, () => '000', 'a').score).toBe(round.scores.a!.score);
    // An unfinished round ends where it started.
    expect(forB.endedAt).toBe(at);
  });
});

describe('applyFinishedRound', () => {
  const empty = emptyProfileData('lea');

  it('adds the record, a review card for each miss, and raises the bests', () => {
    const round = finishedRound('r1', 'play', ['000-01', '001-01', '002-02'], ['fact', 'fact', 'opinion']);
    const profile = applyFinishedRound({ ...empty, bestScore: 50, bestStreak: 1 }, round, content);
    expect(profile.rounds).toHaveLength(1);
    expect(profile.rounds[0]).toMatchObject({ id: 'r1', mode: 'play', score: round.scores.solo!.score });
    expect(profile.rounds[0]!.answers.map((a) => a.articleId)).toEqual(['000', '001', '002']);
    expect(Object.keys(profile.leitner)).toEqual(['001-01']);
    expect(profile.bestScore).toBe(round.scores.solo!.score);
    expect(profile.bestStreak).toBe(1);
  });

  it('never records the same round twice (a repeated effect or a reload)', () => {
    const round = finishedRound('r1', 'play', ['000-01', '001-01'], ['opinion', 'fact']);
    const once = applyFinishedRound(empty, round, content);
    const twice = applyFinishedRound(once, round, content);
    expect(twice).toBe(once);
    expect(twice.rounds).toHaveLength(1);
  });

  it('leaves the profile alone for a class round, and for a round not finished', () => {
    const teams: Player[] = [{ id: 'a', name: 'A' }];
    let classRound = startRound({ id: 'c1', mode: 'class', dealt: [{ id: '000-01', category: 'fact' }], players: teams, hostReveal: true, at });
    classRound = play(classRound, { type: 'answer', playerId: 'a', category: 'opinion', at }, { type: 'reveal' }, { type: 'next', at });
    expect(classRound.phase).toBe('finished');
    expect(applyFinishedRound(empty, classRound, content)).toBe(empty);

    const unfinished = play(
      startRound({
        id: 'r2',
        mode: 'play',
        dealt: [
          { id: '000-01', category: 'fact' },
          { id: '000-02', category: 'opinion' },
        ],
        at,
      }),
      {
        type: 'answer',
        playerId: 'solo',
        category: 'fact',
        at,
      },
    );
    expect(applyFinishedRound(empty, unfinished, content)).toBe(empty);
  });

  it('a review round moves the cards and the best streak but never sets the best score', () => {
    const missed = applyFinishedRound(empty, finishedRound('r1', 'play', ['000-01', '001-01'], ['opinion', 'fact']), content);
    expect(missed.bestScore).toBe(0);
    expect(Object.keys(missed.leitner).sort()).toEqual(['000-01', '001-01']);
    const review = finishedRound('v1', 'review', ['000-01', '001-01'], ['fact', 'estimate']);
    expect(review.scores.solo!.score).toBeGreaterThan(0);
    const after = applyFinishedRound(missed, review, content);
    expect(after.bestScore).toBe(0);
    expect(after.bestStreak).toBe(2);
    expect(after.rounds.map((r) => r.mode)).toEqual(['play', 'review']);
    expect(after.leitner['000-01']).toMatchObject({ box: 2, rightInARow: 1 });
  });

  it('keeps an excerpt the content no longer has under the article its id names', () => {
    const round = startRound({ id: 'r1', mode: 'play', dealt: [{ id: '004-09', category: 'fact' }], at });
    const done = play(round, { type: 'answer', playerId: 'solo', category: 'fact', at }, { type: 'next', at });
    expect(applyFinishedRound(empty, done, content).rounds[0]!.answers[0]!.articleId).toBe('004');
  });
});

describe('timesSeen', () => {
  it('counts each excerpt over every recorded round', () => {
    let profile: ProfileData = emptyProfileData('lea');
    expect(timesSeen(profile)).toEqual({});
    profile = applyFinishedRound(profile, finishedRound('r1', 'play', ['000-01', '001-01'], ['fact', 'fact']), content);
    profile = applyFinishedRound(profile, finishedRound('r2', 'review', ['001-01'], ['estimate']), content);
    expect(timesSeen(profile)).toEqual({ '000-01': 1, '001-01': 2 });
  });
});

describe('what the menu shows of a profile (selectors)', () => {
  const now = new Date(later);

  it('reports the bests and counts only due cards whose excerpt the content has', () => {
    let leitner: LeitnerCards = {};
    leitner = recordAnswer(leitner, '000-01', false, new Date(at), 'play');
    leitner = recordAnswer(leitner, '009-99', false, new Date(at), 'play'); // removed from the content, or imported
    leitner = recordAnswer(leitner, '001-01', false, new Date('2026-03-01T00:00:00.000Z'), 'play'); // due, but not yet
    const profile: ProfileData = { ...emptyProfileData('lea'), bestScore: 300, bestStreak: 4, leitner };
    const state = gameState(defaultSettings('fr'), { profile });
    expect({ bestScore: bestScore(state), bestStreak: bestStreak(state), dueCount: dueCount(state, known, now) }).toEqual({
      bestScore: 300,
      bestStreak: 4,
      dueCount: 1,
    });
    expect(dueCount(state, known, new Date('2026-03-02T00:00:00.000Z'))).toBe(2);
    expect(dueCount(state, new Set(), now)).toBe(0);
  });
});

describe('newRound', () => {
  const base = { seed: 7, at, size: 4 as const };

  it('deals a play round of distinct excerpts with their key', () => {
    const round = newRound(content, base);
    expect(round).not.toBeNull();
    expect(round!.mode).toBe('play');
    expect(round!.excerptIds).toHaveLength(4);
    expect(new Set(round!.excerptIds).size).toBe(4);
    expect(round!.expected).toEqual(round!.excerptIds.map(keyOf));
    expect(round!.id).toBe(`r-${at}-${(7).toString(36)}`);
  });

  it('restricts a review to the given excerpts, dropping ids the content does not have', () => {
    const round = newRound(content, { ...base, size: 10, mode: 'review', onlyIds: ['002-02', '009-99', '000-01'] });
    expect(round?.mode).toBe('review');
    expect([...round!.excerptIds].sort()).toEqual(['000-01', '002-02']);
  });

  it('returns null when nothing can be dealt, instead of throwing', () => {
    expect(newRound(content, { ...base, mode: 'review', onlyIds: ['009-99'] })).toBeNull();
    expect(newRound(content, { ...base, mode: 'review', onlyIds: [] })).toBeNull();
    expect(newRound({ articles: [], excerpts: [] }, base)).toBeNull();
  });
});
