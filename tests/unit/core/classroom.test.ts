import { describe, expect, it } from 'vitest';
import { excerptReading } from '../../../src/core/content/prose';
import { REPO_ROOT, readContent } from '../../../scripts/lib/read-content';
import {
  CLASSROOM_RESUME_SLOT,
  CSV_COLUMNS,
  answeredCount,
  canReveal,
  checkTeams,
  classCsvRows,
  classDeal,
  defaultClassSetup,
  localDateTime,
  parseClassSetup,
  printableSheet,
  questionTable,
  relabelDefaultNames,
  seriesCode,
  standings,
  startClassRound,
  teamTallies,
} from '../../../src/core/classroom';
import type { ContentBundle } from '../../../src/core/content/schema';
import { validateContent } from '../../../src/core/content/validate';
import { PROFILE_ID_PATTERN } from '../../../src/core/progress/records';
import { parseRoundSnapshot, reduceRound, type RoundAction, type RoundState } from '../../../src/core/round';

const content = validateContent(readContent(REPO_ROOT).input).bundle as ContentBundle;
const at = '2026-03-12T09:05:00.000Z';
const frName = (n: number) => `Équipe ${n}`;
const enName = (n: number) => `Team ${n}`;
const keyOf = (id: string) => content.excerpts.find((e) => e.id === id)?.category;

function play(state: RoundState, ...actions: RoundAction[]): RoundState {
  return actions.reduce((s, a) => reduceRound(s, a).state, state);
}

function threeTeamRound(size: 5 | 10 = 5): RoundState {
  const teams = checkTeams(['Lynx', 'Hiboux', 'Loups'], frName);
  if (!teams.ok) throw new Error('teams refused');
  return startClassRound(content, { size, seed: 42 }, teams.players, at);
}

/** A wrong category for the excerpt on screen, the next one in the list. */
function wrongFor(round: RoundState) {
  const order = ['fact', 'estimate', 'opinion', 'propaganda'] as const;
  const expected = round.expected[round.index] as (typeof order)[number];
  return order[(order.indexOf(expected) + 1) % 4] as (typeof order)[number];
}

describe('classroom setup', () => {
  it('starts from four default teams and ten excerpts, with the seed given', () => {
    const setup = defaultClassSetup(frName, 1234);
    expect(setup).toEqual({ teamNames: ['Équipe 1', 'Équipe 2', 'Équipe 3', 'Équipe 4'], size: 10, seed: 1234, clueStep: false });
  });

  it('gives blank names their default and tidies spaces', () => {
    const check = checkTeams(['  Les   Lynx ', '', 'Hiboux'], frName);
    expect(check).toEqual({
      ok: true,
      players: [
        { id: 'team-1', name: 'Les Lynx' },
        { id: 'team-2', name: 'Équipe 2' },
        { id: 'team-3', name: 'Hiboux' },
      ],
    });
  });

  it('refuses two teams with the same name, whatever the case, and names too long', () => {
    expect(checkTeams(['Lynx', 'lynx ', 'Hiboux'], frName)).toEqual({ ok: false, problems: [{ index: 1, problem: 'duplicate', sameAs: 0 }] });
    // A blank name becomes "Équipe 2", which the first team already took.
    expect(checkTeams(['Équipe 2', ''], frName)).toEqual({ ok: false, problems: [{ index: 1, problem: 'duplicate', sameAs: 0 }] });
    expect(checkTeams(['x'.repeat(25), 'Hiboux'], frName)).toEqual({ ok: false, problems: [{ index: 0, problem: 'too-long' }] });
  });

  it('plays with two to six teams only', () => {
    expect(() => checkTeams(['Seule'], frName)).toThrow();
    expect(() =>
      checkTeams(
        Array.from({ length: 7 }, (_, i) => `T${i}`),
        frName,
      ),
    ).toThrow();
    expect(
      checkTeams(
        Array.from({ length: 6 }, (_, i) => `T${i}`),
        frName,
      ).ok,
    ).toBe(true);
  });

  it('switches untouched default names to the new language and keeps typed ones', () => {
    expect(relabelDefaultNames(['Équipe 1', 'Les Lynx', 'Équipe 3'], frName, enName)).toEqual(['Team 1', 'Les Lynx', 'Team 3']);
    // "Équipe 1" typed in third position is the teacher's name, not a default.
    expect(relabelDefaultNames(['Hiboux', 'Loups', 'Équipe 1'], frName, enName)).toEqual(['Hiboux', 'Loups', 'Équipe 1']);
  });

  it('reads a saved setup back and refuses a damaged one', () => {
    const setup = { teamNames: ['A', 'B', 'C'], size: 'all', seed: 99, clueStep: true };
    expect(parseClassSetup(JSON.parse(JSON.stringify(setup)))).toEqual(setup);
    // Saved before the clue step existed: the class plays without it.
    const { clueStep: _, ...older } = setup;
    expect(parseClassSetup(older)).toEqual({ ...setup, clueStep: false });
    expect(parseClassSetup({ ...setup, size: 7 })).toBeNull();
    expect(parseClassSetup({ ...setup, teamNames: ['A'] })).toBeNull();
    expect(parseClassSetup({ ...setup, seed: -1 })).toBeNull();
    expect(parseClassSetup(null)).toBeNull();
  });

  it('keeps the class round in a slot no profile can have', () => {
    expect(PROFILE_ID_PATTERN.test(CLASSROOM_RESUME_SLOT)).toBe(false);
    expect(PROFILE_ID_PATTERN.test('classroom')).toBe(true); // why the slot is not simply "classroom"
  });
});

