/**
 * A round as a pure state machine: deal → (answer… → reveal → next)* → finished.
 * Several players (teams) can answer the same excerpt, and the reveal can wait for a
 * host, so the classroom mode uses the same machine as solo play.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category, CategorySchema, matchesKey } from './categories';
import { CONFIDENCES, Confidence as ConfidenceSchema, type Confidence, ROUND_MODES, type RoundMode } from './progress/records';
import { ClassInvestigationSchema, classInvestigationProblems } from './investigations/class-vote';
import { addToScore, pointsFor } from './scoring';

export type { Confidence, RoundMode };
export const CONFIDENCE_LEVELS: readonly Confidence[] = CONFIDENCES;
const PHASES = ['answering', 'revealed', 'finished'] as const;
export type Phase = (typeof PHASES)[number];

/*
 * A round's shape is defined once, by its schema: the types below are derived from it, and
 * the same schema checks a saved round read back on resume (parseRoundSnapshot).
 */
const PlayerSchema = v.object({ id: v.string(), name: v.string() });
export type Player = v.InferOutput<typeof PlayerSchema>;

const MarksSchema = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));

const AnswerSchema = v.object({
  category: CategorySchema,
  confidence: v.optional(ConfidenceSchema),
  at: v.string(),
  /** Words the player marked as the clue (indices of excerptWords), when the clue step was asked. */
  marks: v.optional(MarksSchema),
  /** Whether those marks found a clue of the key (worked out with the content when the answer was given). */
  clueFound: v.optional(v.boolean()),
  /** Given in two steps (the "fewer choices" accommodation): scored the same, said in Progress. */
  twoStep: v.optional(v.literal(true)),
});
export type PlayerAnswer = v.InferOutput<typeof AnswerSchema>;

const ScoreSchema = v.object({
  score: v.number(),
  streak: v.number(),
  bestStreak: v.number(),
  right: v.number(),
  wrong: v.number(),
});
export type PlayerScore = v.InferOutput<typeof ScoreSchema>;

/** What one excerpt gave, kept so results, progress and reloads can be derived. */
const TurnSchema = v.object({
  excerptId: v.string(),
  expected: CategorySchema,
  answers: v.record(v.string(), AnswerSchema),
  /** Points each player gained on this turn: the answer's (negative for a confident mistake), the streak bonus, the clue bonus. */
  gained: v.record(v.string(), v.object({ base: v.number(), bonus: v.number(), clue: v.optional(v.number(), 0) })),
  /** In class: the words the class proposed as the clue, marked by the teacher before the reveal. */
  marks: v.optional(MarksSchema),
});
export type Turn = v.InferOutput<typeof TurnSchema>;

/** A lesson's settings, carried by the round it deals (solo on a pupil's device, or the class on the projector). */
const RoundLessonSchema = v.object({
  /** The lesson code, which the pupil's result code is bound to. */
  code: v.string(),
  name: v.string(),
  /** The lesson's own order of excerpts: results are reported in it, whatever order the device dealt. */
  excerptIds: v.array(v.string()),
  clues: v.boolean(),
  confidence: v.boolean(),
  ranking: v.boolean(),
  timerMinutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Accommodations the lesson turns on for this round, over the player's own (absent: none). */
  accommodations: v.optional(v.object({ twoStep: v.boolean(), frenchFirst: v.boolean(), readAloud: v.boolean() })),
});
export type RoundLesson = v.InferOutput<typeof RoundLessonSchema>;

const RoundStateSchema = v.object({
  version: v.literal(1),
  /** Set when the round plays a lesson. */
  lesson: v.optional(RoundLessonSchema),
  /** Set when a class plays an investigation: its question, then the teams' votes (investigations/class-vote.ts). */
  investigation: v.optional(ClassInvestigationSchema),
  /** Set when the class ended it before its last excerpt (classroom "finish now"): how many excerpts were planned. */
  endedEarly: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  id: v.string(),
  mode: v.picklist(ROUND_MODES),
  players: v.pipe(v.array(PlayerSchema), v.minLength(1)),
  /** True when a host decides when to reveal (classroom); false reveals once everyone answered. */
  hostReveal: v.boolean(),
  excerptIds: v.pipe(v.array(v.string()), v.minLength(1)),
  /** The answer key for the dealt excerpts, in the same order (the reducer needs no content lookup). */
  expected: v.array(CategorySchema),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  phase: v.picklist(PHASES),
  answers: v.record(v.string(), AnswerSchema),
  turns: v.array(TurnSchema),
  scores: v.record(v.string(), ScoreSchema),
  startedAt: v.string(),
  endedAt: v.nullable(v.string()),
});
export type RoundState = v.InferOutput<typeof RoundStateSchema>;

