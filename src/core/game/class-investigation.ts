/**
 * The reducer's part for an investigation played by a class (#11): from the last passage revealed,
 * Next opens the synthesis question instead of the results; teams vote (a team's number, then its
 * choice, or a click), the teacher reveals, Next goes on to the results. Every step saves the round
 * in the class slot, so a reload resumes it where it was. Returns null for anything else: the
 * class round's own handling then applies.
 */
import { canRevealVote, castVote, onQuestion, questionDue, revealVote, toClassQuestion, voteOpen } from '../investigations/class-play';
import type { RoundState } from '../round';
import type { GameAction } from './actions';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

function withRound(state: GameState, round: RoundState, extra: Partial<GameState> = {}, sound?: 'select' | 'right'): Step {
  const next: GameState = { ...state, round, classroom: { ...state.classroom, selectedTeam: null }, ...extra };
  return changed(next, { type: 'save-resume', round }, ...(sound ? [{ type: 'sound' as const, name: sound }] : []));
}

export function reduceClassQuestion(state: GameState, action: GameAction): Step | null {
  const round = state.round;
  if (round?.mode !== 'class' || !round.investigation || state.screen !== 'play') return null;
  switch (action.type) {
    case 'next':
      if (state.paused) return unchanged(state);
      if (questionDue(round)) return withRound(state, toClassQuestion(round), { showOtherLanguage: false });
      // The question is not skipped: it waits for its reveal.
      return voteOpen(round) ? unchanged(state) : null;
    case 'reveal':
      if (!onQuestion(round)) return null;
      if (state.paused || !canRevealVote(round)) return unchanged(state);
      return withRound(state, revealVote(round), {}, 'right');
    case 'class-vote': {
      if (state.paused || !voteOpen(round)) return unchanged(state);
      const team = action.playerId ?? round.players[state.classroom.selectedTeam ?? -1]?.id;
      const voted = team ? castVote(round, team, action.choice) : round;
      return voted === round ? unchanged(state) : withRound(state, voted, {}, 'select');
    }
    case 'class-select-team': {
      if (!onQuestion(round)) return null;
      if (state.paused || !voteOpen(round)) return unchanged(state);
      const index = action.index !== null && action.index >= 0 && action.index < round.players.length ? action.index : null;
      return index === state.classroom.selectedTeam
        ? unchanged(state)
        : changed({ ...state, classroom: { ...state.classroom, selectedTeam: index } });
    }
    default:
      return null;
  }
}
