/** Profiles on a shared device, in the game state: the list and the active profile's data have one owner. */
import { describe, expect, it } from 'vitest';
import { activeProfile, bestScore, type GameState } from '../../../../src/core/game';
import { defaultSettings, emptyProfileData } from '../../../../src/core/progress/records';
import { gameState, reduceGame, runGame } from '../../fixtures';

const lea = () => gameState(defaultSettings('fr'), { activeProfile: { id: 'lea', name: 'Léa' }, bestScore: 400 });

describe('profiles', () => {
  it('creates a profile from the trimmed name, makes it the active one with empty progress, and keeps the list', () => {
    const { state, effects } = runGame(lea(), { type: 'create-profile', name: '  Ben  ', seed: 42, at: '2026-03-02T08:00:00.000Z' });
    expect(state.profiles.map((p) => p.name)).toEqual(['Léa', 'Ben']);
    expect(activeProfile(state)).toEqual({ id: 'p-16', name: 'Ben', createdAt: '2026-03-02T08:00:00.000Z' });
    expect(state.profile).toEqual(emptyProfileData('p-16'));
    expect(bestScore(state)).toBe(0);
    expect(state.outcome).toEqual({ scope: 'profiles', kind: 'created', name: 'Ben' });
    expect(effects).toEqual([{ type: 'save-device' }]);
  });

  it('never gives two profiles the same id, whatever the seed', () => {
    let state = lea();
    for (let i = 0; i < 4; i++) state = runGame(state, { type: 'create-profile', name: `Kid ${i}`, seed: 7 }).state;
    expect(new Set(state.profiles.map((p) => p.id)).size).toBe(5);
  });

  it('refuses a name already taken (without case or accents), but ignores the second submit of a double click', () => {
    const taken = runGame(lea(), { type: 'create-profile', name: 'LEA' }).state;
    expect(taken.outcome).toEqual({ scope: 'profiles', kind: 'failed' });
    expect(taken.profiles).toHaveLength(1);
    const once = runGame(lea(), { type: 'create-profile', name: 'Ben' }).state;
    const twice = reduceGame(once, { type: 'create-profile', name: 'Ben' });
    expect(twice.state).toBe(once);
    expect(twice.effects).toEqual([]);
  });

  it('renames, and closes the rename field; a rename to the same name changes nothing else', () => {
    const open = runGame(lea(), { type: 'start-rename', id: 'lea' }).state;
    expect(open.renamingProfileId).toBe('lea');
    const same = reduceGame(open, { type: 'rename-profile', id: 'lea', name: ' Léa ' });
    expect(same.effects).toEqual([]);
    expect(same.state.renamingProfileId).toBeNull();
    const renamed = reduceGame(open, { type: 'rename-profile', id: 'lea', name: 'Léa B.' });
    expect(activeProfile(renamed.state).name).toBe('Léa B.');
    expect(renamed.state.outcome).toEqual({ scope: 'profiles', kind: 'renamed', name: 'Léa B.' });
    expect(runGame(open, { type: 'rename-profile', id: 'lea', name: '   ' }).state.outcome).toEqual({ scope: 'profiles', kind: 'failed' });
  });

  it('deletes the active profile once its data is gone, and switches to the next one as read back', () => {
    const two = runGame(lea(), { type: 'create-profile', name: 'Ben', seed: 1 }, { type: 'switch-profile', id: 'lea' }).state;
    const back = reduceGame(two, {
      type: 'profile-loaded',
      profile: { id: 'lea', data: { ...emptyProfileData('lea'), bestScore: 400 }, resumable: null },
      notices: [],
    }).state;
    expect(activeProfile(back).name).toBe('Léa');
    const asked = reduceGame(back, { type: 'delete-profile', id: 'lea' });
    expect(asked.effects).toEqual([{ type: 'delete-profile', id: 'lea', next: 'p-1' }]);
    expect(asked.state.busy).toBe(true);
    // While the deletion runs, nothing else is asked of storage.
    expect(reduceGame(asked.state, { type: 'switch-profile', id: 'p-1' }).state).toBe(asked.state);
    const ben = { id: 'p-1', data: { ...emptyProfileData('p-1'), bestScore: 30 }, resumable: null };
    const { state, effects } = reduceGame(asked.state, { type: 'profile-deleted', id: 'lea', ok: true, next: ben, notices: [] });
    expect(state.profiles.map((p) => p.name)).toEqual(['Ben']);
    expect(activeProfile(state).name).toBe('Ben');
    expect(bestScore(state)).toBe(30);
    expect(state.outcome).toEqual({ scope: 'profiles', kind: 'deleted', name: 'Léa' });
    expect(effects).toEqual([{ type: 'save-device' }]);
  });

  it('keeps a profile listed when its data could not be removed', () => {
    const asked = reduceGame(lea(), { type: 'delete-profile', id: 'lea' }).state;
    const { state } = reduceGame(asked, { type: 'profile-deleted', id: 'lea', ok: false, next: null, notices: ['unavailable'] });
    expect(state.profiles.map((p) => p.id)).toEqual(['lea']);
    expect(state.outcome).toEqual({ scope: 'profiles', kind: 'failed' });
    expect(state.storage.notices).toEqual(['unavailable']);
    expect(state.busy).toBe(false);
  });

  it('replaces the last profile with a fresh one named in the interface language', () => {
    const english: GameState = { ...lea(), settings: { ...defaultSettings('en') } };
    const asked = reduceGame(english, { type: 'delete-profile', id: 'lea' });
    expect(asked.effects).toEqual([{ type: 'delete-profile', id: 'lea', next: null }]);
    const { state } = reduceGame(asked.state, { type: 'profile-deleted', id: 'lea', ok: true, next: null, notices: [], seed: 9 });
    expect(state.profiles).toHaveLength(1);
    expect(activeProfile(state)).toMatchObject({ id: 'p-9', name: 'Profile 1' });
    expect(state.profile).toEqual(emptyProfileData('p-9'));
  });

  it('a round on screen belongs to the previous profile: switching leaves it and its results for the menu', () => {
    const playing = runGame(lea(), { type: 'create-profile', name: 'Ben' }, { type: 'start-round', mode: 'play', excerptIds: ['000-01'] }).state;
    expect(playing.screen).toBe('play');
    const loaded = reduceGame(playing, {
      type: 'profile-loaded',
      profile: { id: 'lea', data: emptyProfileData('lea'), resumable: null },
      notices: [],
    });
    expect(loaded.state).toMatchObject({ screen: 'menu', round: null, activeProfileId: 'lea' });
  });
});

