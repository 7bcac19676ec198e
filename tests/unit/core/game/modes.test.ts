/** The modes whose rules load with their screens (#15): waiting for them and registering them, pure. */
import { describe, expect, it } from 'vitest';
import { quizLabelsFromLocales } from '../../../../scripts/lib/quiz-labels';
import { createGameReducer, type GameState, MODE_NAMES, NO_MODES } from '../../../../src/core/game';
import { lmsRules } from '../../../../src/core/game/lms';
import { defaultSettings } from '../../../../src/core/progress/records';
import { ALL_MODES, AT, quizFixtureContent, gameState, type TestAction } from '../../fixtures';

const content = quizFixtureContent();
const reduce = createGameReducer();
const at = (second: number) => `2026-03-01T09:00:${String(second).padStart(2, '0')}.000Z`;
const step = (state: GameState, action: TestAction) => reduce(state, { at: AT, seed: 1, ...action } as Parameters<typeof reduce>[1]);
const settings = { ...defaultSettings('fr'), roundSize: 5 as const, confidence: false, clueStep: false };
const labels = quizLabelsFromLocales('fr');
const exportKey: TestAction = { type: 'export-quiz', format: 'gift', lessonId: null, labels };
const lmsConfig = { format: 'fait-ou-propagande/lms' as const, version: 1 as const, lesson: null, passPercent: null };
/** The menu as it starts: no mode's rules yet (with or without the texts). */
const withoutModes = (texts = true): GameState => ({ ...gameState(settings, texts ? { content } : {}), modes: NO_MODES });

describe('modes loaded with their screens (#15)', () => {
  it('the game’s tests play every mode: each mode’s rules once', () => {
    expect(ALL_MODES.map((r) => r.mode).sort()).toEqual([...MODE_NAMES].sort());
    expect(gameState(settings).modes.rules.lms).toBe(lmsRules);
  });

  it('keeps an intent of a mode not loaded, asks for its rules once, and carries it out once they arrive, with its own stamp', () => {
    const start = withoutModes();
    const clicked = step(start, { ...exportKey, at: at(1), seed: 11 });
    expect(clicked.effects).toEqual([{ type: 'load-mode', mode: 'lms' }]);
    expect(clicked.state.modes.requested).toEqual(['lms']);
    // A double click waits once and does not ask again.
    const again = step(clicked.state, { ...exportKey, at: at(2), seed: 22 });
    expect(again.state.modes.waiting).toHaveLength(1);
    expect(again.effects).toEqual([]);

    const arrived = step(again.state, { type: 'mode-loaded', rules: lmsRules, at: at(3), seed: 33 });
    expect(arrived.state.modes.rules.lms).toBe(lmsRules);
    expect(arrived.state.modes.waiting).toEqual([]);
    expect(arrived.state.modes.requested).toEqual([]);
    // The same as a click with the rules already there.
    const direct = step({ ...start, modes: gameState(settings).modes }, { ...exportKey, at: at(1), seed: 11 });
    expect(arrived.effects).toEqual(direct.effects);
    expect(arrived.effects.filter((e) => e.type === 'download-text')).toHaveLength(1);
    expect({ ...arrived.state, modes: null }).toEqual({ ...direct.state, modes: null });
    // Arriving again changes nothing.
    expect(step(arrived.state, { type: 'mode-loaded', rules: lmsRules }).state).toBe(arrived.state);
  });

  it('carries out what the player did after a waiting intent behind it, in order; what the machine answers goes on', () => {
    let state = withoutModes();
    state = step(state, exportKey).state;
    state = step(state, { type: 'navigate', screen: 'settings' }).state;
    expect(state.screen).toBe('menu');
    state = step(state, { type: 'storage-notices', kinds: ['quota'], reshowQuota: false }).state;
    expect(state.storage.notices).toContain('quota');
    expect(state.modes.waiting.map((a) => a.type)).toEqual(['export-quiz', 'navigate']);
    const arrived = step(state, { type: 'mode-loaded', rules: lmsRules });
    expect(arrived.effects.map((e) => e.type)).toEqual(['download-text']);
    expect(arrived.state.screen).toBe('settings');
  });

  it('lets what belongs to no mode through at once while nothing waits', () => {
    const start = withoutModes();
    const next = step(start, { type: 'navigate', screen: 'settings' });
    expect(next.state.screen).toBe('settings');
    expect(next.effects).toEqual([]);
    expect(next.state.modes).toBe(start.modes);
  });

  it('waits for the rules, then for the texts: a launch inside an LMS before either has arrived', () => {
    const start = withoutModes(false);
    const launch: TestAction = { type: 'start-lms-round', config: lmsConfig, suspend: null, at: at(1), seed: 11 };
    let state = step(start, launch).state;
    state = step(state, { type: 'mode-loaded', rules: lmsRules }).state;
    expect(state.round).toBeNull();
    expect(state.contentLoad.waiting.map((a) => a.type)).toEqual(['start-lms-round']);
    const played = step(state, { type: 'content-loaded', content }).state;
    expect(played.screen).toBe('play');
    const direct = step({ ...gameState(settings), content }, launch).state;
    expect(played.round).toEqual(direct.round);
  });

  it('says when the rules could not be loaded: what waited is dropped, and the next click asks again', () => {
    const clicked = step(withoutModes(), exportKey).state;
    const failed = step(clicked, { type: 'mode-failed', mode: 'lms', detail: 'offline' }).state;
    expect(failed.modes).toEqual({ rules: {}, waiting: [], requested: [], failed: { mode: 'lms', detail: 'offline' } });
    // Said until the player's next step.
    expect(step(failed, { type: 'storage-notices', kinds: [] }).state.modes.failed).not.toBeNull();
    expect(step(failed, { type: 'navigate', screen: 'settings' }).state.modes.failed).toBeNull();
    // A failure nobody asked for (a preload after a click already loaded them) changes nothing.
    expect(step(failed, { type: 'mode-failed', mode: 'lms', detail: 'again' }).state).toBe(failed);
    const retry = step(failed, exportKey);
    expect(retry.effects).toEqual([{ type: 'load-mode', mode: 'lms' }]);
    expect(retry.state.modes.failed).toBeNull();
  });
});
