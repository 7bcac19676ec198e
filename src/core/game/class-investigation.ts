/**
 * The reducer's part for an investigation played by a class (#11): from the last passage revealed,
 * Next opens the synthesis question instead of the results; teams vote (a team's number, then its
 * choice, or a click), the teacher reveals, Next goes on to the results. Every step saves the round
 * in the class slot, so a reload resumes it where it was. Returns null for anything else: the
 * class round's own handling then applies.
 */
import type { ContentBundle } from '../content/schema';
import {
  canRevealVote,
  castVote,
  classInvestigation,
  onQuestion,
  questionDue,
  revealVote,
  toClassQuestion,
  voteOpen,
} from '../investigations/class-play';
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

/**
 * A setup that names an investigation this content no longer derives (the content changed since
 * it was saved): it falls back to the seeded draw of its size, the teams and the other choices
 * kept, and the classroom screen says why (never a round that silently plays something else).
 * Checked when the texts arrive and when the setup changes; the notice goes once a round starts.
 */
export function settleClassSetup(step: Step, action: GameAction): Step {
  const { state } = step;
  if (action.type === 'start-class-round' && state.classroom.notice && state.round?.mode === 'class') {
    const { notice: _gone, ...classroom } = state.classroom;
    return { ...step, state: { ...state, classroom } };
  }
  if (action.type !== 'content-loaded' && action.type !== 'class-setup') return step;
  const setup = state.classroom.setup;
  if (!state.content || setup?.investigation === undefined || classInvestigation(state.content, setup.investigation)) return step;
  const { investigation: _gone, ...fallback } = setup;
  const effects = step.effects.filter((effect) => effect.type !== 'save-class-setup');
  return {
    state: { ...state, classroom: { ...state.classroom, setup: fallback, notice: 'investigation-gone' } },
    effects: [...effects, { type: 'save-class-setup', setup: fallback }],
  };
}

/** A class round (saved or on screen) playing an investigation this content no longer derives: it goes on with what it was dealt. */
export function classInvestigationGone(content: ContentBundle, round: RoundState | null): boolean {
  const id = round?.investigation?.id;
  return id !== undefined && classInvestigation(content, id) === undefined;
}
