/**
 * The game's reducer, built from the content it plays (as boardgame.io builds its reducer from
 * the game definition): dealing a round and recording a finished one happen here, from the
 * seed and time stamped on the action, so the whole life of a round is pure and replayable.
 */
import { CATEGORIES, type Category, categoriesOf } from '../categories';
import { dossierRound } from '../career/dossiers';
import { startClassRound } from '../classroom';
import type { ContentBundle } from '../content/schema';
import { clueMarks, excerptWords, MAX_CLUE_MARKS } from '../content/words';
import { newRound } from '../new-round';
import { reviewDeal } from '../progress/review-deal';
import { applyFinishedRound, timesSeen } from '../record-round';
import { type Confidence, currentExcerptId, reduceRound, type RoundAction, type RoundState, SOLO, startRound } from '../round';
import type { GameAction } from './actions';
import { momentOf } from './career';
import { reduceClassQuestion, settleClassSetup } from './class-investigation';
import { classTeams, reduceClassroom } from './classroom';
import { reduceData } from './data';
import { reduceInvestigations } from './investigations';
import { roundResult } from '../lessons/play';
import { encodeResultCode } from '../lessons/result-code';
import type { GameEffect } from './effects';
import { changeSettings, playerSettings } from './player-settings';
import { reduceProfiles } from './profiles';
import { reduceReliability } from './reliability';
import { isRightAnswer } from './selectors';
import { type GameState, SIDE_SCREENS, startPlaying } from './state';
import { changed, type Step, unchanged } from './step';
import { reduceWithContent } from './content-loading';
import { type ModeContext, reduceMode, reduceWithModes } from './modes';

export type GameReducer = (state: GameState, action: GameAction) => Step;

/** Size of a review round: the due cards, at most this many at a time. */
export const REVIEW_ROUND_SIZE = 10;

/** While the viewer is open it is modal in the state too: only these get through (and every result from storage). */
const ALLOWED_WHILE_VIEWING: ReadonlySet<GameAction['type']> = new Set([
  'back',
  'speech-voices',
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
  'qr-made',
  'lesson-exported',
  'scorm-package-made',
]);

/**
 * The game's reducer: the texts are read from the state, where they arrive after the menu
 * (content-loading.ts); one reducer per bundle, built when it arrives.
 */
export function createGameReducer(): GameReducer {
  const built = new WeakMap<ContentBundle, GameReducer>();
  const withTexts = (content: ContentBundle) => {
    let reducer = built.get(content);
    if (!reducer) {
      reducer = reducerOver(content);
      built.set(content, reducer);
    }
    return reducer;
  };
  // For what needs no text while they load (the lists in content-loading.ts say which).
  const withoutTexts = reducerOver({ articles: [], excerpts: [] });
  // A class setup naming an investigation the content no longer derives settles once the texts are in.
  const game: GameReducer = (state, action) => settleClassSetup(reduceWithContent(state, action, withTexts, withoutTexts), action);
  return (state, action) => reduceWithModes(state, action, game);
}

