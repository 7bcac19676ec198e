/**
 * Where each mode's rules are (core/game/modes.ts): each in a chunk of its own, loaded when an
 * intent of the mode first comes, or once the menu has settled, never before the menu.
 */
import type { ModeName, ModeRules } from '../core/game';
import type { GameStore } from './effects';

const LOADERS: Record<ModeName, () => Promise<ModeRules>> = {
  lms: () => import('../core/game/lms').then((m) => m.lmsRules),
  lessons: () => import('../core/game/lessons').then((m) => m.lessonsRules),
};

/** Loads a mode's rules and registers them with the store (or says they could not be loaded). */
export function loadMode(store: Pick<GameStore, 'dispatch'>, mode: ModeName): Promise<void> {
  return LOADERS[mode]().then(
    (rules) => store.dispatch({ type: 'mode-loaded', rules }),
    (error: unknown) => {
      console.warn(`The rules of "${mode}" could not be loaded:`, error);
      store.dispatch({ type: 'mode-failed', mode, detail: error instanceof Error ? error.message : String(error) });
    },
  );
}
