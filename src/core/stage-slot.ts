/** Which screens the animated stage draws on (pure; the menu's code needs it, the stage's model does not). */
import type { GameState } from './game';

const ROUND_SCREENS: ReadonlyArray<GameState['screen']> = ['play', 'results'];

/**
 * What fills the band above the page: the animated stage (a solo round's play and results, the
 * investigation board), the category stamps drawn in the page (every other screen: still, so the
 * page draws them at once and Phaser is not started for them), or nothing (a class round's
 * screens, which need the room for the teams).
 */
export type StageSlot = 'stage' | 'banner' | 'none';

export function stageSlot(state: Pick<GameState, 'screen' | 'round'>): StageSlot {
  const roundScreen = ROUND_SCREENS.includes(state.screen);
  if (roundScreen && state.round?.mode === 'class') return 'none';
  return roundScreen || state.screen === 'board' ? 'stage' : 'banner';
}