export type RoundAction =
  | {
      type: 'answer';
      playerId: string;
      category: Category;
      confidence?: Confidence;
      marks?: number[];
      clueFound?: boolean;
      twoStep?: boolean;
      at: string;
    }
  /** `marks`: in class, the words the class proposed as the clue. */
  | { type: 'reveal'; marks?: number[] }
  /** End now: the excerpts revealed so far are the round (an unrevealed one is left out). */
  | { type: 'finish'; at: string }
  | { type: 'next'; at: string };

export type RoundEffect =
  | { type: 'answered'; playerId: string }
  | { type: 'revealed'; turn: Turn }
  | { type: 'advanced'; index: number }
  | { type: 'finished' };

export interface RoundStep {
  state: RoundState;
  effects: RoundEffect[];
}

export const SOLO: Player = { id: 'solo', name: '' };

export function startRound(input: {
  id: string;
  mode: RoundMode;
  dealt: ReadonlyArray<{ id: string; category: Category }>;
  players?: Player[];
  hostReveal?: boolean;
  lesson?: RoundLesson;
  at: string;
}): RoundState {
  if (input.dealt.length === 0) throw new Error('a round needs at least one excerpt');
  const players = input.players && input.players.length > 0 ? input.players : [SOLO];
  return {
    version: 1,
    ...(input.lesson ? { lesson: input.lesson } : {}),
    id: input.id,
    mode: input.mode,
    players,
    hostReveal: input.hostReveal ?? false,
    excerptIds: input.dealt.map((d) => d.id),
    expected: input.dealt.map((d) => d.category),
    index: 0,
    phase: 'answering',
    answers: {},
    turns: [],
    scores: Object.fromEntries(players.map((p) => [p.id, { score: 0, streak: 0, bestStreak: 0, right: 0, wrong: 0 }])),
    startedAt: input.at,
    endedAt: null,
  };
}

export function currentExcerptId(state: RoundState): string | undefined {
  return state.excerptIds[state.index];
}

export function allAnswered(state: RoundState): boolean {
  return state.players.every((p) => state.answers[p.id] !== undefined);
}

/** The turn just revealed, when the round is showing feedback. */
export function revealedTurn(state: RoundState): Turn | undefined {
  return state.phase === 'revealed' ? state.turns[state.turns.length - 1] : undefined;
}

export function reduceRound(state: RoundState, action: RoundAction): RoundStep {
  switch (action.type) {
    case 'answer': {
      // Ignored out of phase or for an unknown player. A second answer changes nothing in solo play
      // (a double click), but with a host a team may change its mind until the reveal.
      if (state.phase !== 'answering') return { state, effects: [] };
      if (!state.players.some((p) => p.id === action.playerId)) return { state, effects: [] };
      const previous = state.answers[action.playerId];
      if (previous && (!state.hostReveal || previous.category === action.category)) return { state, effects: [] };
      const answer: PlayerAnswer = { category: action.category, at: action.at };
      if (action.confidence) answer.confidence = action.confidence;
      if (action.twoStep) answer.twoStep = true;
      if (action.marks) {
        answer.marks = [...action.marks];
        answer.clueFound = action.clueFound ?? false;
      }
      const answered: RoundState = { ...state, answers: { ...state.answers, [action.playerId]: answer } };
      const effects: RoundEffect[] = [{ type: 'answered', playerId: action.playerId }];
      if (!state.hostReveal && allAnswered(answered)) {
        const revealed = reveal(answered);
        return { state: revealed.state, effects: [...effects, ...revealed.effects] };
      }
      return { state: answered, effects };
    }
    case 'reveal':
      if (state.phase !== 'answering') return { state, effects: [] };
      // A host reveals once someone has answered: a stray key press must not skip an excerpt.
      if (state.hostReveal && Object.keys(state.answers).length === 0) return { state, effects: [] };
      return reveal(state, action.marks);
    case 'finish': {
      if (state.phase === 'finished' || state.turns.length === 0) return { state, effects: [] };
      const excerptIds = state.excerptIds.slice(0, state.turns.length);
      return {
        state: {
          ...state,
          excerptIds,
          expected: state.expected.slice(0, excerptIds.length),
          index: excerptIds.length - 1,
          answers: {},
          phase: 'finished',
          endedAt: action.at,
          endedEarly: state.excerptIds.length,
        },
        effects: [{ type: 'finished' }],
      };
    }
    case 'next': {
      if (state.phase !== 'revealed') return { state, effects: [] };
      const index = state.index + 1;
      if (index >= state.excerptIds.length) {
        return { state: { ...state, phase: 'finished', endedAt: action.at }, effects: [{ type: 'finished' }] };
      }
      return { state: { ...state, index, phase: 'answering', answers: {} }, effects: [{ type: 'advanced', index }] };
    }
  }
}

