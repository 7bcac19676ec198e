/**
 * The whole game's state and its reducer: which screen is shown, the settings, the
 * round in play. Pure: the shell turns the returned effects into sound, saves and
 * screen-reader announcements.
 */
import type { Category } from './categories';
import type { ArticleId } from './content/schema';
import { DEFAULT_PROFILE_ID, type Settings } from './progress/records';
import { currentExcerptId, reduceRound, SOLO, type Confidence, type RoundAction, type RoundState, type Turn } from './round';

export type Screen = 'menu' | 'play' | 'results' | 'settings' | 'help' | 'sources' | 'progress' | 'profiles' | 'classroom';

export interface GameState {
  screen: Screen;
  /** Where Settings/Help/Sources return to when closed. */
  returnTo: Screen;
  settings: Settings;
  round: RoundState | null;
  paused: boolean;
  /** The other language of the excerpt is shown (EN: the French original; FR: the English translation). */
  showOtherLanguage: boolean;
  /** Category chosen, waiting for "how sure are you?". */
  pendingChoice: Category | null;
  bestScore: number;
  bestStreak: number;
  /** Best score before the current round began, to tell a new record. */
  bestBeforeRound: number;
  dueCount: number;
  /** A saved unfinished round the player may resume. */
  resumable: RoundState | null;
  /** The source viewer, open over the current screen; the round under it does not move. */
  viewer: ViewerState | null;
  /** Whose progress is shown and saved: several named profiles can share a device. */
  activeProfile: ActiveProfile;
}

export interface ActiveProfile {
  id: string;
  name: string;
}

export interface ViewerState {
  articleId: ArticleId;
  /** The passage to scroll to and highlight; null to read from the top. */
  focusExcerptId: string | null;
  /** Teacher's switch from the sources library: mark every excerpt with its answer. */
  showAllAnswers: boolean;
}

export type GameAction =
  | { type: 'navigate'; screen: Screen }
  | { type: 'close-screen' }
  | { type: 'settings'; patch: Partial<Settings> }
  | { type: 'start-round'; round: RoundState }
  | { type: 'choose'; category: Category; at: string; playerId?: string }
  | { type: 'confidence'; confidence: Confidence; at: string }
  | { type: 'cancel-choice' }
  | { type: 'reveal' }
  | { type: 'next'; at: string }
  | { type: 'pause' }
  | { type: 'unpause' }
  | { type: 'quit-round' }
  | { type: 'toggle-other-language' }
  | { type: 'resume-saved' }
  | { type: 'discard-saved' }
  | { type: 'progress'; bestScore: number; bestStreak: number; dueCount: number }
  | { type: 'profile-loaded'; profile: ActiveProfile; bestScore: number; bestStreak: number; dueCount: number; resumable: RoundState | null }
  | { type: 'profile-renamed'; name: string }
  | { type: 'open-viewer'; articleId: ArticleId; focusExcerptId: string | null; showAllAnswers?: boolean }
  | { type: 'close-viewer' };

export type GameEffect =
  | { type: 'sound'; name: 'select' | 'right' | 'wrong' | 'round-end' }
  | { type: 'announce-excerpt'; excerptId: string; index: number; total: number }
  | { type: 'announce-verdict'; turn: Turn }
  | { type: 'announce-results' }
  | { type: 'save-settings'; settings: Settings }
  | { type: 'save-resume'; round: RoundState }
  /** `slot: 'classroom'` clears the class round's save; without it, the active profile's. */
  | { type: 'clear-resume'; slot?: 'classroom' }
  | { type: 'round-finished'; round: RoundState };

export function initialGameState(settings: Settings, extra: Partial<GameState> = {}): GameState {
  return {
    screen: 'menu',
    returnTo: 'menu',
    settings,
    round: null,
    paused: false,
    showOtherLanguage: false,
    pendingChoice: null,
    bestScore: 0,
    bestStreak: 0,
    bestBeforeRound: 0,
    dueCount: 0,
    resumable: null,
    viewer: null,
    activeProfile: { id: DEFAULT_PROFILE_ID, name: '' },
    ...extra,
  };
}

