/**
 * The player settings in force: the active profile's own, with what the lesson being played
 * turns on for everyone (two-step choices, French first, read aloud). The lesson never writes
 * them into the profile, so the player's own settings are back as soon as its round is over.
 */
import { localizedProfiles, PLAYER_SETTINGS_FIELDS, type PlayerSettings, type PlayerSettingsField, type Settings } from '../progress/records';
import type { GameAction } from './actions';
import type { GameEffect } from './effects';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

export function playerSettings(state: Pick<GameState, 'profile' | 'round' | 'screen'>): PlayerSettings {
  const own = state.profile.settings;
  const lesson = lessonAccommodations(state);
  if (!lesson) return own;
  return {
    ...own,
    twoStep: own.twoStep || lesson.twoStep,
    frenchFirst: own.frenchFirst || lesson.frenchFirst,
    readAloud: own.readAloud || lesson.readAloud,
  };
}

/** What the lesson on screen turns on, while its round is played or its results shown; null otherwise. */
export function lessonAccommodations(
  state: Pick<GameState, 'round' | 'screen'>,
): { twoStep: boolean; frenchFirst: boolean; readAloud: boolean } | null {
  const round = state.round;
  const set = round?.lesson?.accommodations;
  if (!round || !set) return null;
  // A finished lesson round left behind on the menu no longer speaks for the player.
  if (round.phase === 'finished' && state.screen !== 'results') return null;
  return set;
}

/**
 * A change made on the Settings screen: the device's fields go to the device record, the player's
 * to the active profile (stamped, so that two tabs' changes merge to the later one).
 */
export function changeSettings(state: GameState, action: Extract<GameAction, { type: 'settings' }>): Step {
  const devicePatch: Partial<Settings> = {};
  const playerPatch: Partial<PlayerSettings> = {};
  for (const [field, value] of Object.entries(action.patch)) {
    if (value === undefined) continue;
    if ((PLAYER_SETTINGS_FIELDS as readonly string[]).includes(field)) Object.assign(playerPatch, { [field as PlayerSettingsField]: value });
    else Object.assign(devicePatch, { [field]: value });
  }
  const effects: GameEffect[] = [];
  let next = state;
  if (Object.keys(devicePatch).length > 0) {
    const settings = { ...state.settings, ...devicePatch };
    // Default profile names follow the language until the player renames them.
    const profiles = localizedProfiles(state.profiles, settings.language) as GameState['profiles'];
    next = { ...next, settings, profiles };
    effects.push({ type: 'save-settings', settings });
  }
  if (Object.keys(playerPatch).length > 0) {
    const profile = { ...next.profile, settings: { ...next.profile.settings, ...playerPatch }, settingsAt: action.at };
    next = { ...next, profile };
    effects.push({ type: 'save-player-settings', profileId: profile.profileId, settings: profile.settings, at: action.at });
  }
  return effects.length === 0 ? unchanged(state) : changed(next, ...effects);
}