function reveal(state: RoundState, marks?: number[]): RoundStep {
  const excerptId = currentExcerptId(state);
  const expected = state.expected[state.index];
  if (excerptId === undefined || expected === undefined) return { state, effects: [] };
  const scores = { ...state.scores };
  const gained: Turn['gained'] = {};
  for (const player of state.players) {
    const previous = scores[player.id] ?? { score: 0, streak: 0, bestStreak: 0, right: 0, wrong: 0 };
    const answer = state.answers[player.id];
    const correct = matchesKey(answer?.category, expected);
    const streak = correct ? previous.streak + 1 : 0;
    const points = pointsFor({ correct, streakAfter: streak, confidence: answer?.confidence, clueFound: answer?.clueFound });
    gained[player.id] = points;
    scores[player.id] = {
      score: addToScore(previous.score, points),
      streak,
      bestStreak: Math.max(previous.bestStreak, streak),
      right: previous.right + (correct ? 1 : 0),
      // A team that did not answer before the reveal counts as wrong: the class moved on.
      wrong: previous.wrong + (correct ? 0 : 1),
    };
  }
  const turn: Turn = { excerptId, expected, answers: state.answers, gained };
  if (marks && marks.length > 0) turn.marks = [...marks];
  return {
    state: { ...state, phase: 'revealed', scores, turns: [...state.turns, turn] },
    effects: [{ type: 'revealed', turn }],
  };
}

export interface CategoryTally {
  right: number;
  wrong: number;
}

/** Right and wrong per category (by the answer key) for one player. */
export function tallyByCategory(state: RoundState, playerId: string = SOLO.id): Record<Category, CategoryTally> {
  const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { right: 0, wrong: 0 }])) as Record<Category, CategoryTally>;
  for (const turn of state.turns) {
    const correct = matchesKey(turn.answers[playerId]?.category, turn.expected);
    tally[turn.expected][correct ? 'right' : 'wrong'] += 1;
  }
  return tally;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const isInstant = (value: unknown): boolean => typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
const isCount = (value: number): boolean => Number.isInteger(value) && value >= 0;

/**
 * The invariants of a round, as the state machine keeps them: what every state reached by
 * startRound and reduceRound satisfies. The reducer's property tests and the resume check
 * (parseRoundSnapshot) both use this one function, so a saved round is accepted exactly when
 * the machine could have produced it. Returns what is wrong (empty when the round is sound).
 *
 * It checks structure and arithmetic that hold whatever the scoring rule: turns follow the
 * deal one by one, the counter matches the turns, each score is the sum of what its turns
 * gained (never negative), right + wrong = turns, times are ISO instants.
 */
