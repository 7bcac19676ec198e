import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories';
import type { GameState } from '../../../src/core/game';
import { defaultSettings } from '../../../src/core/progress/records';
import { fixtureContent, gameState, runnerFor, type TestAction } from '../fixtures';
import { stageKey, stageModel } from '../../../src/core/stage-model';
import { stageSlot } from '../../../src/core/stage-slot';

const at = '2026-03-01T09:00:00.000Z';
const dealt = [
  { id: '000-01', category: 'fact' as const },
  { id: '001-02', category: 'propaganda' as const },
  { id: '002-03', category: 'opinion' as const },
];
const runContent = runnerFor(fixtureContent(dealt));

const run = (state: GameState, ...actions: TestAction[]): GameState => runContent(state, ...actions).state;

const soloRound: TestAction = { type: 'start-round', mode: 'play', excerptIds: dealt.map((d) => d.id) };
/** Teams get the ids team-1 and team-2. */
const classRound: TestAction = { type: 'start-class-round', teamNames: ['Lynx', 'Une équipe nommée solo'] };

const menu = gameState(
  { ...defaultSettings('fr'), confidence: false, clueStep: false },
  { classSetup: { teamNames: ['Lynx', 'Une équipe nommée solo'], size: 'all', seed: 3, clueStep: false } },
);
const key = (state: GameState, reduced = false) => stageKey(stageModel(state, reduced));

describe('stage model', () => {
  it('draws the solo track, streak and verdict during play', () => {
    const state = run(menu, soloRound, { type: 'choose', category: 'fact', at });
    expect(stageModel(state, false)).toMatchObject({
      screen: 'play',
      language: 'fr',
      hidden: false,
      track: ['right', 'pending', 'pending'],
      streak: 1,
      verdict: { category: 'fact', right: true, key: `${state.round?.id}:0` },
    });
  });

  it('is hidden for a class round, on its play and results screens, instead of scoring it as the solo player', () => {
    let state = run(menu, classRound);
    state = run(state, { type: 'choose', category: 'fact', at, playerId: 'team-2' }, { type: 'reveal' });
    expect(state.round?.phase).toBe('revealed');
    const playing = stageModel(state, false);
    expect(playing).toMatchObject({ screen: 'play', hidden: true, track: [], streak: 0, verdict: null, newBest: false });
    expect(playing.results).toEqual(CATEGORIES.map((category) => ({ category, right: 0, wrong: 0 })));
    for (let i = 0; i < dealt.length; i++) {
      state = run(state, { type: 'choose', category: 'fact', at, playerId: 'team-1' }, { type: 'reveal' }, { type: 'next', at });
    }
    expect(state.screen).toBe('results');
    expect(stageModel(state, false)).toMatchObject({ screen: 'results', hidden: true, verdict: null, newBest: false });
    // Back on the menu (or any other screen) the stamps come back.
    expect(stageModel(run(state, { type: 'navigate', screen: 'menu' }), false)).toMatchObject({ screen: 'menu', hidden: false });
  });
});

describe('stage slot (what fills the band above the page)', () => {
  it('is the stamps on the menu and side screens, the stage for a solo round and the board, nothing for a class round', () => {
    expect(stageSlot(menu)).toBe('banner');
    for (const screen of ['help', 'settings', 'progress', 'dossiers', 'classroom', 'lessons'] as const) {
      expect(stageSlot(run(menu, { type: 'navigate', screen }))).toBe('banner');
    }
    expect(stageSlot(run(menu, { type: 'navigate', screen: 'board' }))).toBe('stage');
    let solo = run(menu, soloRound);
    expect(stageSlot(solo)).toBe('stage');
    for (let i = 0; i < dealt.length; i++) solo = run(solo, { type: 'choose', category: 'fact', at }, { type: 'next', at });
    expect(solo.screen).toBe('results');
    expect(stageSlot(solo)).toBe('stage');
    let team = run(menu, classRound);
    expect(stageSlot(team)).toBe('none');
    for (let i = 0; i < dealt.length; i++) {
      team = run(team, { type: 'choose', category: 'fact', at, playerId: 'team-1' }, { type: 'reveal' }, { type: 'next', at });
    }
    expect(team.screen).toBe('results');
    expect(stageSlot(team)).toBe('none');
    // The class round's results are kept, but the menu is the menu again.
    expect(stageSlot(run(team, { type: 'navigate', screen: 'menu' }))).toBe('banner');
  });
});

describe('stage key (when the scene redraws)', () => {
  it('changes with the language and reduced motion, on the menu too', () => {
    const english = run(menu, { type: 'settings', patch: { language: 'en' } });
    expect(stageModel(english, false).language).toBe('en');
    expect(key(english)).not.toBe(key(menu));
    expect(key(menu, true)).not.toBe(key(menu, false));
  });

  it('changes when the track, streak, verdict or results change', () => {
    const playing = run(menu, soloRound);
    const revealed = run(playing, { type: 'choose', category: 'fact', at });
    const next = run(revealed, { type: 'next', at });
    const second = run(next, { type: 'choose', category: 'propaganda', at });
    const keys = [menu, playing, revealed, next, second].map((s) => key(s));
    expect(new Set(keys).size).toBe(keys.length);
    const finished = run(second, { type: 'next', at }, { type: 'choose', category: 'fact', at }, { type: 'next', at });
    expect(finished.screen).toBe('results');
    expect(key(finished)).not.toBe(key(second));
  });

  it('stays the same when nothing the stage shows changes', () => {
    const playing = run(menu, soloRound);
    const withChoice = run({ ...playing, settings: { ...playing.settings, confidence: true } }, { type: 'choose', category: 'fact', at });
    expect(withChoice.pendingChoice).toBe('fact');
    expect(key(withChoice)).toBe(key(playing));
    const revealed = run(playing, { type: 'choose', category: 'fact', at });
    const otherLanguage = run(revealed, { type: 'toggle-other-language' });
    expect(otherLanguage).not.toBe(revealed);
    expect(key(otherLanguage)).toBe(key(revealed));
    const viewing = run(revealed, { type: 'open-viewer', articleId: '000', focusExcerptId: '000-01' });
    expect(viewing.viewer).not.toBeNull();
    expect(key(viewing)).toBe(key(revealed));
    expect(key(run(revealed, { type: 'settings', patch: { muted: true } }))).toBe(key(revealed));
  });
});