describe('the class deal', () => {
  it('depends on the seed and size only, so printed sheets match the round', () => {
    const ids = classDeal(content, { size: 10, seed: 7 });
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(classDeal(content, { size: 10, seed: 7 })).toEqual(ids);
    expect(classDeal(content, { size: 10, seed: 8 })).not.toEqual(ids);
    expect(classDeal(content, { size: 'all', seed: 7 })).toHaveLength(content.excerpts.length);

    const teams = checkTeams(['A', 'B'], frName);
    if (!teams.ok) throw new Error('teams refused');
    const round = startClassRound(content, { size: 10, seed: 7 }, teams.players, at);
    expect(round.excerptIds).toEqual(ids);
    expect(round).toMatchObject({ mode: 'class', hostReveal: true, players: teams.players });
    expect(printableSheet(content, { size: 10, seed: 7 }, 'student', 'fr').items.map((i) => i.excerptId)).toEqual(ids);
  });

  it('names a deal with a short code', () => {
    expect(seriesCode(0)).toBe('0000');
    expect(seriesCode(36 ** 4 + 35)).toBe('1000Z');
    expect(seriesCode(7)).not.toBe(seriesCode(8));
  });
});

describe('a class round', () => {
  it('reveals only when the teacher says so, once a team has answered', () => {
    let round = threeTeamRound();
    expect(canReveal(round)).toBe(false);
    round = play(round, { type: 'answer', playerId: 'team-2', category: 'fact', at });
    expect(answeredCount(round)).toBe(1);
    expect(canReveal(round)).toBe(true);
    round = play(
      round,
      { type: 'answer', playerId: 'team-1', category: 'opinion', at },
      { type: 'answer', playerId: 'team-3', category: 'opinion', at },
    );
    // Everyone answered: still waiting for the teacher.
    expect(round.phase).toBe('answering');
    round = play(round, { type: 'reveal' });
    expect(round.phase).toBe('revealed');
    expect(canReveal(round)).toBe(false);
  });

  it('ranks teams by score, ties sharing a rank, and tallies each team per category', () => {
    let round = threeTeamRound();
    // Excerpt 1: Lynx and Hiboux right, Loups wrong. Excerpt 2: Lynx right, Hiboux wrong, Loups silent.
    const right = () => round.expected[round.index]!;
    round = play(
      round,
      { type: 'answer', playerId: 'team-1', category: right(), at },
      { type: 'answer', playerId: 'team-2', category: right(), at },
      { type: 'answer', playerId: 'team-3', category: wrongFor(round), at },
      { type: 'reveal' },
    );
    expect(standings(round).map((s) => [s.team.name, s.rank, s.score])).toEqual([
      ['Lynx', 1, 100],
      ['Hiboux', 1, 100],
      ['Loups', 3, 0],
    ]);
    round = play(round, { type: 'next', at });
    round = play(
      round,
      { type: 'answer', playerId: 'team-1', category: right(), at },
      { type: 'answer', playerId: 'team-2', category: wrongFor(round), at },
      { type: 'reveal' },
    );
    expect(standings(round).map((s) => [s.team.name, s.rank, s.score, s.right, s.wrong])).toEqual([
      ['Lynx', 1, 225, 2, 0],
      ['Hiboux', 2, 100, 1, 1],
      ['Loups', 3, 0, 0, 2],
    ]);

    const table = questionTable(round);
    expect(table).toHaveLength(2);
    expect(table[1]?.outcomes.map((o) => [o.team.name, o.answer === null ? null : o.correct, o.points])).toEqual([
      ['Lynx', true, 125],
      ['Hiboux', false, 0],
      ['Loups', null, 0],
    ]);

    const first = round.expected[0]!;
    const second = round.expected[1]!;
    const loups = teamTallies(round).find((t) => t.team.name === 'Loups')!.tally;
    // The two excerpts may share a category: count each category once.
    expect(first === second ? loups[first].wrong : loups[first].wrong + loups[second].wrong).toBe(2);
    const lynx = teamTallies(round).find((t) => t.team.name === 'Lynx')!.tally;
    expect(Object.values(lynx).reduce((sum, t) => sum + t.right, 0)).toBe(2);
  });

  it('survives a save and reload with its answers and scores', () => {
    let round = threeTeamRound();
    round = play(round, { type: 'answer', playerId: 'team-1', category: round.expected[0]!, at }, { type: 'reveal' }, { type: 'next', at });
    round = play(round, { type: 'answer', playerId: 'team-3', category: 'opinion', at });
    const restored = parseRoundSnapshot(JSON.parse(JSON.stringify(round)), keyOf);
    expect(restored).toEqual(round);
  });
});

