/**
 * What the stage draws beyond the round: the board (on the board screen) and the moments a
 * round can end on (a dossier completed; a rank reached, given by the career). Pure, so the
 * stage model stays tested without Phaser.
 */
import { type Board, buildBoard } from './board';
import type { ArticleId, Bilingual, ContentBundle } from './content/schema';
import { completedDossiers, type GameState } from './game';

/**
 * A short celebration drawn over the stage at the end of a round: it never blocks input, any key
 * or click ends it, and the DOM says the same (the results screen). `key` tells one moment from
 * the next, so it plays once.
 */
export type StageMoment =
  | { kind: 'dossier-complete'; key: string; articles: ArticleId[] }
  /** Filled by the career (#11 part A): the new rank's name in both languages. */
  | { kind: 'rank-up'; key: string; rank: Bilingual };

export function stageBoard(state: GameState, content: ContentBundle | undefined): Board | null {
  if (state.screen !== 'board' || !content) return null;
  return buildBoard(content, completedDossiers(state, content.excerpts));
}

/**
 * The dossiers the round on the results screen completed: complete now, and not without this
 * round (its record is already in the profile by the time the results show).
 */
export function dossiersCompletedByRound(state: GameState, excerpts: ContentBundle['excerpts']): ArticleId[] {
  const round = state.round;
  if (!round || round.mode === 'class' || round.phase !== 'finished') return [];
  const now = completedDossiers(state, excerpts);
  const before = completedDossiers(
    { ...state, round: null, profile: { ...state.profile, rounds: state.profile.rounds.filter((r) => r.id !== round.id) } },
    excerpts,
  );
  return [...now].filter((article) => !before.has(article)).sort();
}

export function stageMoment(state: GameState, content: ContentBundle | undefined): StageMoment | null {
  if (state.screen !== 'results' || !content || !state.round) return null;
  const articles = dossiersCompletedByRound(state, content.excerpts);
  return articles.length > 0 ? { kind: 'dossier-complete', key: `${state.round.id}:${articles.join(',')}`, articles } : null;
}
