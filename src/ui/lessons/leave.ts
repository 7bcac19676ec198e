import type { GameStore } from '../shared/context';

/** The pupil leaves the lesson: the game forgets it, and the link's fragment goes too, so a reload does not reopen it. */
export function leaveLesson(store: GameStore): void {
  if (location.hash.startsWith('#lesson=')) history.replaceState(null, '', `${location.pathname}${location.search}`);
  store.dispatch({ type: 'leave-lesson' });
}
