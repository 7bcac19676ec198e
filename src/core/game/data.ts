/** The player's stored data: export, import, reset, freeing space, and what storage has to say. */
import { emptyProfileData } from '../progress/records';
import { keepNewestRounds, roundsKeptAfterTrim } from '../progress/trim';
import type { GameAction } from './actions';
import { dismissNotice, mergeNotices, quotaSolved } from './notices';
import { changed, leaveRoundScreens, type Step, unchanged } from './step';
import type { GameState } from './state';

type DataAction = Extract<
  GameAction,
  {
    type:
      | 'export-progress'
      | 'progress-exported'
      | 'import-progress'
      | 'import-refused'
      | 'progress-imported'
      | 'reset-progress'
      | 'progress-reset'
      | 'free-space'
      | 'space-freed'
      | 'storage-notices'
      | 'dismiss-notice'
      | 'dismiss-outcome';
  }
>;

/** Rounds a trim would delete now (0: nothing to free). */
export function roundsFreedByTrim(state: GameState): number {
  return state.profile.rounds.length - roundsKeptAfterTrim(state.profile.rounds.length);
}

export function reduceData(state: GameState, action: DataAction): Step {
  switch (action.type) {
    case 'export-progress':
      return state.busy ? unchanged(state) : changed({ ...state, busy: true }, { type: 'export-progress' });
    case 'progress-exported':
      return changed({ ...state, busy: false, outcome: { scope: 'data', kind: 'exported', file: action.file } });
    case 'import-progress':
      return state.busy ? unchanged(state) : changed({ ...state, busy: true, outcome: null }, { type: 'import-progress', text: action.text });
    case 'import-refused':
      return changed({ ...state, outcome: { scope: 'data', kind: 'import-failed', reason: action.reason } });
    case 'progress-imported': {
      const storage = mergeNotices(state.storage, action.notices);
      const result = action.outcome;
      if (!result.ok) return changed({ ...state, storage, busy: false, outcome: { scope: 'data', kind: 'import-failed', reason: result.reason } });
      // The file's device record is already written: its settings apply as they are, without another save.
      const next = leaveRoundScreens({ ...state, storage, busy: false });
      return changed({
        ...next,
        settings: result.device.settings,
        profiles: result.device.profiles,
        activeProfileId: result.profile.id,
        profile: result.profile.data,
        // An import replaces every resume point, the class round's too.
        resumable: null,
        classroom: { ...state.classroom, saved: null },
        bestBeforeRound: result.profile.data.bestScore,
        renamingProfileId: null,
        outcome: { scope: 'data', kind: 'imported', count: result.profileCount },
      });
    }
    case 'reset-progress':
      return state.busy ? unchanged(state) : changed({ ...state, busy: true }, { type: 'reset-progress', profileId: state.activeProfileId });
    case 'progress-reset': {
      const storage = mergeNotices(state.storage, action.notices);
      if (!action.ok) return changed({ ...state, storage, busy: false, outcome: { scope: 'data', kind: 'reset-failed' } });
      const next = leaveRoundScreens({ ...state, storage, busy: false });
      return changed({
        ...next,
        // Progress is what a reset clears: the player's own settings stay.
        profile: emptyProfileData(state.activeProfileId, state.profile.settings),
        resumable: null,
        bestBeforeRound: 0,
        outcome: { scope: 'data', kind: 'reset' },
      });
    }
    case 'free-space': {
      if (state.busy || roundsFreedByTrim(state) === 0) return unchanged(state);
      const keep = roundsKeptAfterTrim(state.profile.rounds.length);
      const profile = keepNewestRounds(state.profile, keep);
      const unfinished = state.round && state.round.phase !== 'finished' ? state.round : null;
      return changed({ ...state, profile, busy: true }, { type: 'free-space', profileId: state.activeProfileId, keep, profile, round: unfinished });
    }
    case 'space-freed':
      if (action.ok) {
        return changed({
          ...state,
          busy: false,
          storage: quotaSolved(mergeNotices(state.storage, action.notices)),
          outcome: { scope: 'space', kind: 'freed' },
        });
      }
      return changed({
        ...state,
        busy: false,
        storage: mergeNotices(state.storage, action.notices, true),
        outcome: { scope: 'space', kind: 'still-full' },
      });
    case 'storage-notices': {
      const storage = mergeNotices(state.storage, action.kinds, action.reshowQuota);
      return storage === state.storage ? unchanged(state) : changed({ ...state, storage });
    }
    case 'dismiss-notice':
      return changed({ ...state, storage: dismissNotice(state.storage, action.kind) });
    case 'dismiss-outcome':
      return state.outcome === null ? unchanged(state) : changed({ ...state, outcome: null });
  }
}
