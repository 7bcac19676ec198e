/**
 * What keeps the player's data whole across tabs, reloads and deploys (issue #16): progress
 * another tab saved merged in, durable storage, the finished class round shown again, a new
 * version waiting to be taken.
 */
import { mergeProfileData } from '../progress/merge';
import type { GameAction } from './actions';
import { changed, type Step, unchanged } from './step';
import type { GameState } from './state';

type ReliabilityAction = Extract<
  GameAction,
  { type: 'profile-synced' | 'storage-durability' | 'show-class-results' | 'update-ready' | 'apply-update' }
>;

export function reduceReliability(state: GameState, action: ReliabilityAction): Step {
  switch (action.type) {
    case 'profile-synced': {
      if (action.id !== state.activeProfileId) return unchanged(state);
      // Merged, so the next save holds this tab's rounds and the other's; taken whole after a reset or trim elsewhere.
      const profile = action.replace ? action.data : mergeProfileData(state.profile, action.data);
      return changed({ ...state, profile });
    }
    case 'storage-durability':
      return action.status === state.storage.durability
        ? unchanged(state)
        : changed({ ...state, storage: { ...state.storage, durability: action.status } });
    case 'show-class-results': {
      const saved = state.classroom.saved;
      if (saved?.phase !== 'finished') return unchanged(state);
      return changed({ ...state, screen: 'results', returnTo: 'menu', round: saved, paused: false, pendingChoice: null, outcome: null });
    }
    case 'update-ready':
      return state.updateReady ? unchanged(state) : changed({ ...state, updateReady: true });
    case 'apply-update':
      return state.updateReady ? changed(state, { type: 'apply-update' }) : unchanged(state);
  }
}
