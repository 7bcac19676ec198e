/** fast-check arbitraries of what the game keeps, shared by the property tests. */
import fc from 'fast-check';
import { CATEGORIES, type Category } from '../../src/core/categories';
import {
  CURRENT_VERSION,
  type DeviceData,
  defaultPlayerSettings,
  defaultSettings,
  type LeitnerCard,
  type PlayerSettings,
  type ProfileData,
  type RoundRecord,
} from '../../src/core/progress/records';
import { reduceRound, type RoundAction, type RoundState, startRound } from '../../src/core/round';

const T0 = Date.UTC(2025, 0, 1);
export const instant = fc.integer({ min: 0, max: 400 * 24 * 60 }).map((minutes) => new Date(T0 + minutes * 60_000).toISOString());
export const category = fc.constantFrom(...CATEGORIES);
export const excerptId = fc.integer({ min: 0, max: 39 }).map((n) => `00${n % 5}-${String(n).padStart(2, '0')}`);

export const answerRecord = fc.record(
  {
    excerptId,
    articleId: fc.constant('000'),
    expected: category,
    answered: category,
    confidence: fc.constantFrom('unsure', 'fairly', 'sure'),
    at: instant,
  },
  { requiredKeys: ['excerptId', 'articleId', 'expected', 'answered', 'at'] },
);

export const roundRecord = (id: fc.Arbitrary<string> = fc.uuid()): fc.Arbitrary<RoundRecord> =>
  fc
    .record({
      id,
      mode: fc.constantFrom('play' as const, 'review' as const),
      startedAt: instant,
      score: fc.integer({ min: 0, max: 2000 }),
      bestStreak: fc.integer({ min: 0, max: 20 }),
      answers: fc.array(answerRecord, { maxLength: 6 }),
    })
    .map((r) => ({ ...r, endedAt: r.startedAt }));

export const leitnerCard: fc.Arbitrary<LeitnerCard> = fc.record({
  box: fc.integer({ min: 1, max: 3 }),
  due: instant,
  rightInARow: fc.integer({ min: 0, max: 2 }),
  retired: fc.boolean(),
});

/** A player's own settings: the defaults, or some accommodations turned on. */
export const playerSettings: fc.Arbitrary<PlayerSettings> = fc.record({
  textSize: fc.constantFrom('normal' as const, 'large' as const, 'xlarge' as const),
  reducedMotion: fc.constantFrom('system' as const, 'on' as const, 'off' as const),
  dyslexiaFont: fc.boolean(),
  frenchFirst: fc.boolean(),
  twoStep: fc.boolean(),
  readAloud: fc.boolean(),
  speechRate: fc.constantFrom(0.75 as const, 1 as const, 1.25 as const),
});

export const profileData = (profileId: string): fc.Arbitrary<ProfileData> =>
  fc
    .record({
      rounds: fc.uniqueArray(roundRecord(), { maxLength: 6, selector: (r) => r.id }),
      leitner: fc.dictionary(excerptId, leitnerCard, { maxKeys: 5 }),
      bestScore: fc.integer({ min: 0, max: 3000 }),
      bestStreak: fc.integer({ min: 0, max: 30 }),
      settings: fc.oneof(fc.constant(defaultPlayerSettings()), playerSettings),
      settingsAt: fc.option(instant, { nil: undefined }),
    })
    .map(({ settingsAt, ...p }) => ({
      version: CURRENT_VERSION,
      profileId,
      ...p,
      ...(settingsAt === undefined ? {} : { settingsAt }),
      bestScore: Math.max(p.bestScore, ...p.rounds.filter((r) => r.mode === 'play').map((r) => r.score)),
      bestStreak: Math.max(p.bestStreak, ...p.rounds.map((r) => r.bestStreak)),
    }));

/** A device with 1 to 3 profiles, and each profile's progress. */
export const deviceWithProfiles: fc.Arbitrary<{ device: DeviceData; profiles: ProfileData[] }> = fc
  .uniqueArray(fc.constantFrom('default', 'p-a', 'p-b', 'p-c'), { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc.record({
      device: fc.record({
        version: fc.constant(CURRENT_VERSION),
        settings: fc.constantFrom(defaultSettings('fr'), { ...defaultSettings('en'), muted: true, roundSize: 5 as const }),
        profiles: fc.constant(ids.map((id, i) => ({ id, name: `Profil ${i + 1}`, createdAt: new Date(T0).toISOString() }))),
        activeProfileId: fc.constantFrom(...ids),
      }),
      profiles: fc.tuple(...ids.map((id) => profileData(id))),
    }),
  );

/** Excerpts with their answer key, as a deal hands them to startRound. */
export const dealt = fc.uniqueArray(fc.record({ id: excerptId, category }), { minLength: 1, maxLength: 8, selector: (d) => d.id });

/** What can happen to a round: answers (any player, including unknown ones), reveals, nexts. */
export const roundAction = (playerIds: readonly string[]): fc.Arbitrary<RoundAction> =>
  fc.oneof(
    // With or without a certainty: a sure wrong answer costs points, and the score floors at zero.
    fc.record(
      {
        type: fc.constant('answer' as const),
        playerId: fc.constantFrom(...playerIds, 'stranger'),
        category,
        at: instant,
        confidence: fc.constantFrom('unsure' as const, 'fairly' as const, 'sure' as const),
      },
      { requiredKeys: ['type', 'playerId', 'category', 'at'] },
    ),
    fc.constant({ type: 'reveal' as const }),
    fc.record({ type: fc.constant('next' as const), at: instant }),
  );

/** A round started solo or with 2–4 teams, then driven by up to 40 random actions: every state it passes through. */
export const playedRound: fc.Arbitrary<{ states: RoundState[]; final: RoundState }> = fc
  .record({ dealt, teams: fc.integer({ min: 0, max: 4 }), at: instant })
  .chain(({ dealt: cards, teams, at }) => {
    const players = teams >= 2 ? Array.from({ length: teams }, (_, i) => ({ id: `team-${i + 1}`, name: `Équipe ${i + 1}` })) : undefined;
    const start = startRound({ id: `r-${at}`, mode: players ? 'class' : 'play', dealt: cards, players, hostReveal: !!players, at });
    return fc.array(roundAction(start.players.map((p) => p.id)), { maxLength: 40 }).map((actions) => {
      const states = [start];
      let state = start;
      for (const action of actions) {
        state = reduceRound(state, action).state;
        states.push(state);
      }
      return { states, final: state };
    });
  });

/** Plays a round to its end, every answer right except those whose position is in `wrong`. */
export function finishRound(start: RoundState, wrong: ReadonlySet<number> = new Set(), at = '2025-06-01T10:00:00.000Z'): RoundState {
  let state = start;
  const other = (c: Category): Category => CATEGORIES[(CATEGORIES.indexOf(c) + 1) % CATEGORIES.length] as Category;
  for (let i = 0; i < start.excerptIds.length; i++) {
    const expected = state.expected[state.index] as Category;
    for (const player of state.players) {
      state = reduceRound(state, { type: 'answer', playerId: player.id, category: wrong.has(i) ? other(expected) : expected, at }).state;
    }
    if (state.phase === 'answering') state = reduceRound(state, { type: 'reveal' }).state;
    state = reduceRound(state, { type: 'next', at }).state;
  }
  return state;
}