/** The solo round just played beat the best score held before it began (play mode only). */
export function isNewBest(state: GameState): boolean {
  const round = state.round;
  const score = round?.scores[SOLO.id]?.score ?? 0;
  return !!round && round.mode === 'play' && score > 0 && score > state.bestBeforeRound;
}

type Step = { state: GameState; effects: GameEffect[] };
const unchanged = (state: GameState): Step => ({ state, effects: [] });

/** Screens opened over a round or the menu, closed back to where they came from. */
const SIDE_SCREENS: readonly Screen[] = ['settings', 'help', 'sources', 'progress', 'profiles'];

/** While the viewer is open it is modal in the state too: only these actions get through. */
const ALLOWED_WHILE_VIEWING: ReadonlySet<GameAction['type']> = new Set(['open-viewer', 'close-viewer', 'settings', 'progress']);

export function reduceGame(state: GameState, action: GameAction): Step {
  if (state.viewer && !ALLOWED_WHILE_VIEWING.has(action.type)) return unchanged(state);
  switch (action.type) {
    case 'navigate': {
      if (action.screen === state.screen) return unchanged(state);
      const returnTo = SIDE_SCREENS.includes(action.screen) && !SIDE_SCREENS.includes(state.screen) ? state.screen : state.returnTo;
      return { state: { ...state, screen: action.screen, returnTo, paused: false }, effects: [] };
    }
    case 'close-screen': {
      if (!SIDE_SCREENS.includes(state.screen)) return unchanged(state);
      const target = state.returnTo === 'play' && !state.round ? 'menu' : state.returnTo;
      return { state: { ...state, screen: target, returnTo: 'menu' }, effects: [] };
    }
    case 'settings': {
      const settings = { ...state.settings, ...action.patch };
      return { state: { ...state, settings }, effects: [{ type: 'save-settings', settings }] };
    }
    case 'start-round': {
      const round = action.round;
      const next: GameState = {
        ...state,
        screen: 'play',
        returnTo: 'menu',
        round,
        paused: false,
        pendingChoice: null,
        showOtherLanguage: false,
        // A class round is saved in its own slot: the player's own unfinished round stays on offer.
        resumable: round.mode === 'class' ? state.resumable : null,
        bestBeforeRound: state.bestScore,
      };
      return { state: next, effects: [{ type: 'save-resume', round }, ...announceExcerpt(round)] };
    }
    case 'choose': {
      const round = state.round;
      if (!round || state.screen !== 'play' || state.paused || round.phase !== 'answering') return unchanged(state);
      const askConfidence = state.settings.confidence && round.mode !== 'class';
      if (askConfidence) {
        if (state.pendingChoice === action.category) return unchanged(state);
        return { state: { ...state, pendingChoice: action.category }, effects: [{ type: 'sound', name: 'select' }] };
      }
      return applyRound(state, { type: 'answer', playerId: action.playerId ?? SOLO.id, category: action.category, at: action.at });
    }
    case 'confidence': {
      if (!state.pendingChoice || !state.round) return unchanged(state);
      const category = state.pendingChoice;
      const step = applyRound(
        { ...state, pendingChoice: null },
        {
          type: 'answer',
          playerId: SOLO.id,
          category,
          confidence: action.confidence,
          at: action.at,
        },
      );
      return step;
    }
    case 'cancel-choice':
      return state.pendingChoice ? { state: { ...state, pendingChoice: null }, effects: [] } : unchanged(state);
    case 'reveal':
      return state.paused ? unchanged(state) : applyRound(state, { type: 'reveal' });
    case 'next':
      return state.paused ? unchanged(state) : applyRound(state, { type: 'next', at: action.at });
    case 'pause':
      return state.screen === 'play' && state.round && state.round.phase !== 'finished' && !state.paused
        ? { state: { ...state, paused: true }, effects: [] }
        : unchanged(state);
    case 'unpause':
      return state.paused ? { state: { ...state, paused: false }, effects: [] } : unchanged(state);
    case 'quit-round':
      if (!state.round) return unchanged(state);
      return {
        state: { ...state, screen: 'menu', round: null, paused: false, pendingChoice: null },
        effects: [clearResume(state.round)],
      };
    case 'toggle-other-language':
      return { state: { ...state, showOtherLanguage: !state.showOtherLanguage }, effects: [] };
    case 'resume-saved': {
      const round = state.resumable;
      if (!round) return unchanged(state);
      return {
        state: { ...state, screen: 'play', round, resumable: null, paused: false, pendingChoice: null, bestBeforeRound: state.bestScore },
        effects: announceExcerpt(round),
      };
    }
    case 'discard-saved':
      return state.resumable ? { state: { ...state, resumable: null }, effects: [{ type: 'clear-resume' }] } : unchanged(state);
    case 'progress':
      return {
        state: { ...state, bestScore: action.bestScore, bestStreak: action.bestStreak, dueCount: action.dueCount },
        effects: [],
      };
    case 'profile-loaded': {
      // A round on screen was the previous profile's (its resume is saved): nothing of it carries over.
      const { profile, bestScore, bestStreak, dueCount, resumable } = action;
      const roundScreens: readonly Screen[] = ['play', 'results'];
      const next: GameState = {
        ...state,
        activeProfile: profile,
        bestScore,
        bestStreak,
        bestBeforeRound: bestScore,
        dueCount,
        resumable,
        round: null,
        paused: false,
        pendingChoice: null,
        screen: roundScreens.includes(state.screen) ? 'menu' : state.screen,
        returnTo: roundScreens.includes(state.returnTo) ? 'menu' : state.returnTo,
      };
      return { state: next, effects: [] };
    }
    case 'profile-renamed':
      return { state: { ...state, activeProfile: { ...state.activeProfile, name: action.name } }, effects: [] };
    case 'open-viewer': {
      // The sources are read after answering: never over a paused round or an excerpt still to answer.
      const answering = state.screen === 'play' && state.round?.phase === 'answering';
      if (state.paused || answering) return unchanged(state);
      const viewer: ViewerState = {
        articleId: action.articleId,
        focusExcerptId: action.focusExcerptId,
        showAllAnswers: action.showAllAnswers ?? false,
      };
      return { state: { ...state, viewer }, effects: [] };
    }
    case 'close-viewer':
      return state.viewer ? { state: { ...state, viewer: null }, effects: [] } : unchanged(state);
  }
}

