/**
 * Modes whose rules load with their screens (issue #15): the menu reaches them only by a click,
 * so their reducers are not in the JavaScript the menu waits for. The store stays the one owner
 * of state: a mode's rules are registered in the state by `mode-loaded` (as the texts are by
 * `content-loaded`), and an intent of a mode whose rules have not arrived waits in the state, in
 * order, once (a double click waits once), and is carried out with its own stamp when they
 * arrive; the first one asks for them (the `load-mode` effect). What the player does after a
 * waiting intent waits behind it; only what the machine answers goes on.
 */
import type { ContentBundle } from '../content/schema';
import type { RoundState } from '../round';
import type { GameAction } from './actions';
import { MACHINE_ANSWERS } from './content-loading';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

export const MODE_NAMES = ['lms', 'lessons'] as const;
export type ModeName = (typeof MODE_NAMES)[number];

/** What the game's reducer lends a mode: the texts, and how a round starts on the play screen. */
export interface ModeContext {
  content: ContentBundle;
  play(state: GameState, round: RoundState, extra?: Partial<GameState>): Step;
}

/** A mode's rules: pure, synchronous, as every reducer of the game. */
export interface ModeRules {
  mode: ModeName;
  reduce(state: GameState, action: GameAction, context: ModeContext): Step;
}

export type ModeRegistry = Readonly<Partial<Record<ModeName, ModeRules>>>;

export interface ModeLoad {
  /** The modes whose rules have arrived. */
  rules: ModeRegistry;
  /** Intents waiting for a mode's rules (and what came after them), in the order they came. */
  waiting: GameAction[];
  /** The modes asked for and not arrived yet: asked once. */
  requested: ModeName[];
  /** A mode whose rules could not be loaded (offline and not cached), and why: said until the player's next step; a new intent asks again. */
  failed: { mode: ModeName; detail: string } | null;
}

export const NO_MODES: ModeLoad = { rules: {}, waiting: [], requested: [], failed: null };

/** Which mode's rules carry out an intent (the others are the game's own). */
const MODE_OF: Partial<Record<GameAction['type'], ModeName>> = {
  'export-quiz': 'lms',
  'export-scorm': 'lms',
  'scorm-package-made': 'lms',
  'start-lms-round': 'lms',
  'edit-lesson': 'lessons',
  'save-lesson': 'lessons',
  'open-lesson': 'lessons',
  'rename-lesson': 'lessons',
  'duplicate-lesson': 'lessons',
  'delete-lesson': 'lessons',
  'export-lesson': 'lessons',
  'import-lesson': 'lessons',
  'add-lesson-code': 'lessons',
  'start-collect': 'lessons',
  'open-report': 'lessons',
  'delete-report': 'lessons',
  'collect-results': 'lessons',
  'collect-qr-image': 'lessons',
  'collect-qr-frame': 'lessons',
  'remove-result': 'lessons',
  'make-qr': 'lessons',
  'qr-made': 'lessons',
  'lesson-exported': 'lessons',
  'qr-not-found': 'lessons',
  'open-lesson-link': 'lessons',
  'join-lesson': 'lessons',
  'leave-lesson': 'lessons',
  'download-result': 'lessons',
  'class-use-lesson': 'lessons',
};

export function modeOf(type: GameAction['type']): ModeName | undefined {
  return MODE_OF[type];
}

/** The same intent, whatever its stamp. */
function sameIntent(a: GameAction, b: GameAction): boolean {
  const { at: _a, seed: _s, ...left } = a;
  const { at: _b, seed: _t, ...right } = b;
  return JSON.stringify(left, (_key, value) => (typeof value === 'function' ? undefined : value)) === JSON.stringify(right);
}

/** A state with these modes' rules registered (boot data for tests and for a start straight into a mode). */
export function withModes(load: ModeLoad, rules: readonly ModeRules[]): ModeLoad {
  const registry: Partial<Record<ModeName, ModeRules>> = { ...load.rules };
  for (const r of rules) registry[r.mode] = r;
  return { ...load, rules: registry, requested: load.requested.filter((m) => !registry[m]) };
}

/**
 * One step of the game whether or not the rules of the action's mode are here; `inner` is the
 * game's reducer (which runs a mode's rules from the state, see reduceMode).
 */
export function reduceWithModes(state: GameState, action: GameAction, inner: (state: GameState, action: GameAction) => Step): Step {
  const load = state.modes;
  if (action.type === 'mode-loaded') {
    if (load.rules[action.rules.mode]) return unchanged(state);
    // The intents that waited, in order, each with its own stamp (some may wait again, for another mode).
    let step: Step = { state: { ...state, modes: { ...withModes(load, [action.rules]), waiting: [], failed: null } }, effects: [] };
    for (const waiting of load.waiting) {
      const next = reduceWithModes(step.state, waiting, inner);
      step = { state: next.state, effects: [...step.effects, ...next.effects] };
    }
    return step;
  }
  if (action.type === 'mode-failed') {
    if (load.rules[action.mode] || !load.requested.includes(action.mode)) return unchanged(state);
    // What waited cannot be carried out now: the screen says so, and the next click asks again.
    return changed({
      ...state,
      modes: {
        ...load,
        waiting: [],
        requested: load.requested.filter((m) => m !== action.mode),
        failed: { mode: action.mode, detail: action.detail },
      },
    });
  }
  const mode = modeOf(action.type);
  const ready = mode === undefined || load.rules[mode] !== undefined;
  // The machine's answers and the texts go on past what waits (none of them belongs to a mode).
  const goesOn = MACHINE_ANSWERS.has(action.type) || action.type === 'content-loaded' || action.type === 'content-failed';
  if (ready && (load.waiting.length === 0 || goesOn)) {
    // The failure is said until the player's next step.
    return inner(load.failed && !goesOn ? { ...state, modes: { ...load, failed: null } } : state, action);
  }
  if (load.waiting.some((w) => sameIntent(w, action))) return unchanged(state);
  const ask = mode !== undefined && !ready && !load.requested.includes(mode);
  const modes: ModeLoad = { ...load, waiting: [...load.waiting, action], requested: ask ? [...load.requested, mode] : load.requested, failed: null };
  return ask ? changed({ ...state, modes }, { type: 'load-mode', mode }) : changed({ ...state, modes });
}

/** Carries out a mode's intent with its rules (registered: reduceWithModes let it through). */
export function reduceMode(mode: ModeName, state: GameState, action: GameAction, context: ModeContext): Step {
  const rules = state.modes.rules[mode];
  return rules ? rules.reduce(state, action, context) : unchanged(state);
}
