/** What one reducer step returns, and the small helpers every part of the reducer shares. */
import type { GameEffect } from './effects';
import type { GameState, Screen } from './state';

export interface Step {
  state: GameState;
  effects: GameEffect[];
}

export const unchanged = (state: GameState): Step => ({ state, effects: [] });

export const changed = (state: GameState, ...effects: GameEffect[]): Step => ({ state, effects });

const ROUND_SCREENS: readonly Screen[] = ['play', 'results', 'investigation'];

/**
 * Another profile's data is now the active one: a round on screen was the previous profile's
 * (its resume is saved), so nothing of it carries over and its screens give way to the menu.
 */
export function leaveRoundScreens(state: GameState): GameState {
  return {
    ...state,
    round: null,
    paused: false,
    pendingChoice: null,
    choiceHalf: null,
    investigation: null,
    screen: ROUND_SCREENS.includes(state.screen) ? 'menu' : state.screen,
    returnTo: ROUND_SCREENS.includes(state.returnTo) ? 'menu' : state.returnTo,
  };
}
