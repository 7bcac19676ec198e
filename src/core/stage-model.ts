/** What the animated stage shows, derived from the game state (pure, so it is tested without Phaser). */
import type { Board } from './board';
import { CATEGORIES, type Category } from './categories';
import type { ContentBundle } from './content/schema';
import { type GameState, isNewBest, soloVerdict } from './game';
import type { Settings } from './progress/records';
import { SOLO, tallyByCategory, type CategoryTally } from './round';
import { type StageMoment, stageBoard, stageMoment } from './stage-board';
import { stageSlot } from './stage-slot';

export type { StageMoment };

export type TrackMark = 'pending' | 'current' | 'right' | 'wrong';

export interface StageModel {
  screen: GameState['screen'];
  /** The interface language: the stage's stamps and bars carry words. */
  language: Settings['language'];
  /**
   * Nothing to draw: a class round (on its play or results screen) is the teams', and the
   * stage would otherwise score it as the solo player. The page also hides the stage there
   * (classroom.css), for the room it needs; this keeps the canvas empty either way.
   */
  hidden: boolean;
  track: TrackMark[];
  streak: number;
  /** The verdict of the excerpt on show, if revealed. */
  verdict: { category: Category; right: boolean; key: string } | null;
  results: Array<{ category: Category; right: number; wrong: number }>;
  reducedMotion: boolean;
  newBest: boolean;
  /** The investigation board, on its screen (null elsewhere, or without the content). */
  board: Board | null;
  /** A round's ending moment (a dossier completed, a rank reached), on the results screen. */
  moment: StageMoment | null;
}

export function stageModel(state: GameState, reducedMotion: boolean, content?: ContentBundle): StageModel {
  const round = state.round;
  const common = { screen: state.screen, language: state.settings.language, reducedMotion, board: stageBoard(state, content) };
  if (stageSlot(state) === 'none') {
    return { ...common, hidden: true, track: [], streak: 0, verdict: null, results: tallies(null), newBest: false, moment: null };
  }
  const track: TrackMark[] = [];
  let verdict: StageModel['verdict'] = null;
  if (round) {
    round.excerptIds.forEach((_, i) => {
      const turn = round.turns[i];
      if (turn) track.push(soloVerdict(turn).right ? 'right' : 'wrong');
      else track.push(i === round.index ? 'current' : 'pending');
    });
    const last = round.turns[round.turns.length - 1];
    if (round.phase === 'revealed' && last) {
      verdict = { category: last.expected, right: soloVerdict(last).right, key: `${round.id}:${round.index}` };
    }
  }
  const score = round?.scores[SOLO.id];
  return {
    ...common,
    hidden: false,
    track,
    streak: score?.streak ?? 0,
    verdict,
    results: tallies(round ? tallyByCategory(round) : null),
    newBest: isNewBest(state),
    moment: stageMoment(state),
  };
}

function tallies(tally: Record<Category, CategoryTally> | null): StageModel['results'] {
  return CATEGORIES.map((category) => ({ category, right: tally?.[category].right ?? 0, wrong: tally?.[category].wrong ?? 0 }));
}

/**
 * Everything the stage draws from, as one string: the scene redraws only when it changes,
 * so a store change that shows nothing new (a pending choice, the other language, the
 * viewer) neither recreates the objects nor cuts an animation short.
 */
export function stageKey(model: StageModel): string {
  return JSON.stringify([
    model.screen,
    model.language,
    model.hidden,
    model.reducedMotion,
    model.track,
    model.streak,
    model.verdict,
    model.results.map((r) => [r.right, r.wrong]),
    model.newBest,
    // The board is the content's (fixed) seen through the dossiers completed.
    model.board?.dossiers ?? null,
    model.moment?.key ?? null,
  ]);
}