describe('default profile names follow the language', () => {
  const named = (names: string[]) => gameState(defaultSettings('fr'), { activeProfile: { id: 'a', name: names[0] ?? 'Profil 1' } });

  it('renames the game’s "Profil N" to "Profile N" when the interface turns English, and back; a chosen name stays', () => {
    let state = named(['Profil 1']);
    state = { ...state, profiles: [...state.profiles, { id: 'b', name: 'Léa', createdAt: '2026-03-02T08:00:00.000Z' }] };
    const en = runGame(state, { type: 'settings', patch: { language: 'en' } });
    expect(en.state.profiles.map((p) => p.name)).toEqual(['Profile 1', 'Léa']);
    expect(en.effects).toEqual([{ type: 'save-settings', settings: en.state.settings }]);
    const fr = runGame(en.state, { type: 'settings', patch: { language: 'fr' } }).state;
    expect(fr.profiles.map((p) => p.name)).toEqual(['Profil 1', 'Léa']);
    // Another setting leaves the list as it is.
    expect(runGame(fr, { type: 'settings', patch: { muted: true } }).state.profiles).toBe(fr.profiles);
  });

  it('never gives two profiles one name', () => {
    let state = named(['Profil 1']);
    state = { ...state, profiles: [...state.profiles, { id: 'b', name: 'Profile 1', createdAt: '2026-03-02T08:00:00.000Z' }] };
    expect(runGame(state, { type: 'settings', patch: { language: 'en' } }).state.profiles.map((p) => p.name)).toEqual(['Profil 1', 'Profile 1']);
  });
});
