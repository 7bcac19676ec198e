/**
 * Each profile's own settings (accommodations, text, motion) in the game state: a change goes to
 * the active profile and nowhere else, switching profile switches them, and a lesson turns some
 * on for its round only, the player's own coming back after.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../src/core/categories';
import { answerSteps, type GameState, lessonAccommodations, playerSettings, reducedMotion } from '../../../../src/core/game';
import { encodeLessonCode, type LessonSpec } from '../../../../src/core/lessons';
import { defaultPlayerSettings, defaultSettings, emptyProfileData } from '../../../../src/core/progress/records';
import { fixtureContent, gameState, runnerFor } from '../../fixtures';

const EXCERPTS: Array<{ id: string; category: Category }> = [
  { id: '000-01', category: 'fact' },
  { id: '001-02', category: 'propaganda' },
];
const content = fixtureContent(EXCERPTS);
const run = runnerFor(content);
const device = { ...defaultSettings('en'), clueStep: false, confidence: false };

describe('a profile’s own settings', () => {
  it('a change of an accommodation goes to the active profile (stamped, saved in it), a device setting to the device', () => {
    const { state, effects } = run(gameState(device), {
      type: 'settings',
      patch: { twoStep: true, speechRate: 0.75 },
      at: '2026-03-02T10:00:00.000Z',
    });
    expect(state.profile.settings).toEqual({ ...defaultPlayerSettings(), twoStep: true, speechRate: 0.75 });
    expect(state.profile.settingsAt).toBe('2026-03-02T10:00:00.000Z');
    expect(state.settings).toEqual(device);
    expect(effects).toEqual([
      { type: 'save-player-settings', profileId: 'default', settings: state.profile.settings, at: '2026-03-02T10:00:00.000Z' },
    ]);

    const both = run(state, { type: 'settings', patch: { muted: true, textSize: 'xlarge' } });
    expect(both.state.settings.muted).toBe(true);
    expect(both.state.profile.settings.textSize).toBe('xlarge');
    expect(both.effects.map((e) => e.type)).toEqual(['save-settings', 'save-player-settings']);
    // The device record keeps none of the player's fields.
    const saved = both.effects[0];
    expect(saved?.type === 'save-settings' && Object.keys(saved.settings).sort()).toEqual([
      'clueStep',
      'confidence',
      'language',
      'muted',
      'roundSize',
    ]);
  });

  it('switching profile switches them: two pupils on one device each keep theirs', () => {
    const ana = {
      ...emptyProfileData('ana'),
      settings: { ...defaultPlayerSettings(), twoStep: true, readAloud: true, reducedMotion: 'on' as const },
    };
    const ben = { ...emptyProfileData('ben'), settings: { ...defaultPlayerSettings(), frenchFirst: true, textSize: 'large' as const } };
    let state: GameState = gameState(device, { activeProfile: { id: 'ana', name: 'Ana' }, profile: ana });
    state = { ...state, profiles: [...state.profiles, { id: 'ben', name: 'Ben', createdAt: '2026-01-01T00:00:00.000Z' }] };
    expect(playerSettings(state)).toEqual(ana.settings);
    expect(reducedMotion(state)).toBe(true);

    ({ state } = run(state, { type: 'switch-profile', id: 'ben' }));
    ({ state } = run(state, { type: 'profile-loaded', profile: { id: 'ben', data: ben, resumable: null }, notices: [] }));
    expect(playerSettings(state)).toEqual(ben.settings);
    expect(reducedMotion(state)).toBe(false);
    ({ state } = run(state, { type: 'start-round', mode: 'play', excerptIds: ['000-01'] }));
    expect(answerSteps(state).twoStep).toBe(false);
  });

  it('a reset of the progress keeps them', () => {
    const own = { ...emptyProfileData('default'), settings: { ...defaultPlayerSettings(), twoStep: true } };
    const { state } = run(gameState(device, { profile: own }), { type: 'progress-reset', ok: true, notices: [] });
    expect(state.profile.settings.twoStep).toBe(true);
  });
});

describe('a lesson that sets accommodations', () => {
  const spec: LessonSpec = {
    excerptIds: ['000-01', '001-02'],
    order: 'fixed',
    clues: false,
    confidence: false,
    ranking: false,
    timerMinutes: 0,
    accommodations: { twoStep: true, frenchFirst: true, readAloud: false },
  };
  const code = encodeLessonCode(spec, content);

  it('turns them on while it is played, never writes them into the profile, and the player’s own come back after', () => {
    const own = { ...emptyProfileData('default'), settings: { ...defaultPlayerSettings(), readAloud: true } };
    let { state } = run(
      gameState(device, { profile: own }),
      { type: 'open-lesson-link', code, name: 'Séance' },
      { type: 'join-lesson', nickname: 'Lou' },
    );
    expect(state.screen).toBe('play');
    expect(lessonAccommodations(state)).toEqual(spec.accommodations);
    // On over the player's own (read aloud stays: a lesson never turns one off).
    expect(playerSettings(state)).toMatchObject({ twoStep: true, frenchFirst: true, readAloud: true });
    expect(answerSteps(state).twoStep).toBe(true);
    expect(state.profile.settings).toEqual(own.settings);

    ({ state } = run(state, { type: 'choose-half', half: 'checkable' }, { type: 'choose', category: 'fact' }, { type: 'next' }));
    ({ state } = run(state, { type: 'choose-half', half: 'viewpoint' }, { type: 'choose', category: 'propaganda' }, { type: 'next' }));
    expect(state.round?.phase).toBe('finished');
    expect(state.round?.turns.every((t) => t.answers.solo?.twoStep === true)).toBe(true);

    ({ state } = run(state, { type: 'leave-lesson' }));
    expect(state.screen).toBe('menu');
    expect(playerSettings(state)).toEqual(own.settings);
    ({ state } = run(state, { type: 'start-round', mode: 'play', excerptIds: ['000-01'] }));
    expect(answerSteps(state).twoStep).toBe(false);
  });

  it('on the projector, its French-first and read-aloud apply to the class round; the two-step question does not (a class answers aloud)', () => {
    let { state } = run(gameState(device), {
      type: 'save-lesson',
      id: null,
      name: 'Séance',
      spec: { ...spec, accommodations: { twoStep: true, frenchFirst: true, readAloud: true } },
    });
    ({ state } = run(state, { type: 'class-use-lesson', id: state.lessons.list[0]?.id as string, defaultTeamNames: ['A', 'B'] }));
    ({ state } = run(state, { type: 'start-class-round', teamNames: ['A', 'B'] }));
    expect(state.round?.mode).toBe('class');
    expect(playerSettings(state)).toMatchObject({ frenchFirst: true, readAloud: true });
    expect(answerSteps(state).twoStep).toBe(false);
  });
});
