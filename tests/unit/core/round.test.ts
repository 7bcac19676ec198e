import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../../src/core/categories';
import { dealRound } from '../../../src/core/deal';
import { parseRoundSnapshot, reduceRound, startRound, tallyByCategory, type RoundAction, type RoundState } from '../../../src/core/round';
import { streakBonus } from '../../../src/core/scoring';

const at = '2026-01-01T10:00:00.000Z';
const candidates = Array.from({ length: 40 }, (_, i) => ({
  id: `00${i % 5}-${String(i).padStart(2, '0')}`,
  article: `00${i % 5}`,
  category: CATEGORIES[Math.floor(i / 5) % 4]!,
}));

function play(state: RoundState, ...actions: RoundAction[]): RoundState {
  return actions.reduce((s, a) => reduceRound(s, a).state, state);
}

describe('dealRound', () => {
  it('never repeats an excerpt and honours the size', () => {
    for (const size of [5, 10, 20] as const) {
      const ids = dealRound(candidates, { size, seed: 7 });
      expect(ids).toHaveLength(size);
      expect(new Set(ids).size).toBe(size);
    }
    expect(dealRound(candidates, { size: 'all', seed: 7 })).toHaveLength(40);
  });

  it('mixes categories and articles', () => {
    for (let seed = 1; seed < 30; seed++) {
      const ids = dealRound(candidates, { size: 10, seed });
      const chosen = ids.map((id) => candidates.find((c) => c.id === id)!);
      const perCategory = CATEGORIES.map((c) => chosen.filter((x) => x.category === c).length);
      expect(Math.min(...perCategory)).toBeGreaterThanOrEqual(2);
      expect(new Set(chosen.map((c) => c.article)).size).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < chosen.length; i++) expect(chosen[i]!.article).not.toBe(chosen[i - 1]!.article);
    }
  });

  it('is reproducible from the seed and prefers excerpts seen less', () => {
    expect(dealRound(candidates, { size: 10, seed: 3 })).toEqual(dealRound(candidates, { size: 10, seed: 3 }));
    // Half of each category already seen twice: a 10-excerpt round can be made of unseen ones only.
    const timesSeen = Object.fromEntries(candidates.filter((_, i) => i % 2 === 0).map((c) => [c.id, 2]));
    const ids = dealRound(candidates, { size: 10, seed: 3, timesSeen });
    expect(ids.every((id) => !(id in timesSeen))).toBe(true);
  });
});

