/**
 * The game's reducer, built from the content it plays (as boardgame.io builds its reducer from
 * the game definition): dealing a round and recording a finished one happen here, from the
 * seed and time stamped on the action, so the whole life of a round is pure and replayable.
 */
import { startClassRound } from '../classroom';
import type { ContentBundle } from '../content/schema';
import { newRound } from '../new-round';
import { reviewableCards } from '../progress/leitner';
import { applyFinishedRound, timesSeen } from '../record-round';
import { currentExcerptId, reduceRound, type RoundAction, type RoundState, SOLO, startRound } from '../round';
import type { GameAction } from './actions';
import { classTeams, reduceClassroom } from './classroom';
import { reduceData } from './data';
import type { GameEffect } from './effects';
import { reduceProfiles } from './profiles';
import { reduceReliability } from './reliability';
import { isRightAnswer } from './selectors';
import { type GameState, SIDE_SCREENS } from './state';
import { changed, type Step, unchanged } from './step';

export type GameReducer = (state: GameState, action: GameAction) => Step;

/** Size of a review round: the due cards, at most this many at a time. */
export const REVIEW_ROUND_SIZE = 10;

/** While the viewer is open it is modal in the state too: only these get through (and every result from storage). */
const ALLOWED_WHILE_VIEWING: ReadonlySet<GameAction['type']> = new Set([
  'open-viewer',
  'close-viewer',
  'settings',
  'system-motion',
  'storage-notices',
  'dismiss-notice',
  'profile-loaded',
  'profile-deleted',
  'progress-exported',
  'progress-imported',
  'progress-reset',
  'space-freed',
  'class-csv-exported',
  'profile-synced',
  'storage-durability',
  'update-ready',
]);

