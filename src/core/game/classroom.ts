/** The classroom screens' part of the state: the teacher's setup, the saved class round, the printable sheets. */
import { type ClassSetup, checkTeams, DEFAULT_CLASS_ROUND_SIZE, parseClassSetup } from '../classroom';
import type { GameAction } from './actions';
import { changed, type Step, unchanged } from './step';
import type { GameState } from './state';

type ClassAction = Extract<
  GameAction,
  {
    type:
      | 'class-setup'
      | 'class-default-setup'
      | 'class-new-draw'
      | 'class-print'
      | 'discard-class-round'
      | 'export-class-csv'
      | 'class-csv-exported'
      | 'class-select-team'
      | 'class-ranking';
  }
>;

function withSetup(state: GameState, setup: ClassSetup): Step {
  return changed({ ...state, classroom: { ...state.classroom, setup } }, { type: 'save-class-setup', setup });
}

export function reduceClassroom(state: GameState, action: ClassAction): Step {
  switch (action.type) {
    case 'class-default-setup':
      if (state.classroom.setup) return unchanged(state);
      return withSetup(state, { teamNames: action.teamNames, size: DEFAULT_CLASS_ROUND_SIZE, seed: action.seed, clueStep: false });
    case 'class-setup': {
      // Only a setup the classroom can play (2 to 6 teams, a known size, a 32-bit seed).
      const setup = parseClassSetup(action.setup);
      return setup ? withSetup(state, setup) : unchanged(state);
    }
    case 'class-new-draw':
      return state.classroom.setup ? withSetup(state, { ...state.classroom.setup, seed: action.seed }) : unchanged(state);
    case 'class-print':
      return changed({ ...state, classroom: { ...state.classroom, printing: action.sheet } });
    case 'discard-class-round':
      if (!state.classroom.saved) return unchanged(state);
      return changed({ ...state, classroom: { ...state.classroom, saved: null } }, { type: 'clear-resume', slot: 'classroom' });
    case 'export-class-csv':
      return changed(state, {
        type: 'export-class-csv',
        fileName: action.fileName,
        header: action.header,
        rows: action.rows,
        delimiter: action.delimiter,
      });
    case 'class-select-team': {
      const round = state.round;
      if (round?.mode !== 'class' || round.phase !== 'answering' || state.paused) return unchanged(state);
      const index = action.index !== null && action.index >= 0 && action.index < round.players.length ? action.index : null;
      return index === state.classroom.selectedTeam
        ? unchanged(state)
        : changed({ ...state, classroom: { ...state.classroom, selectedTeam: index } });
    }
    case 'class-ranking':
      return state.classroom.setup ? withSetup(state, { ...state.classroom.setup, showRanking: action.show }) : unchanged(state);
    case 'class-csv-exported':
      return changed({
        ...state,
        outcome:
          action.file !== null
            ? { scope: 'class-results', kind: 'exported', file: action.file }
            : { scope: 'class-results', kind: action.stale ? 'export-stale' : 'export-failed' },
      });
  }
}

/** The teams a class round starts with: the names as shown (blanks already given their default), checked. */
export function classTeams(teamNames: readonly string[]) {
  return checkTeams(teamNames, (position) => teamNames[position - 1] ?? String(position));
}