function clearResume(round: RoundState): GameEffect {
  return round.mode === 'class' ? { type: 'clear-resume', slot: 'classroom' } : { type: 'clear-resume' };
}

function announceExcerpt(round: RoundState): GameEffect[] {
  const excerptId = currentExcerptId(round);
  return excerptId ? [{ type: 'announce-excerpt', excerptId, index: round.index, total: round.excerptIds.length }] : [];
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
        if (solo) {
          const right = effect.turn.answers[solo.id]?.category === effect.turn.expected;
          effects.push({ type: 'sound', name: right ? 'right' : 'wrong' });
        } else {
          effects.push({ type: 'sound', name: 'right' });
        }
        effects.push({ type: 'announce-verdict', turn: effect.turn });
        next = { ...next, showOtherLanguage: false };
        break;
      }
      case 'advanced':
        next = { ...next, showOtherLanguage: false, pendingChoice: null };
        effects.push(...announceExcerpt(round));
        break;
      case 'finished': {
        const best = Math.max(state.bestScore, ...Object.values(round.scores).map((s) => s.score));
        // A class round is the teams', not the profile's: it sets no personal record.
        const bestStreak =
          round.mode === 'class' ? state.bestStreak : Math.max(state.bestStreak, ...Object.values(round.scores).map((s) => s.bestStreak));
        next = { ...next, screen: 'results', bestScore: round.mode === 'play' ? best : state.bestScore, bestStreak };
        effects.push({ type: 'sound', name: 'round-end' }, { type: 'round-finished', round }, clearResume(round), { type: 'announce-results' });
        break;
      }
    }
  }
  if (round.phase !== 'finished') effects.push({ type: 'save-resume', round });
  return { state: next, effects };
}
