/** Profiles on a shared device: create, rename, switch, delete. The list and the active profile's data live in the state. */
import { cleanProfileName, profileNameProblem, sameProfileName } from '../progress/profile-names';
import { emptyProfileData, numberedProfileName, PROFILE_ID_PATTERN, type Profile } from '../progress/records';
import type { GameAction, LoadedProfile } from './actions';
import { mergeNotices } from './notices';
import { changed, leaveRoundScreens, type Step, unchanged } from './step';
import type { GameState } from './state';

type ProfileAction = Extract<
  GameAction,
  {
    type:
      | 'create-profile'
      | 'start-rename'
      | 'cancel-rename'
      | 'rename-profile'
      | 'switch-profile'
      | 'delete-profile'
      | 'profile-loaded'
      | 'profile-deleted';
  }
>;

/** A new id from the action's seed, never one already on the device; ids end up in storage keys, so they are plain. */
export function newProfileId(seed: number, taken: readonly Profile[]): string {
  for (let attempt = 0; ; attempt += 1) {
    const id = `p-${((seed + attempt) >>> 0).toString(36)}`;
    if (PROFILE_ID_PATTERN.test(id) && !taken.some((p) => p.id === id)) return id;
  }
}

/** The loaded profile becomes the active one, with its progress and its resume offer. */
function activate(state: GameState, loaded: LoadedProfile): GameState {
  return {
    ...leaveRoundScreens(state),
    activeProfileId: loaded.id,
    profile: loaded.data,
    resumable: loaded.resumable,
    bestBeforeRound: loaded.data.bestScore,
  };
}

export function reduceProfiles(state: GameState, action: ProfileAction): Step {
  switch (action.type) {
    case 'create-profile': {
      const problem = profileNameProblem(action.name, state.profiles);
      if (problem !== null) {
        // The second submit of a double click: the profile it asks for is the one just made.
        const justMade = state.outcome?.scope === 'profiles' && state.outcome.kind === 'created' && sameProfileName(state.outcome.name, action.name);
        return justMade ? unchanged(state) : changed({ ...state, outcome: { scope: 'profiles', kind: 'failed' } });
      }
      const name = cleanProfileName(action.name) ?? numberedProfileName(state.settings.language, state.profiles.length + 1);
      const profile: Profile = { id: newProfileId(action.seed, state.profiles), name, createdAt: action.at };
      // A new profile on a shared device is for the person about to play.
      const next = activate(
        { ...state, profiles: [...state.profiles, profile] },
        { id: profile.id, data: emptyProfileData(profile.id), resumable: null },
      );
      return changed({ ...next, outcome: { scope: 'profiles', kind: 'created', name } }, { type: 'save-device' });
    }
    case 'start-rename':
      return state.profiles.some((p) => p.id === action.id) ? changed({ ...state, renamingProfileId: action.id }) : unchanged(state);
    case 'cancel-rename':
      return state.renamingProfileId === null ? unchanged(state) : changed({ ...state, renamingProfileId: null });
    case 'rename-profile': {
      const current = state.profiles.find((p) => p.id === action.id);
      if (!current) return unchanged(state);
      const clean = cleanProfileName(action.name);
      if (clean === current.name) return changed({ ...state, renamingProfileId: null });
      if (profileNameProblem(action.name, state.profiles, action.id) !== null || clean === null) {
        return changed({ ...state, outcome: { scope: 'profiles', kind: 'failed' } });
      }
      const profiles = state.profiles.map((p) => (p.id === action.id ? { ...p, name: clean } : p));
      return changed(
        { ...state, profiles, renamingProfileId: null, outcome: { scope: 'profiles', kind: 'renamed', name: clean } },
        { type: 'save-device' },
      );
    }
    case 'switch-profile':
      if (action.id === state.activeProfileId || !state.profiles.some((p) => p.id === action.id) || state.busy) return unchanged(state);
      return changed({ ...state, busy: true }, { type: 'load-profile', id: action.id });
    case 'profile-loaded': {
      const storage = mergeNotices(state.storage, action.notices);
      const profile = state.profiles.find((p) => p.id === action.profile.id);
      // Deleted while it was loading: nothing to switch to.
      if (!profile) return changed({ ...state, storage, busy: false, outcome: { scope: 'profiles', kind: 'failed' } });
      const next = activate({ ...state, storage, busy: false }, action.profile);
      return changed({ ...next, outcome: { scope: 'profiles', kind: 'switched', name: profile.name } }, { type: 'save-device' });
    }
    case 'delete-profile': {
      if (!state.profiles.some((p) => p.id === action.id) || state.busy) return unchanged(state);
      const next = action.id === state.activeProfileId ? (state.profiles.find((p) => p.id !== action.id)?.id ?? null) : null;
      return changed({ ...state, busy: true }, { type: 'delete-profile', id: action.id, next });
    }
    case 'profile-deleted': {
      const storage = mergeNotices(state.storage, action.notices);
      const deleted = state.profiles.find((p) => p.id === action.id);
      // Its progress could not be removed: the profile stays listed rather than leave data no one can reach.
      if (!action.ok || !deleted) return changed({ ...state, storage, busy: false, outcome: { scope: 'profiles', kind: 'failed' } });
      let profiles = state.profiles.filter((p) => p.id !== action.id);
      let next: GameState = { ...state, storage, busy: false, profiles };
      if (profiles.length === 0) {
        // The last profile is replaced by a fresh one: the device always has someone to play.
        const fresh: Profile = {
          id: newProfileId(action.seed, state.profiles),
          name: numberedProfileName(state.settings.language, 1),
          createdAt: action.at,
        };
        profiles = [fresh];
        next = activate({ ...next, profiles }, { id: fresh.id, data: emptyProfileData(fresh.id), resumable: null });
      } else if (action.id === state.activeProfileId) {
        const first = profiles[0] as Profile;
        // Never an empty stand-in for stored progress: if the wrong profile was read, read the right one.
        if (action.next?.id !== first.id) return changed({ ...next, busy: true }, { type: 'load-profile', id: first.id });
        next = activate(next, action.next);
      }
      return changed({ ...next, outcome: { scope: 'profiles', kind: 'deleted', name: deleted.name } }, { type: 'save-device' });
    }
  }
}