export function roundProblems(state: RoundState): string[] {
  const problems: string[] = [];
  const n = state.excerptIds.length;
  if (n === 0) problems.push('no excerpt dealt');
  if (new Set(state.excerptIds).size !== n) problems.push('an excerpt is dealt twice');
  if (state.expected.length !== n) problems.push('the answer key does not match the deal');
  if (!Number.isInteger(state.index) || state.index < 0 || state.index >= Math.max(n, 1)) problems.push(`index ${state.index} is outside the round`);
  const turnsExpected = state.index + (state.phase === 'answering' ? 0 : 1);
  if (state.turns.length !== turnsExpected) problems.push(`${state.turns.length} turns at index ${state.index} (${state.phase})`);
  if (state.phase === 'finished' && state.index !== n - 1) problems.push('finished before the last excerpt');
  if (!isInstant(state.startedAt)) problems.push('the start time is not a date');
  if (state.phase === 'finished' ? !isInstant(state.endedAt) : state.endedAt !== null) problems.push('the end time does not match the phase');

  const playerIds = state.players.map((p) => p.id);
  const players = new Set(playerIds);
  if (players.size !== playerIds.length || players.size === 0) problems.push('players are missing or repeated');
  // Solo play reveals on the answer; only a class (teams, a host) waits for the reveal.
  const solo = state.mode !== 'class';
  if (solo ? state.hostReveal || players.size !== 1 : !state.hostReveal || players.size < 2)
    problems.push(`${state.mode} round with the wrong players or reveal`);

  const answerOk = (answers: Record<string, { at: string }>) => Object.entries(answers).every(([id, a]) => players.has(id) && isInstant(a.at));
  if (!answerOk(state.answers)) problems.push('an answer is from no player or has no date');
  if (state.phase === 'answering' && !state.hostReveal && Object.keys(state.answers).length >= players.size)
    problems.push('everyone answered but nothing was revealed');

  const totals = new Map(playerIds.map((id) => [id, { score: 0, right: 0, streak: 0, bestStreak: 0 }]));
  state.turns.forEach((turn, i) => {
    if (turn.excerptId !== state.excerptIds[i] || turn.expected !== state.expected[i]) problems.push(`turn ${i + 1} is not the excerpt dealt there`);
    if (!answerOk(turn.answers)) problems.push(`turn ${i + 1} has an answer from no player or with no date`);
    for (const [id, total] of totals) {
      const gained = turn.gained[id];
      // A wrong answer given as sure costs points (certainty-based marking): base may be negative; bonuses never are.
      if (!gained || !Number.isInteger(gained.base) || !isCount(gained.bonus) || !(gained.clue === undefined || isCount(gained.clue))) {
        problems.push(`turn ${i + 1} has no valid points for ${id}`);
        continue;
      }
      const correct = matchesKey(turn.answers[id]?.category, turn.expected);
      total.score = addToScore(total.score, { base: gained.base, bonus: gained.bonus, clue: gained.clue ?? 0 });
      total.right += correct ? 1 : 0;
      total.streak = correct ? total.streak + 1 : 0;
      total.bestStreak = Math.max(total.bestStreak, total.streak);
    }
  });
  const scoreIds = Object.keys(state.scores);
  if (scoreIds.length !== players.size || scoreIds.some((id) => !players.has(id))) problems.push('scores do not match the players');
  for (const [id, total] of totals) {
    const score = state.scores[id];
    if (!score) continue;
    const counts = [score.score, score.streak, score.bestStreak, score.right, score.wrong];
    if (!counts.every(isCount)) problems.push(`${id}: a score or count is negative or not a whole number`);
    else if (
      score.score !== total.score ||
      score.right !== total.right ||
      score.wrong !== state.turns.length - total.right ||
      score.streak !== total.streak ||
      score.bestStreak !== total.bestStreak
    ) {
      problems.push(`${id}: the score does not add up to its turns`);
    }
  }
  problems.push(...classInvestigationProblems(state));
  return problems;
}

/**
 * Reads a saved round back (resume after a reload). Returns null when the snapshot is
 * malformed, finished (unless `allowFinished`, for a class round kept until its results are
 * dismissed), breaks an invariant of the round (roundProblems), refers to excerpts the content
 * no longer has, or has answered an excerpt whose key was corrected since: its verdict, points
 * and streaks were derived from the old key, and half-correcting them would show one answer key
 * and score another. A correction of excerpts still to come is simply taken.
 */
export function parseRoundSnapshot(
  value: unknown,
  expectedOf: (excerptId: string) => Category | undefined,
  options: { allowFinished?: boolean } = {},
): RoundState | null {
  const parsed = v.safeParse(RoundStateSchema, value);
  if (!parsed.success) return null;
  const state = parsed.output;
  if (state.phase === 'finished' && !options.allowFinished) return null;
  if (roundProblems(state).length > 0) return null;
  // The answer key may have been corrected since the save: trust the current key, drop rounds whose excerpts vanished.
  for (let i = 0; i < state.excerptIds.length; i++) {
    const expected = expectedOf(state.excerptIds[i] as string);
    if (!expected) return null;
    state.expected[i] = expected;
  }
  if (state.turns.some((turn) => expectedOf(turn.excerptId) !== turn.expected)) return null;
  return state;
}