export function createGameReducer(content: ContentBundle): GameReducer {
  const knownExcerptIds: ReadonlySet<string> = new Set(content.excerpts.map((e) => e.id));
  const categoryOf = new Map(content.excerpts.map((e) => [e.id, e.category]));

  /** A fixed deal, in the order given; unknown ids are left out. */
  function fixedRound(mode: RoundState['mode'], ids: readonly string[], action: GameAction): RoundState | null {
    const dealt = ids.flatMap((id) => {
      const category = categoryOf.get(id);
      return category ? [{ id, category }] : [];
    });
    if (dealt.length === 0) return null;
    return startRound({ id: `r-${action.at}-${action.seed.toString(36)}`, mode, dealt, at: action.at });
  }

  function dealSolo(state: GameState, action: Extract<GameAction, { type: 'start-round' }>): RoundState | null {
    if (action.excerptIds) return fixedRound(action.mode, action.excerptIds, action);
    const review = action.mode === 'review';
    const onlyIds = review ? reviewableCards(state.profile.leitner, knownExcerptIds, new Date(action.at)).map((c) => c.excerptId) : undefined;
    return newRound(content, {
      seed: action.seed,
      at: action.at,
      size: review ? REVIEW_ROUND_SIZE : state.settings.roundSize,
      mode: action.mode,
      timesSeen: timesSeen(state.profile),
      onlyIds,
    });
  }

  function applyRound(state: GameState, action: RoundAction): Step {
    if (!state.round) return unchanged(state);
    const { state: round, effects: roundEffects } = reduceRound(state.round, action);
    if (round === state.round) return unchanged(state);
    const effects: GameEffect[] = [];
    let next: GameState = { ...state, round };
    for (const effect of roundEffects) {
      switch (effect.type) {
        case 'answered':
          if (round.hostReveal) effects.push({ type: 'sound', name: 'select' });
          break;
        case 'revealed': {
          const solo = round.players.length === 1 ? round.players[0] : undefined;
          const right = solo ? isRightAnswer(effect.turn.answers[solo.id], effect.turn.expected) : true;
          effects.push({ type: 'sound', name: right ? 'right' : 'wrong' }, { type: 'announce-verdict', turn: effect.turn });
          next = { ...next, showOtherLanguage: false };
          break;
        }
        case 'advanced':
          next = { ...next, showOtherLanguage: false, pendingChoice: null };
          effects.push(...announceExcerpt(round));
          break;
        case 'finished': {
          // A class round is the teams', not the profile's: it records nothing and sets no personal best.
          const profile = applyFinishedRound(state.profile, round, content);
          next = { ...next, screen: 'results', profile };
          effects.push({ type: 'sound', name: 'round-end' });
          if (profile !== state.profile) effects.push({ type: 'round-finished', round, profile });
          if (round.mode === 'class') {
            // A finished class round is the only copy of the lesson's results: kept until the teacher dismisses it.
            next = { ...next, classroom: { ...next.classroom, saved: round } };
            effects.push({ type: 'save-resume', round }, { type: 'announce-results' });
          } else {
            effects.push(clearResume(round), { type: 'announce-results' });
          }
          break;
        }
      }
    }
    if (round.phase !== 'finished') effects.push({ type: 'save-resume', round });
    return { state: next, effects };
  }

  function play(state: GameState, round: RoundState, extra: Partial<GameState> = {}): Step {
    const next: GameState = {
      ...state,
      screen: 'play',
      returnTo: 'menu',
      round,
      paused: false,
      pendingChoice: null,
      showOtherLanguage: false,
      bestBeforeRound: state.profile.bestScore,
      outcome: null,
      ...extra,
    };
    return changed(next, { type: 'save-resume', round }, ...announceExcerpt(round));
  }

  return function reduceGame(state: GameState, action: GameAction): Step {
    if (state.viewer && !ALLOWED_WHILE_VIEWING.has(action.type)) return unchanged(state);
    switch (action.type) {
      case 'navigate': {
        if (action.screen === state.screen) return unchanged(state);
        const returnTo = SIDE_SCREENS.includes(action.screen) && !SIDE_SCREENS.includes(state.screen) ? state.screen : state.returnTo;
        return changed({ ...leaveScreen(state), screen: action.screen, returnTo, paused: false });
      }
      case 'close-screen': {
        if (!SIDE_SCREENS.includes(state.screen)) return unchanged(state);
        const target = state.returnTo === 'play' && !state.round ? 'menu' : state.returnTo;
        return changed({ ...leaveScreen(state), screen: target, returnTo: 'menu' });
      }
      case 'settings': {
        const settings = { ...state.settings, ...action.patch };
        return changed({ ...state, settings }, { type: 'save-settings', settings });
      }
      case 'system-motion':
        return action.reduced === state.systemReducedMotion ? unchanged(state) : changed({ ...state, systemReducedMotion: action.reduced });
      case 'start-round': {
        const round = dealSolo(state, action);
        // Nothing to deal (a review offer out of date): stay where we are.
        if (!round) return unchanged(state);
        return play(state, round, { resumable: null });
      }
      case 'start-class-round': {
        const setup = state.classroom.setup;
        const teams = classTeams(action.teamNames);
        if (!setup || !teams.ok) return unchanged(state);
        const kept = { ...setup, teamNames: teams.players.map((p) => p.name) };
        const round = startClassRound(content, kept, teams.players, action.at);
        // A class round is saved in its own slot: the player's own unfinished round stays on offer.
        const step = play(state, round, { classroom: { ...state.classroom, setup: kept, saved: null, printing: null } });
        return { state: step.state, effects: [...step.effects, { type: 'save-class-setup', setup: kept }] };
      }
      case 'resume-class-round': {
        const saved = state.classroom.saved;
        if (saved?.phase === 'finished') return reduceReliability(state, { ...action, type: 'show-class-results' });
        return saved ? play(state, saved, { classroom: { ...state.classroom, saved: null, printing: null } }) : unchanged(state);
      }
      case 'choose': {
        const round = state.round;
        if (!round || state.screen !== 'play' || state.paused || round.phase !== 'answering') return unchanged(state);
        const askConfidence = state.settings.confidence && round.mode !== 'class';
        if (askConfidence) {
          if (state.pendingChoice === action.category) return unchanged(state);
          return changed({ ...state, pendingChoice: action.category }, { type: 'sound', name: 'select' });
        }
        return applyRound(state, { type: 'answer', playerId: action.playerId ?? SOLO.id, category: action.category, at: action.at });
      }
      case 'confidence': {
        if (!state.pendingChoice || !state.round || state.paused) return unchanged(state);
        const category = state.pendingChoice;
        return applyRound(
          { ...state, pendingChoice: null },
          { type: 'answer', playerId: SOLO.id, category, confidence: action.confidence, at: action.at },
        );
      }
      case 'cancel-choice':
        return state.pendingChoice ? changed({ ...state, pendingChoice: null }) : unchanged(state);
      case 'reveal':
        return state.paused ? unchanged(state) : applyRound(state, { type: 'reveal' });
      case 'next':
        return state.paused ? unchanged(state) : applyRound(state, { type: 'next', at: action.at });
      case 'pause':
        return state.screen === 'play' && state.round && state.round.phase !== 'finished' && !state.paused
          ? changed({ ...state, paused: true })
          : unchanged(state);
      case 'unpause':
        return state.paused ? changed({ ...state, paused: false }) : unchanged(state);
      case 'quit-round':
        if (!state.round) return unchanged(state);
        return changed({ ...state, screen: 'menu', round: null, paused: false, pendingChoice: null }, clearResume(state.round));
      case 'toggle-other-language':
        return changed({ ...state, showOtherLanguage: !state.showOtherLanguage });
      case 'resume-saved': {
        const round = state.resumable;
        if (!round) return unchanged(state);
        const next: GameState = {
          ...state,
          screen: 'play',
          round,
          resumable: null,
          paused: false,
          pendingChoice: null,
          bestBeforeRound: state.profile.bestScore,
        };
        return changed(next, ...announceExcerpt(round));
      }
      case 'discard-saved':
        return state.resumable ? changed({ ...state, resumable: null }, { type: 'clear-resume' }) : unchanged(state);
      case 'open-viewer': {
        // The sources are read after answering: never over a paused round or an excerpt still to answer.
        const answering = state.screen === 'play' && state.round?.phase === 'answering';
        if (state.paused || answering) return unchanged(state);
        return changed({
          ...state,
          viewer: { articleId: action.articleId, focusExcerptId: action.focusExcerptId, showAllAnswers: action.showAllAnswers ?? false },
        });
      }
      case 'close-viewer':
        return state.viewer ? changed({ ...state, viewer: null }) : unchanged(state);
      case 'create-profile':
      case 'start-rename':
      case 'cancel-rename':
      case 'rename-profile':
      case 'switch-profile':
      case 'delete-profile':
      case 'profile-loaded':
      case 'profile-deleted':
        return reduceProfiles(state, action);
      case 'export-progress':
      case 'progress-exported':
      case 'import-progress':
      case 'import-refused':
      case 'progress-imported':
      case 'reset-progress':
      case 'progress-reset':
      case 'free-space':
      case 'space-freed':
      case 'storage-notices':
      case 'dismiss-notice':
      case 'dismiss-outcome':
        return reduceData(state, action);
      case 'class-setup':
      case 'class-default-setup':
      case 'class-new-draw':
      case 'class-print':
      case 'discard-class-round':
      case 'export-class-csv':
      case 'class-csv-exported':
        return reduceClassroom(state, action);
      case 'profile-synced':
      case 'storage-durability':
      case 'show-class-results':
      case 'update-ready':
      case 'apply-update':
        return reduceReliability(state, action);
    }
  };
}

/** What a screen keeps only while it is shown: its status line, an open rename, a sheet on show. */
function leaveScreen(state: GameState): GameState {
  const keepOutcome = state.outcome?.scope === 'space';
  return {
    ...state,
    outcome: keepOutcome ? state.outcome : null,
    renamingProfileId: null,
    classroom: state.classroom.printing ? { ...state.classroom, printing: null } : state.classroom,
  };
}

function clearResume(round: RoundState): GameEffect {
  return round.mode === 'class' ? { type: 'clear-resume', slot: 'classroom' } : { type: 'clear-resume' };
}

function announceExcerpt(round: RoundState): GameEffect[] {
  const excerptId = currentExcerptId(round);
  return excerptId ? [{ type: 'announce-excerpt', excerptId, index: round.index, total: round.excerptIds.length }] : [];
}