describe('the CSV rows', () => {
  it('has one row per excerpt and team, with the answer, the result and the points', () => {
    let round = threeTeamRound();
    for (let i = 0; i < 5; i++) {
      round = play(
        round,
        { type: 'answer', playerId: 'team-1', category: round.expected[round.index]!, at },
        { type: 'answer', playerId: 'team-2', category: wrongFor(round), at },
        { type: 'reveal' },
        { type: 'next', at },
      );
    }
    expect(round.phase).toBe('finished');
    const rows = classCsvRows(round, content);
    expect(rows).toHaveLength(15);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const excerpt = content.excerpts.find((e) => e.id === round.excerptIds[0])!;
    const title = content.articles.find((a) => a.id === excerpt.article)!.title;
    expect(rows.slice(0, 3)).toEqual([
      {
        roundDate: localDateTime(at),
        excerptId: excerpt.id,
        article: title,
        excerptText: excerpt.text,
        rightAnswer: excerpt.category,
        team: 'Lynx',
        teamAnswer: excerpt.category,
        correct: 1,
        points: 100,
      },
      {
        roundDate: localDateTime(at),
        excerptId: excerpt.id,
        article: title,
        excerptText: excerpt.text,
        rightAnswer: excerpt.category,
        team: 'Hiboux',
        teamAnswer: wrongFor({ ...round, index: 0 }),
        correct: 0,
        points: 0,
      },
      {
        roundDate: localDateTime(at),
        excerptId: excerpt.id,
        article: title,
        excerptText: excerpt.text,
        rightAnswer: excerpt.category,
        team: 'Loups',
        teamAnswer: null,
        correct: 0,
        points: 0,
      },
    ]);
    // Lynx, right five times in a row: 100, 125, 150, 175, 200.
    expect(rows.filter((r) => r.team === 'Lynx').map((r) => r.points)).toEqual([100, 125, 150, 175, 200]);
  });

  it('writes the date in the device’s time zone, minutes included', () => {
    expect(localDateTime('not a date')).toBe('not a date');
    const d = new Date(2026, 2, 12, 9, 5);
    expect(localDateTime(d.toISOString())).toBe('2026-03-12 09:05');
  });
});

describe('printable sheets', () => {
  it('give the student no answer and the teacher the answer, clues and why', () => {
    const student = printableSheet(content, { size: 5, seed: 3 }, 'student', 'fr');
    expect(student.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(student.items.every((i) => i.answer === null && i.translation === null)).toBe(true);

    const key = printableSheet(content, { size: 5, seed: 3 }, 'key', 'en');
    expect(key.series).toBe(student.series);
    const first = key.items[0]!;
    const excerpt = content.excerpts.find((e) => e.id === first.excerptId)!;
    expect(first.translation).toBe(excerpt.translation.en);
    expect(first.answer?.category).toBe(excerpt.category);
    // The short explanation, so that the key prints on few pages; articles named by their labels.
    expect(first.answer?.short).toBe(excerptReading(excerpt, content.articles, 'en').short);
    expect(first.answer?.short).not.toMatch(/\{\{article:/);
    expect(first.answer?.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(excerpt.clues.map((c) => c.text));
    expect(first.answer?.segments.map((s) => s.text).join('')).toBe(excerpt.text);
  });
});
