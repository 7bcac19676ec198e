/**
 * Which dossiers the investigation board shows. Opened from a class round's results it is that
 * round's debrief: the articles the class played, whatever the teacher's own career holds (the
 * class round never touches it). Anywhere else it is the player's career.
 */
import type { ArticleId } from '../content/schema';
import { answeredExcerptIds, completedDossiers } from './selectors';
import type { GameState } from './state';

export interface BoardSource {
  /** The dossiers pinned on the board. */
  completed: ReadonlySet<ArticleId>;
  /** The excerpts counted as answered in the dossiers still open. */
  answered: ReadonlySet<string>;
  /** The board is a class round's debrief. */
  classRound: boolean;
}

export function boardSource(state: GameState, excerpts: readonly { id: string; article: ArticleId }[]): BoardSource {
  const round = state.round;
  if (state.returnTo === 'results' && round?.mode === 'class' && round.phase === 'finished') {
    const articleOf = new Map(excerpts.map((e) => [e.id, e.article]));
    const played = round.turns.map((turn) => turn.excerptId);
    const completed = new Set(played.flatMap((id) => articleOf.get(id) ?? []));
    return { completed, answered: new Set(played), classRound: true };
  }
  return { completed: completedDossiers(state, excerpts), answered: answeredExcerptIds(state), classRound: false };
}
