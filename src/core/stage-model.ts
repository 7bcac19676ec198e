/** What the animated stage shows, derived from the game state (pure, so it is tested without Phaser). */
import { CATEGORIES, type Category } from './categories';
import type { GameState } from './game';
import { SOLO, tallyByCategory } from './round';

export type TrackMark = 'pending' | 'current' | 'right' | 'wrong';

export interface StageModel {
  screen: GameState['screen'];
  track: TrackMark[];
  streak: number;
  /** The verdict of the excerpt on show, if revealed. */
  verdict: { category: Category; right: boolean; key: string } | null;
  results: Array<{ category: Category; right: number; wrong: number }>;
  reducedMotion: boolean;
  newBest: boolean;
}

export function stageModel(state: GameState, reducedMotion: boolean): StageModel {
  const round = state.round;
  const track: TrackMark[] = [];
  let verdict: StageModel['verdict'] = null;
  if (round) {
    round.excerptIds.forEach((_, i) => {
      const turn = round.turns[i];
      if (turn) track.push(turn.answers[SOLO.id]?.category === turn.expected ? 'right' : 'wrong');
      else track.push(i === round.index ? 'current' : 'pending');
    });
    const last = round.turns[round.turns.length - 1];
    if (round.phase === 'revealed' && last) {
      verdict = { category: last.expected, right: last.answers[SOLO.id]?.category === last.expected, key: `${round.id}:${round.index}` };
    }
  }
  const tally = round ? tallyByCategory(round) : null;
  const score = round?.scores[SOLO.id];
  return {
    screen: state.screen,
    track,
    streak: score?.streak ?? 0,
    verdict,
    results: CATEGORIES.map((category) => ({ category, right: tally?.[category].right ?? 0, wrong: tally?.[category].wrong ?? 0 })),
    reducedMotion,
    newBest: !!round && round.mode === 'play' && (score?.score ?? 0) > state.bestBeforeRound && (score?.score ?? 0) > 0,
  };
}
