import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { classDeal, parseClassSetup, printableSheet, standings } from '../../../../src/core/classroom';
import { validateContent } from '../../../../src/core/content/validate';
import type { GameState } from '../../../../src/core/game';
import { VOTE_POINTS } from '../../../../src/core/investigations/class-vote';
import { voteOutcomes } from '../../../../src/core/investigations/class-play';
import { investigationsOf } from '../../../../src/core/investigations';
import { defaultSettings } from '../../../../src/core/progress/records';
import { parseRoundSnapshot, roundProblems } from '../../../../src/core/round';
import { gameState, runnerFor } from '../../fixtures';

const { bundle } = validateContent(readContent().input, { minimums: false });
if (!bundle) throw new Error('the shipped content does not validate');
const content = bundle;
const run = runnerFor(content);
const troops = investigationsOf(content).find((i) => i.id === 'topic:troops-deployed');
if (!troops) throw new Error('the shipped content has no investigation on the troops');
const teams = ['Lynx', 'Hiboux'];
const setup = { teamNames: teams, size: 5 as const, seed: 7, clueStep: false, investigation: troops.id };
const expectedOf = new Map(content.excerpts.map((e) => [e.id, e.category]));
const categoryOf = (id: string) => expectedOf.get(id) ?? 'fact';

/** The round as a reload reads it back from the class slot. */
function reloaded(state: GameState): GameState {
  const saved = parseRoundSnapshot(JSON.parse(JSON.stringify(state.round)), (id) => expectedOf.get(id), { allowFinished: true });
  expect(saved).not.toBeNull();
  const fresh = gameState(defaultSettings('fr'), { classSetup: setup });
  return run({ ...fresh, classroom: { ...fresh.classroom, saved } }, { type: 'resume-class-round' }).state;
}

/** Team 1 answers each passage right, team 2 says "opinion"; the teacher reveals and goes on. */
function playPassages(state: GameState): GameState {
  let s = state;
  for (const id of troops?.excerptIds ?? []) {
    ({ state: s } = run(
      s,
      { type: 'choose', category: categoryOf(id), playerId: 'team-1' },
      { type: 'choose', category: 'opinion', playerId: 'team-2' },
      { type: 'reveal' },
      { type: 'next' },
    ));
  }
  return s;
}

