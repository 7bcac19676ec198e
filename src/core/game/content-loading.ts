/**
 * The texts on their way (issue #15): the menu is up before the articles and the answer key's
 * texts have arrived. Until they have, what needs no text is carried out at once (navigation,
 * settings, profiles, stored data); what needs them (a round, a dossier, a lesson, the sources,
 * an investigation…) waits in the state and is carried out once they arrive, with its own stamp:
 * never dropped, never twice (a double click waits once), never against a missing text. What
 * the player does after a waiting intent waits behind it, so that everything happens in the
 * order it was asked for; only what the machine answers (storage, voices, updates) goes on.
 */
import type { ContentBundle } from '../content/schema';
import type { GameAction } from './actions';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

export interface ContentLoad {
  /** Intents that need the texts, in the order they came. */
  waiting: GameAction[];
  /** Why the texts could not be read (a damaged or missing file): what needs them says so. */
  failed: string | null;
}

export const CONTENT_LOADING: ContentLoad = { waiting: [], failed: null };

/** What the game does without the texts: it reads none of them (the views that show them wait on their own). */
const WITHOUT_TEXTS: ReadonlySet<GameAction['type']> = new Set<GameAction['type']>([
  'navigate',
  'close-screen',
  'back',
  'settings',
  'system-motion',
  'speech-voices',
  'pause',
  'unpause',
  'quit-round',
  'discard-saved',
  'close-viewer',
  'toggle-other-language',
  'create-profile',
  'start-rename',
  'cancel-rename',
  'rename-profile',
  'switch-profile',
  'delete-profile',
  'profile-loaded',
  'profile-deleted',
  'export-progress',
  'progress-exported',
  'import-progress',
  'import-refused',
  'progress-imported',
  'reset-progress',
  'progress-reset',
  'free-space',
  'space-freed',
  'storage-notices',
  'dismiss-notice',
  'dismiss-outcome',
  'profile-synced',
  'storage-durability',
  'update-ready',
  'apply-update',
  'class-setup',
  'class-default-setup',
  'class-select-team',
  'class-ranking',
  'class-csv-exported',
  'qr-made',
  'lesson-exported',
  'scorm-package-made',
]);

/** What the machine answers, not the player asks: never held behind a waiting intent (nothing of it reads the texts). */
const ANSWERS: ReadonlySet<GameAction['type']> = new Set<GameAction['type']>([
  'system-motion',
  'speech-voices',
  'profile-loaded',
  'profile-deleted',
  'progress-exported',
  'import-refused',
  'progress-imported',
  'progress-reset',
  'space-freed',
  'storage-notices',
  'profile-synced',
  'storage-durability',
  'update-ready',
  'class-csv-exported',
  'qr-made',
  'lesson-exported',
  'scorm-package-made',
]);

export function needsTexts(type: GameAction['type']): boolean {
  return !WITHOUT_TEXTS.has(type);
}

/** The same intent, whatever its stamp: a second click on the same button while the texts load. */
function sameIntent(a: GameAction, b: GameAction): boolean {
  const { at: _a, seed: _s, ...left } = a;
  const { at: _b, seed: _t, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

export type ContentReducer = (state: GameState, action: GameAction) => Step;

/**
 * One step of the game whether or not the texts are here: `withTexts` is the reducer over a
 * bundle (the game's reducer as it was before #15), `withoutTexts` the one that runs what
 * needs none of them.
 */
export function reduceWithContent(
  state: GameState,
  action: GameAction,
  withTexts: (content: ContentBundle) => ContentReducer,
  withoutTexts: ContentReducer,
): Step {
  if (action.type === 'content-loaded') {
    if (state.content) return unchanged(state);
    // The intents that waited, in order, each with the stamp it was given when it came.
    const reduce = withTexts(action.content);
    let step: Step = { state: { ...state, content: action.content, contentLoad: CONTENT_LOADING }, effects: [] };
    for (const waiting of state.contentLoad.waiting) {
      const next = reduce(step.state, waiting);
      step = { state: next.state, effects: [...step.effects, ...next.effects] };
    }
    return step;
  }
  if (action.type === 'content-failed') {
    if (state.content || state.contentLoad.failed !== null) return unchanged(state);
    // What waited cannot be carried out: the screen that needs the texts says why.
    return changed({ ...state, contentLoad: { waiting: [], failed: action.detail } });
  }
  if (state.content) return withTexts(state.content)(state, action);
  const load = state.contentLoad;
  if (!needsTexts(action.type) && (load.waiting.length === 0 || ANSWERS.has(action.type))) return withoutTexts(state, action);
  if (load.failed !== null || load.waiting.some((w) => sameIntent(w, action))) return unchanged(state);
  return changed({ ...state, contentLoad: { ...load, waiting: [...load.waiting, action] } });
}

/** The same list for the modes' waiting (modes.ts). */
export { ANSWERS as MACHINE_ANSWERS };