describe('round state machine', () => {
  const dealt = [
    { id: '000-01', category: 'fact' as const },
    { id: '001-01', category: 'opinion' as const },
    { id: '002-01', category: 'propaganda' as const },
  ];

  it('plays a solo round: answer reveals at once, next advances, last next finishes', () => {
    let s = startRound({ id: 'r', mode: 'play', dealt, at });
    s = play(s, { type: 'answer', playerId: 'solo', category: 'fact', at });
    expect(s.phase).toBe('revealed');
    expect(s.scores.solo).toMatchObject({ score: 100, streak: 1, right: 1 });
    s = play(s, { type: 'next', at }, { type: 'answer', playerId: 'solo', category: 'opinion', at });
    expect(s.scores.solo).toMatchObject({ score: 100 + 100 + streakBonus(2), streak: 2, bestStreak: 2 });
    s = play(s, { type: 'next', at }, { type: 'answer', playerId: 'solo', category: 'fact', at });
    expect(s.scores.solo).toMatchObject({ streak: 0, bestStreak: 2, wrong: 1 });
    s = play(s, { type: 'next', at });
    expect(s.phase).toBe('finished');
    expect(tallyByCategory(s)).toMatchObject({ fact: { right: 1, wrong: 0 }, propaganda: { right: 0, wrong: 1 } });
  });

  it('ignores a double answer, a next before reveal, and an unknown player', () => {
    let s = startRound({ id: 'r', mode: 'play', dealt, at });
    const before = s;
    expect(reduceRound(s, { type: 'next', at }).state).toBe(before);
    expect(reduceRound(s, { type: 'answer', playerId: 'ghost', category: 'fact', at }).state).toBe(before);
    s = play(s, { type: 'answer', playerId: 'solo', category: 'fact', at });
    const again = reduceRound(s, { type: 'answer', playerId: 'solo', category: 'opinion', at });
    expect(again.state).toBe(s);
    expect(again.effects).toEqual([]);
  });

  it('lets several teams answer and waits for the host to reveal', () => {
    const players = [
      { id: 'a', name: 'Rouge' },
      { id: 'b', name: 'Bleu' },
    ];
    let s = startRound({ id: 'r', mode: 'class', dealt, players, hostReveal: true, at });
    s = play(s, { type: 'answer', playerId: 'a', category: 'fact', at }, { type: 'answer', playerId: 'b', category: 'estimate', at });
    expect(s.phase).toBe('answering');
    s = play(s, { type: 'reveal' });
    expect(s.phase).toBe('revealed');
    expect(s.scores.a?.score).toBe(100);
    expect(s.scores.b?.score).toBe(0);
    expect(s.turns[0]?.answers).toMatchObject({ a: { category: 'fact' }, b: { category: 'estimate' } });
  });

  it('lets a team change its answer until the host reveals, and not after', () => {
    const players = [
      { id: 'a', name: 'Rouge' },
      { id: 'b', name: 'Bleu' },
    ];
    let s = startRound({ id: 'r', mode: 'class', dealt, players, hostReveal: true, at });
    s = play(s, { type: 'answer', playerId: 'a', category: 'estimate', at });
    const same = reduceRound(s, { type: 'answer', playerId: 'a', category: 'estimate', at });
    expect(same.state).toBe(s);
    const changed = reduceRound(s, { type: 'answer', playerId: 'a', category: 'fact', at });
    expect(changed.effects).toEqual([{ type: 'answered', playerId: 'a' }]);
    s = play(changed.state, { type: 'reveal' });
    expect(s.scores.a?.score).toBe(100);
    expect(reduceRound(s, { type: 'answer', playerId: 'a', category: 'opinion', at }).state).toBe(s);
  });

  it('waits for a first answer before a host reveal', () => {
    const players = [
      { id: 'a', name: 'Rouge' },
      { id: 'b', name: 'Bleu' },
    ];
    const s = startRound({ id: 'r', mode: 'class', dealt, players, hostReveal: true, at });
    expect(reduceRound(s, { type: 'reveal' }).state).toBe(s);
    const answered = play(s, { type: 'answer', playerId: 'b', category: 'opinion', at });
    expect(reduceRound(answered, { type: 'reveal' }).state.phase).toBe('revealed');
  });

  it('restores a saved round and refuses a corrupt or stale one', () => {
    const s = play(startRound({ id: 'r', mode: 'play', dealt, at }), { type: 'answer', playerId: 'solo', category: 'fact', at });
    const key = (id: string) => dealt.find((d) => d.id === id)?.category;
    const restored = parseRoundSnapshot(JSON.parse(JSON.stringify(s)), key);
    expect(restored).toEqual(s);
    expect(parseRoundSnapshot({ ...s, index: 'x' }, key)).toBeNull();
    expect(parseRoundSnapshot('garbage', key)).toBeNull();
    expect(parseRoundSnapshot(s, () => undefined)).toBeNull();
  });

  it('takes a key correction for excerpts still to come, and refuses a round that answered a corrected one', () => {
    const three = [...dealt, { id: '003-01', category: 'estimate' as const }];
    const s = play(
      startRound({ id: 'r', mode: 'play', dealt: three, at }),
      { type: 'answer', playerId: 'solo', category: 'fact', at },
      { type: 'next', at },
    );
    const saved = JSON.parse(JSON.stringify(s)) as unknown;
    const keyWith = (changes: Record<string, Category>) => (id: string) => changes[id] ?? three.find((d) => d.id === id)?.category;
    // Corrected later in the round: the round goes on with the new key.
    const ahead = parseRoundSnapshot(saved, keyWith({ '003-01': 'opinion' }));
    expect(ahead?.expected).toEqual(['fact', 'opinion', 'propaganda', 'opinion']);
    expect(ahead?.scores).toEqual(s.scores);
    // Corrected on an answered excerpt: its verdict, points and streak came from the old key.
    expect(parseRoundSnapshot(saved, keyWith({ [three[0]!.id]: 'estimate' }))).toBeNull();
    // Revealed but not yet moved on counts as answered too.
    const revealed = JSON.parse(JSON.stringify(play(s, { type: 'answer', playerId: 'solo', category: 'fact', at }))) as unknown;
    expect(parseRoundSnapshot(revealed, keyWith({}))?.phase).toBe('revealed');
    expect(parseRoundSnapshot(revealed, keyWith({ [three[1]!.id]: 'fact' }))).toBeNull();
  });
});
