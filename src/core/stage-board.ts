/**
 * What the stage draws beyond the round: the board (on the board screen) and the moments a
 * round can end on (a dossier completed; a rank reached, given by the career). Pure, so the
 * stage model stays tested without Phaser.
 */
import { type Board, buildBoard } from './board';
import { RANKS, type RankId } from './career/ranks';
import type { ArticleId, ContentBundle } from './content/schema';
import { boardSource, type GameState } from './game';
import { careerMoment } from './game/career';

/**
 * A short celebration drawn over the stage at the end of a round: it never blocks input, any key
 * or click ends it, and the DOM says the same (the results screen). `key` tells one moment from
 * the next, so it plays once.
 */
export type StageMoment = { kind: 'dossier-complete'; key: string; articles: ArticleId[] } | { kind: 'rank-up'; key: string; rank: RankId };

export function stageBoard(state: GameState, content: ContentBundle | undefined): Board | null {
  if (state.screen !== 'board' || !content) return null;
  return buildBoard(content, boardSource(state, content.excerpts).completed);
}

/**
 * The moment of the results on show, from the career (the one place that knows what a round changed):
 * a rank reached comes first; else a dossier finished for the first time.
 */
export function stageMoment(state: GameState): StageMoment | null {
  const moment = careerMoment(state);
  if (!moment) return null;
  const rank = moment.rankUp === null ? undefined : RANKS[moment.rankUp];
  if (rank) return { kind: 'rank-up', key: `${moment.roundId}:rank:${rank}`, rank };
  if (moment.dossier?.firstTime)
    return { kind: 'dossier-complete', key: `${moment.roundId}:${moment.dossier.article}`, articles: [moment.dossier.article] };
  return null;
}