describe('an investigation played by a class', () => {
  it('deals its passages in its order, whatever the seed or size, and the setup keeps it', () => {
    expect(classDeal(content, setup)).toEqual(troops.excerptIds);
    expect(classDeal(content, { ...setup, seed: 99, size: 'all' })).toEqual(troops.excerptIds);
    expect(parseClassSetup(setup)?.investigation).toBe(troops.id);
    // One this content no longer has: the usual seeded deal, never a round without excerpts.
    expect(classDeal(content, { ...setup, investigation: 'topic:gone' })).toHaveLength(5);
  });

  it('prints sheets that match the round: its passages, then the question (the answer on the key only)', () => {
    const student = printableSheet(content, setup, 'student', 'fr');
    const key = printableSheet(content, setup, 'key', 'fr');
    expect(student.items.map((i) => i.excerptId)).toEqual(troops.excerptIds);
    expect(student.synthesis).toEqual(troops.question);
    expect(key.synthesis?.answer).toBe(troops.question.answer);
    expect(printableSheet(content, { ...setup, investigation: undefined }, 'key', 'fr').synthesis).toBeNull();
  });

  it('asks the question after the last passage, hides the votes until the reveal, and scores them', () => {
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    let { state } = run(start, { type: 'start-class-round', teamNames: teams });
    expect(state.round?.excerptIds).toEqual(troops.excerptIds);
    expect(state.round?.investigation).toEqual({ id: troops.id, question: troops.question });
    // A vote before the question changes nothing.
    expect(run(state, { type: 'class-vote', choice: troops.question.answer, playerId: 'team-1' }).state).toBe(state);

    // The passages, one by one: on the last one, Next opens the question, not the results.
    const passages = troops.excerptIds.length;
    for (const id of troops.excerptIds.slice(0, -1)) {
      ({ state } = run(state, { type: 'choose', category: categoryOf(id), playerId: 'team-1' }, { type: 'reveal' }, { type: 'next' }));
    }
    const last = troops.excerptIds.at(-1) as string;
    ({ state } = run(state, { type: 'choose', category: categoryOf(last), playerId: 'team-1' }, { type: 'reveal' }));
    const asked = run(state, { type: 'next' });
    state = asked.state;
    expect(state.screen).toBe('play');
    expect(state.round?.phase).toBe('revealed');
    expect(state.round?.investigation?.vote).toEqual({ votes: {} });
    expect(asked.effects).toContainEqual({ type: 'save-resume', round: state.round });
    // Nothing to reveal and no skipping before a vote.
    expect(run(state, { type: 'reveal' }).state).toBe(state);
    expect(run(state, { type: 'next' }).state).toBe(state);

    // Team 1 by keyboard (its number, then its choice), team 2 by click, changing its mind.
    const [wrong] = troops.question.choices.filter((c) => c !== troops.question.answer) as [string];
    ({ state } = run(
      state,
      { type: 'class-select-team', index: 0 },
      { type: 'class-vote', choice: troops.question.answer },
      { type: 'class-vote', choice: troops.question.answer, playerId: 'team-2' },
      { type: 'class-vote', choice: wrong, playerId: 'team-2' },
      { type: 'class-vote', choice: 'not-a-choice', playerId: 'team-1' },
      { type: 'class-vote', choice: wrong, playerId: 'team-9' },
    ));
    expect(state.round?.investigation?.vote).toEqual({ votes: { 'team-1': troops.question.answer, 'team-2': wrong } });
    expect(state.classroom.selectedTeam).toBeNull();
    // Hidden until revealed: no points yet.
    const before = standings(state.round as NonNullable<GameState['round']>).map((s) => s.score);
    expect(voteOutcomes(state.round as NonNullable<GameState['round']>)).toEqual([]);

    const revealed = run(state, { type: 'reveal' });
    state = revealed.state;
    const round = state.round as NonNullable<GameState['round']>;
    expect(round.investigation?.vote?.gained).toEqual({ 'team-1': VOTE_POINTS, 'team-2': 0 });
    expect(voteOutcomes(round).map((o) => [o.teamId, o.right, o.points])).toEqual([
      ['team-1', true, VOTE_POINTS],
      ['team-2', false, 0],
    ]);
    const after = Object.fromEntries(standings(round).map((s) => [s.team.id, s.score]));
    expect(after['team-1']).toBe((before[0] ?? 0) + VOTE_POINTS);
    expect(roundProblems(round)).toEqual([]);
    // Revealed: votes are final, and Next goes on to the results.
    expect(run(state, { type: 'class-vote', choice: wrong, playerId: 'team-1' }).state).toBe(state);
    const finished = run(state, { type: 'next' });
    expect(finished.state.screen).toBe('results');
    expect(finished.state.round?.phase).toBe('finished');
    expect(finished.state.round?.turns).toHaveLength(passages);
    expect(finished.state.classroom.saved).toBe(finished.state.round);
    // The teacher's own career and investigations are untouched.
    expect(finished.state.profile).toBe(start.profile);
  });

  it('resumes after a reload where it was: mid-passages, on the question with its votes, and revealed', () => {
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    let { state } = run(start, { type: 'start-class-round', teamNames: teams });
    ({ state } = run(state, { type: 'choose', category: 'fact', playerId: 'team-1' }, { type: 'reveal' }));
    let back = reloaded(state);
    expect(back.round).toEqual(state.round);
    expect(back.screen).toBe('play');

    state = playPassages(run(start, { type: 'start-class-round', teamNames: teams }).state);
    expect(state.round?.investigation?.vote).toEqual({ votes: {} });
    ({ state } = run(state, { type: 'class-vote', choice: troops.question.answer, playerId: 'team-2' }));
    back = reloaded(state);
    expect(back.round?.investigation?.vote?.votes).toEqual({ 'team-2': troops.question.answer });
    ({ state: back } = run(back, { type: 'reveal' }));
    expect(back.round?.investigation?.vote?.gained).toEqual({ 'team-1': 0, 'team-2': VOTE_POINTS });
    expect(reloaded(back).round).toEqual(back.round);
  });

  it('refuses a saved round whose votes could not have been given', () => {
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    const on = playPassages(run(start, { type: 'start-class-round', teamNames: teams }).state).round as NonNullable<GameState['round']>;
    const parse = (round: unknown) => parseRoundSnapshot(JSON.parse(JSON.stringify(round)), (id) => expectedOf.get(id));
    const investigation = on.investigation as NonNullable<typeof on.investigation>;
    expect(parse(on)).not.toBeNull();
    expect(parse({ ...on, investigation: { ...investigation, vote: { votes: { 'team-7': troops.question.answer } } } })).toBeNull();
    expect(parse({ ...on, investigation: { ...investigation, vote: { votes: { 'team-1': 'nope' } } } })).toBeNull();
    expect(parse({ ...on, investigation: { ...investigation, vote: { votes: {}, gained: { 'team-1': 500, 'team-2': 0 } } } })).toBeNull();
    // A question before the last passage was revealed.
    const early = run(start, { type: 'start-class-round', teamNames: teams }).state.round;
    expect(parse({ ...early, investigation: { ...investigation, vote: { votes: {} } } })).toBeNull();
  });

  it('ends early on the question: the results keep the passages, no vote is counted', () => {
    const start = gameState(defaultSettings('fr'), { classSetup: setup });
    let state = playPassages(run(start, { type: 'start-class-round', teamNames: teams }).state);
    ({ state } = run(state, { type: 'class-vote', choice: troops.question.answer, playerId: 'team-1' }, { type: 'class-finish-early' }));
    expect(state.screen).toBe('results');
    const round = state.round as NonNullable<GameState['round']>;
    expect(round.turns).toHaveLength(troops.excerptIds.length);
    expect(voteOutcomes(round)).toEqual([]);
    expect(standings(round).every((s) => s.score === round.scores[s.team.id]?.score)).toBe(true);
  });
});