function reducerOver(content: ContentBundle): GameReducer {
  const categoryOf = new Map(content.excerpts.map((e) => [e.id, e.category]));
  const excerptById = new Map(content.excerpts.map((e) => [e.id, e]));
  const wordCount = (id: string | undefined) => (id ? excerptWords(excerptById.get(id)?.text ?? '').length : 0);

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
    if (action.mode === 'review') {
      const ids = reviewDeal(state.profile, content.excerpts, { now: new Date(action.at), seed: action.seed, size: REVIEW_ROUND_SIZE });
      return fixedRound('review', ids, action);
    }
    return newRound(content, {
      seed: action.seed,
      at: action.at,
      size: state.settings.roundSize,
      mode: action.mode,
      timesSeen: timesSeen(state.profile),
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
          next = {
            ...next,
            showOtherLanguage: false,
            marks: [],
            markCursor: 0,
            marksDone: false,
            classroom: { ...next.classroom, selectedTeam: null },
          };
          break;
        }
        case 'advanced':
          next = {
            ...next,
            showOtherLanguage: false,
            pendingChoice: null,
            choiceHalf: null,
            marks: [],
            markCursor: 0,
            marksDone: false,
            // "No voice on this device" was shown on the excerpt just left: it is not said again.
            noVoiceTold: next.noVoiceTold || (next.voices === 'none' && playerSettings(next).readAloud),
          };
          effects.push(...announceExcerpt(round));
          break;
        case 'finished': {
          // A class round is the teams', not the profile's: it records nothing and sets no personal best.
          const profile = applyFinishedRound(state.profile, round, content);
          const careerMoment = profile === state.profile ? null : momentOf(state.profile, profile, round);
          next = { ...next, screen: 'results', profile, careerMoment, classroom: { ...next.classroom, selectedTeam: null } };
          effects.push({ type: 'sound', name: 'round-end' });
          if (profile !== state.profile) effects.push({ type: 'round-finished', round, profile });
          // A pupil's lesson ends on their result code, kept so a reload shows it again.
          const pupil = next.pupil;
          if (round.lesson && round.mode !== 'class' && pupil?.nickname && pupil.lesson.code === round.lesson.code) {
            const result = roundResult(round, pupil.nickname, pupil.lesson);
            if (result) {
              const finished = { ...pupil, result: encodeResultCode(result) };
              next = { ...next, screen: 'pupil-result', pupil: finished };
              effects.push({
                type: 'save-pupil',
                pupil: { code: finished.lesson.code, name: finished.lesson.name, nickname: finished.nickname, result: finished.result },
              });
            }
          }
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

  /** The solo answer with what the steps gathered: the marks (and whether they found a clue) and the certainty. */
  function giveAnswer(state: GameState, at: string, confidence?: Confidence): Step {
    const category = state.pendingChoice;
    const round = state.round;
    if (!category || !round) return unchanged(state);
    const excerpt = excerptById.get(currentExcerptId(round) ?? '');
    const steps = answerSteps(state);
    const withMarks = steps.clue && excerpt ? { marks: state.marks, clueFound: clueMarks(excerpt, state.marks).found } : {};
    return applyRound(
      { ...state, pendingChoice: null, choiceHalf: null, marksDone: false },
      {
        type: 'answer',
        playerId: SOLO.id,
        category,
        at,
        ...(confidence ? { confidence } : {}),
        ...withMarks,
        ...(steps.twoStep ? { twoStep: true } : {}),
      },
    );
  }

  function play(state: GameState, round: RoundState, extra: Partial<GameState> = {}): Step {
    const next: GameState = { ...startPlaying(state, round), ...extra };
    return changed(next, { type: 'save-resume', round }, ...announceExcerpt(round));
  }

  /** Back: the innermost thing open closes first (the viewer, the pause, a printed sheet), then the screen. */
  function goBack(state: GameState): Step {
    if (state.viewer) return changed({ ...state, viewer: null });
    if (state.paused) return changed({ ...state, paused: false });
    if (SIDE_SCREENS.includes(state.screen)) return reduceGame(state, { type: 'close-screen', at: '', seed: 0 });
    const round = state.round;
    const cleared = { pendingChoice: null, choiceHalf: null, marks: [], markCursor: 0, marksDone: false, paused: false, showOtherLanguage: false };
    switch (state.screen) {
      case 'menu':
        return unchanged(state);
      case 'play': {
        if (!round || round.phase === 'finished') return changed({ ...leaveScreen(state), screen: 'menu' });
        // The round is saved at every step: it waits in its slot, offered again where it was started.
        if (round.mode === 'class') {
          return changed({
            ...state,
            ...cleared,
            screen: 'classroom',
            round: null,
            classroom: { ...state.classroom, saved: round, selectedTeam: null },
          });
        }
        // A pupil's lesson has no other way in than its link: Back pauses it instead of leaving it.
        if (round.lesson) return changed({ ...state, paused: true });
        return changed({ ...state, ...cleared, screen: 'menu', round: null, resumable: round });
      }
      case 'classroom':
        if (state.classroom.printing) return changed({ ...state, classroom: { ...state.classroom, printing: null } });
        return changed({ ...leaveScreen(state), screen: 'menu' });
      case 'lesson-edit':
      case 'lesson-share':
      case 'report':
        return changed({ ...leaveScreen(state), screen: 'lessons' });
      case 'investigation':
        // Its progress is in the profile: the list offers to go on with it.
        return changed({ ...leaveScreen(state), screen: 'investigations', investigation: null });
      default:
        return changed({ ...leaveScreen(state), screen: 'menu' });
    }
  }

  const modeContext: ModeContext = { content, play };
  return reduceGame;

  function reduceGame(state: GameState, action: GameAction): Step {
    if (state.viewer && !ALLOWED_WHILE_VIEWING.has(action.type)) return unchanged(state);
    // A class playing an investigation: its synthesis question, after the last passage.
    const classQuestion = reduceClassQuestion(state, action);
    if (classQuestion) return classQuestion;
    switch (action.type) {
      case 'navigate': {
        if (action.screen === state.screen) return unchanged(state);
        const returnTo = SIDE_SCREENS.includes(action.screen) && !SIDE_SCREENS.includes(state.screen) ? state.screen : state.returnTo;
        return changed({ ...leaveScreen(state), screen: action.screen, returnTo, paused: false });
      }
      case 'close-screen': {
        if (!SIDE_SCREENS.includes(state.screen)) return unchanged(state);
        // A finished round's results are not gone back to: the menu is where the player goes on from.
        const target = (state.returnTo === 'play' && !state.round) || state.returnTo === 'results' ? 'menu' : state.returnTo;
        return changed({ ...leaveScreen(state), screen: target, returnTo: 'menu' });
      }
      case 'back':
        return goBack(state);
      case 'settings':
        return changeSettings(state, action);
      case 'system-motion':
        return action.reduced === state.systemReducedMotion ? unchanged(state) : changed({ ...state, systemReducedMotion: action.reduced });
      case 'start-round': {
        const round = dealSolo(state, action);
        // Nothing to deal (a review offer out of date): stay where we are.
        if (!round) return unchanged(state);
        return play(state, round, { resumable: null });
      }
      case 'start-dossier': {
        const round = dossierRound(content, action.article, action);
        return round ? play(state, round, { resumable: null }) : unchanged(state);
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
        if (round.mode === 'class') {
          const playerId = action.playerId ?? round.players[state.classroom.selectedTeam ?? -1]?.id;
          if (!playerId) return unchanged(state);
          const step = applyRound(state, { type: 'answer', playerId, category: action.category, at: action.at });
          return state.classroom.selectedTeam === null
            ? step
            : { ...step, state: { ...step.state, classroom: { ...step.state.classroom, selectedTeam: null } } };
        }
        const steps = answerSteps(state);
        // In two steps, the category is one of the two the first answer left.
        if (!choiceOptions(state).includes(action.category)) return unchanged(state);
        const twoStep = steps.twoStep ? { twoStep: true } : {};
        if (steps.clue || steps.confidence) {
          if (state.pendingChoice === action.category) return unchanged(state);
          return changed({ ...state, pendingChoice: action.category, marksDone: false }, { type: 'sound', name: 'select' });
        }
        return applyRound(
          { ...state, choiceHalf: null },
          { type: 'answer', playerId: action.playerId ?? SOLO.id, category: action.category, at: action.at, ...twoStep },
        );
      }
      case 'toggle-mark': {
        if (!canMark(state)) return unchanged(state);
        const count = wordCount(state.round ? currentExcerptId(state.round) : undefined);
        if (!Number.isInteger(action.index) || action.index < 0 || action.index >= count) return unchanged(state);
        // A clue is a few words: past the limit only unmarking works (the panel says so).
        if (!state.marks.includes(action.index) && state.marks.length >= MAX_CLUE_MARKS) return unchanged(state);
        const marks = state.marks.includes(action.index)
          ? state.marks.filter((i) => i !== action.index)
          : [...state.marks, action.index].sort((a, b) => a - b);
        return changed({ ...state, marks, markCursor: action.index, marksDone: false });
      }
      case 'move-mark': {
        if (!canMark(state)) return unchanged(state);
        const count = wordCount(state.round ? currentExcerptId(state.round) : undefined);
        const markCursor = Math.min(Math.max(state.markCursor + action.by, 0), Math.max(count - 1, 0));
        return markCursor === state.markCursor ? unchanged(state) : changed({ ...state, markCursor });
      }
      case 'confirm-marks':
      case 'skip-marks': {
        if (!state.pendingChoice || !answerSteps(state).clue) return unchanged(state);
        const next = action.type === 'skip-marks' ? { ...state, marks: [] } : state;
        // Without the certainty question, the marks were the last step: they give the answer.
        if (!answerSteps(state).confidence) return giveAnswer(next, action.at);
        return changed({ ...next, marksDone: true });
      }
      case 'confidence': {
        if (!state.pendingChoice || !state.round || state.paused || !answerSteps(state).confidence) return unchanged(state);
        return giveAnswer(state, action.at, action.confidence);
      }
      case 'cancel-choice':
        // Back to the category step (in two steps: between the same two categories).
        return state.pendingChoice ? changed({ ...state, pendingChoice: null, marks: [], marksDone: false }) : unchanged(state);
      case 'read-aloud':
        if (!playerSettings(state).readAloud || state.voices === 'none' || state.paused || state.screen !== 'play' || !state.round)
          return unchanged(state);
        return changed(state, { type: 'read-aloud' });
      case 'speech-voices': {
        const voices = action.available ? 'available' : 'none';
        return voices === state.voices ? unchanged(state) : changed({ ...state, voices });
      }
      case 'choose-half': {
        const round = state.round;
        if (!round || state.screen !== 'play' || state.paused || round.phase !== 'answering' || !answerSteps(state).twoStep) return unchanged(state);
        if (state.pendingChoice || state.choiceHalf === action.half) return unchanged(state);
        return changed({ ...state, choiceHalf: action.half }, { type: 'sound', name: 'select' });
      }
      case 'cancel-half':
        return state.choiceHalf && !state.pendingChoice ? changed({ ...state, choiceHalf: null }) : unchanged(state);
      case 'reveal':
        return state.paused ? unchanged(state) : applyRound(state, { type: 'reveal', marks: state.marks });
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
        return changed(
          { ...state, screen: 'menu', round: null, paused: false, pendingChoice: null, choiceHalf: null, marks: [], marksDone: false },
          clearResume(state.round),
        );
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
          choiceHalf: null,
          bestBeforeRound: state.profile.bestScore,
        };
        return changed(next, ...announceExcerpt(round));
      }
      case 'discard-saved':
        return state.resumable ? changed({ ...state, resumable: null }, { type: 'clear-resume' }) : unchanged(state);
      case 'open-viewer': {
        // The sources are read after answering: never over a paused round or an excerpt still to answer,
        // except in a dossier, played with its article at hand (the viewer then hides this excerpt's answer).
        const answering = state.screen === 'play' && state.round?.phase === 'answering' && state.round.mode !== 'dossier';
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
      case 'class-finish-early':
        // From the pause dialog: the class round ends on what was revealed, and its results are shown.
        if (state.round?.mode !== 'class' || state.round.turns.length === 0) return unchanged(state);
        return applyRound({ ...state, paused: false, classroom: { ...state.classroom, selectedTeam: null } }, { type: 'finish', at: action.at });
      case 'class-setup':
      case 'class-default-setup':
      case 'class-new-draw':
      case 'class-print':
      case 'discard-class-round':
      case 'export-class-csv':
      case 'class-csv-exported':
      case 'class-select-team':
      case 'class-ranking':
        return reduceClassroom(state, action);
      case 'class-vote':
        // Only on an investigation's question (above).
        return unchanged(state);
      case 'profile-synced':
      case 'storage-durability':
      case 'show-class-results':
      case 'update-ready':
      case 'apply-update':
        return reduceReliability(state, action);
      case 'edit-lesson':
      case 'save-lesson':
      case 'open-lesson':
      case 'rename-lesson':
      case 'duplicate-lesson':
      case 'delete-lesson':
      case 'export-lesson':
      case 'import-lesson':
      case 'add-lesson-code':
      case 'start-collect':
      case 'open-report':
      case 'delete-report':
      case 'collect-results':
      case 'collect-qr-image':
      case 'collect-qr-frame':
      case 'remove-result':
      case 'make-qr':
      case 'qr-made':
      case 'lesson-exported':
      case 'qr-not-found':
      case 'open-lesson-link':
      case 'join-lesson':
      case 'leave-lesson':
      case 'download-result':
      case 'class-use-lesson':
        return reduceMode('lessons', state, action, modeContext);
      case 'export-quiz':
      case 'export-scorm':
      case 'scorm-package-made':
      case 'start-lms-round':
        return reduceMode('lms', state, action, modeContext);
      case 'open-investigation':
      case 'investigation-classify':
      case 'investigation-question':
      case 'investigation-answer':
      case 'investigation-answer-nth':
        return reduceInvestigations(state, action, content);
      case 'mode-loaded':
      case 'mode-failed':
      case 'content-loaded':
      case 'content-failed':
        // Taken by createGameReducer before this reducer (content-loading.ts).
        return unchanged(state);
    }
  }
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
  if (round.mode === 'class') return { type: 'clear-resume', slot: 'classroom' };
  return round.lesson ? { type: 'clear-resume', slot: 'lesson' } : { type: 'clear-resume' };
}

function announceExcerpt(round: RoundState): GameEffect[] {
  const excerptId = currentExcerptId(round);
  return excerptId ? [{ type: 'announce-excerpt', excerptId, index: round.index, total: round.excerptIds.length }] : [];
}

/**
 * Which steps an answer goes through (solo only): the two-step choice before it (checkable or a
 * view, then the category), the clue marks and the certainty question after it.
 */
export function answerSteps(state: GameState): { twoStep: boolean; clue: boolean; confidence: boolean } {
  const round = state.round;
  // A class answers aloud; the teacher marks the clue on the projector, before the reveal.
  if (!round || round.mode === 'class') return { twoStep: false, clue: false, confidence: false };
  const twoStep = playerSettings(state).twoStep;
  // In a lesson, the teacher chose the clue and certainty steps when preparing it.
  if (round.lesson) return { twoStep, clue: round.lesson.clues, confidence: round.lesson.confidence };
  return { twoStep, clue: state.settings.clueStep, confidence: state.settings.confidence };
}

/** The categories the player may choose now: all four, or in two steps the two of the half chosen (none before it). */
export function choiceOptions(state: GameState): readonly Category[] {
  if (!answerSteps(state).twoStep) return CATEGORIES;
  return state.choiceHalf ? categoriesOf(state.choiceHalf) : [];
}

/** Words can be marked: the solo player after choosing, or the teacher for the class before the reveal. */
export function canMark(state: GameState): boolean {
  const round = state.round;
  if (!round || state.screen !== 'play' || state.paused || round.phase !== 'answering') return false;
  if (round.mode === 'class') return state.classroom.setup?.clueStep === true;
  return answerSteps(state).clue && state.pendingChoice !== null;
}
