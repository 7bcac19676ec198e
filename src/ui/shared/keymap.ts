/**
 * Every keyboard shortcut of the game, each declared once: which key, when it applies (from
 * the state, through core selectors) and what it dispatches. One listener (installed by App)
 * runs the first that matches; no screen adds its own. Buttons keep their native Enter/Space;
 * the list is also in Help and the README.
 */
import { CATEGORIES, HALVES } from '../../core/categories';
import { canReveal } from '../../core/classroom';
import { canRevealVote, voteOpen } from '../../core/investigations/class-play';
import {
  answerSteps,
  canMark,
  choiceOptions,
  type GameIntent,
  type GameState,
  isAnswering,
  isShowingFeedback,
  playerSettings,
  SIDE_SCREENS,
} from '../../core/game';
import { CONFIDENCE_LEVELS } from '../../core/round';
import type { GameStore } from './context';

/** The lines of Help's key list, in its order: each shortcut names the one that tells it (Tab is the browser's own). */
export const HELP_KEYS = [
  'choose',
  'twoStep',
  'mark',
  'confidence',
  'next',
  'reveal',
  'classTeam',
  'classVote',
  'investigationAnswer',
  'translate',
  'readAloud',
  'pause',
  'mute',
  'tab',
] as const;
export type HelpKey = (typeof HELP_KEYS)[number];

export interface Shortcut {
  /** For tests and reading: what the shortcut does. */
  name: string;
  /** Its line in Help (and the README's keyboard table). */
  help: HelpKey;
  keyTest(event: KeyboardEvent): boolean;
  /** When it applies, from the state alone. */
  when(state: GameState): boolean;
  /** What it dispatches. */
  perform(state: GameState, event: KeyboardEvent): GameIntent | null;
  /** Also while the focus is in a text field (only Escape). */
  whileTyping?: boolean;
  /** Not when a button or link has the focus: Enter and Space are theirs. */
  yieldsToControls?: boolean;
  /** A key held down repeats: only its first press counts. */
  onceWhileHeld?: boolean;
  /** The key's own browser action is replaced (digits and Space must not scroll or type). */
  preventDefault?: boolean;
  /** Only when the focus is inside an element matching this selector (the excerpt's words in the clue step). */
  onlyIn?: string;
}

const key =
  (...keys: string[]) =>
  (event: KeyboardEvent) =>
    keys.includes(event.key);

const digit = (event: KeyboardEvent): number | null => (/^[1-9]$/.test(event.key) ? Number(event.key) : null);

const onPlay = (state: GameState) => state.screen === 'play' && state.round !== null;

/** A class is voting on an investigation's question. */
const classVoting = (state: GameState) => onPlay(state) && !state.paused && !state.viewer && state.round !== null && voteOpen(state.round);

/** The excerpt's words in the clue step: a roving focus, as in a toolbar. */
const WORDS = '[data-word]';
const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -10_000, End: 10_000 };

export const KEYMAP: readonly Shortcut[] = [
  // The clue step, while the focus is on the excerpt's words: move, mark, confirm.
  {
    name: 'mark-move',
    help: 'mark',
    keyTest: (e) => e.key in MOVES,
    onlyIn: WORDS,
    preventDefault: true,
    when: canMark,
    perform: (_s, e) => ({ type: 'move-mark', by: MOVES[e.key] ?? 0 }),
  },
  {
    name: 'mark-toggle',
    help: 'mark',
    keyTest: key(' '),
    onlyIn: WORDS,
    preventDefault: true,
    when: canMark,
    perform: (s) => ({ type: 'toggle-mark', index: s.markCursor }),
  },
  {
    name: 'mark-confirm',
    help: 'mark',
    keyTest: key('Enter'),
    onlyIn: WORDS,
    preventDefault: true,
    when: (s) => canMark(s) && s.pendingChoice !== null,
    perform: () => ({ type: 'confirm-marks' }),
  },
  // Escape goes back one step, from the innermost thing open.
  {
    name: 'cancel-rename',
    help: 'pause',
    keyTest: key('Escape'),
    whileTyping: true,
    when: (s) => s.screen === 'profiles' && s.renamingProfileId !== null,
    perform: () => ({ type: 'cancel-rename' }),
  },
  {
    name: 'close-sheet',
    help: 'pause',
    keyTest: key('Escape'),
    whileTyping: true,
    when: (s) => s.screen === 'classroom' && s.classroom.printing !== null,
    perform: () => ({ type: 'class-print', sheet: null }),
  },
  {
    name: 'leave-classroom',
    help: 'pause',
    keyTest: key('Escape'),
    whileTyping: true,
    when: (s) => s.screen === 'classroom',
    perform: () => ({ type: 'navigate', screen: 'menu' }),
  },
  {
    name: 'class-release-team',
    help: 'classTeam',
    keyTest: key('Escape'),
    when: (s) => isAnswering(s) && s.round?.mode === 'class' && s.classroom.selectedTeam !== null,
    perform: () => ({ type: 'class-select-team', index: null }),
  },
  {
    name: 'class-vote-release',
    help: 'classVote',
    keyTest: key('Escape'),
    when: (s) => classVoting(s) && s.classroom.selectedTeam !== null,
    perform: () => ({ type: 'class-select-team', index: null }),
  },
  {
    name: 'pause',
    help: 'pause',
    keyTest: key('Escape'),
    whileTyping: true,
    when: (s) => onPlay(s) && s.round?.phase !== 'finished' && !s.paused,
    perform: () => ({ type: 'pause' }),
  },
  {
    name: 'close-screen',
    help: 'pause',
    keyTest: key('Escape'),
    whileTyping: true,
    when: (s) => SIDE_SCREENS.includes(s.screen),
    perform: () => ({ type: 'close-screen' }),
  },
  // An investigation back to the list (its progress is kept), the list back to the menu.
  {
    name: 'leave-investigation',
    help: 'pause',
    keyTest: key('Escape'),
    when: (s) => (s.screen === 'investigation' || s.screen === 'investigations') && !s.viewer,
    perform: () => ({ type: 'back' }),
  },
  {
    name: 'mute',
    help: 'mute',
    keyTest: key('m', 'M'),
    when: () => true,
    perform: (s) => ({ type: 'settings', patch: { muted: !s.settings.muted } }),
  },
  {
    name: 'read-aloud',
    help: 'readAloud',
    keyTest: key('l', 'L'),
    when: (s) => onPlay(s) && playerSettings(s).readAloud && s.voices !== 'none',
    perform: () => ({ type: 'read-aloud' }),
  },
  { name: 'other-language', help: 'translate', keyTest: key('t', 'T'), when: onPlay, perform: () => ({ type: 'toggle-other-language' }) },
  {
    name: 'confidence',
    help: 'confidence',
    keyTest: (e) => (digit(e) ?? 0) >= 1 && (digit(e) ?? 0) <= 4,
    onceWhileHeld: true,
    preventDefault: true,
    when: (s) => isAnswering(s) && s.round?.mode !== 'class' && s.pendingChoice !== null,
    perform: (_s, e) => {
      const level = CONFIDENCE_LEVELS[(digit(e) ?? 0) - 1];
      return level ? { type: 'confidence', confidence: level } : null;
    },
  },
  // Two steps: 1 or 2 answers "can it be checked, or is it someone's view?", then 1 or 2 the category.
  {
    name: 'choose-half',
    help: 'twoStep',
    keyTest: (e) => (digit(e) ?? 0) >= 1 && (digit(e) ?? 0) <= 2,
    onceWhileHeld: true,
    preventDefault: true,
    when: (s) => isAnswering(s) && answerSteps(s).twoStep && s.choiceHalf === null && s.pendingChoice === null,
    perform: (_s, e) => {
      const half = HALVES[(digit(e) ?? 0) - 1];
      return half ? { type: 'choose-half', half } : null;
    },
  },
  {
    name: 'choose',
    help: 'choose',
    keyTest: (e) => (digit(e) ?? 0) >= 1 && (digit(e) ?? 0) <= 4,
    onceWhileHeld: true,
    preventDefault: true,
    when: (s) => isAnswering(s) && s.round?.mode !== 'class' && s.pendingChoice === null,
    perform: (s, e) => {
      const category = choiceOptions(s)[(digit(e) ?? 0) - 1];
      return category ? { type: 'choose', category } : null;
    },
  },
  // Classroom entry by keyboard: a team's number (1–6), then its answer (1–4); Escape (above) lets go of the team.
  {
    name: 'class-team',
    help: 'classTeam',
    keyTest: (e) => (digit(e) ?? 0) >= 1,
    preventDefault: true,
    onceWhileHeld: true,
    when: (s) => isAnswering(s) && s.round?.mode === 'class' && s.classroom.selectedTeam === null,
    perform: (s, e) => {
      const index = (digit(e) ?? 0) - 1;
      return index < (s.round?.players.length ?? 0) ? { type: 'class-select-team', index } : null;
    },
  },
  {
    name: 'class-answer',
    help: 'classTeam',
    keyTest: (e) => (digit(e) ?? 0) >= 1 && (digit(e) ?? 0) <= 4,
    preventDefault: true,
    onceWhileHeld: true,
    when: (s) => isAnswering(s) && s.round?.mode === 'class' && s.classroom.selectedTeam !== null,
    perform: (_s, e) => {
      const category = CATEGORIES[(digit(e) ?? 0) - 1];
      return category ? { type: 'choose', category } : null;
    },
  },
  // An investigation's question by keyboard: 1–n picks the n-th choice (the pupil's, or in class the selected team's vote).
  {
    name: 'investigation-answer',
    help: 'investigationAnswer',
    keyTest: (e) => digit(e) !== null,
    onceWhileHeld: true,
    preventDefault: true,
    when: (s) => s.screen === 'investigation' && !s.viewer && s.investigation?.progress.phase === 'question' && !s.investigation.result,
    perform: (_s, e) => ({ type: 'investigation-answer-nth', index: (digit(e) ?? 0) - 1 }),
  },
  {
    name: 'class-vote-team',
    help: 'classVote',
    keyTest: (e) => digit(e) !== null,
    preventDefault: true,
    onceWhileHeld: true,
    when: (s) => classVoting(s) && s.classroom.selectedTeam === null,
    perform: (s, e) => {
      const index = (digit(e) ?? 0) - 1;
      return index < (s.round?.players.length ?? 0) ? { type: 'class-select-team', index } : null;
    },
  },
  {
    name: 'class-vote',
    help: 'classVote',
    keyTest: (e) => digit(e) !== null,
    preventDefault: true,
    onceWhileHeld: true,
    when: (s) => classVoting(s) && s.classroom.selectedTeam !== null,
    perform: (s, e) => {
      const choice = s.round?.investigation?.question.choices[(digit(e) ?? 0) - 1];
      return choice ? { type: 'class-vote', choice } : null;
    },
  },
  {
    name: 'class-vote-reveal',
    help: 'reveal',
    keyTest: key('r', 'R'),
    preventDefault: true,
    when: (s) => onPlay(s) && !s.paused && !s.viewer && s.round !== null && canRevealVote(s.round),
    perform: () => ({ type: 'reveal' }),
  },
  // N goes on wherever the focus is; Enter and Space only when no control has it.
  { name: 'next', help: 'next', keyTest: key('n', 'N'), preventDefault: true, when: isShowingFeedback, perform: () => ({ type: 'next' }) },
  {
    name: 'next-enter',
    help: 'next',
    keyTest: key('Enter', ' '),
    yieldsToControls: true,
    preventDefault: true,
    when: isShowingFeedback,
    perform: () => ({ type: 'next' }),
  },
  {
    name: 'reveal',
    help: 'reveal',
    keyTest: key('r', 'R'),
    preventDefault: true,
    when: (s) => onPlay(s) && !s.paused && !s.viewer && s.round?.mode === 'class' && canReveal(s.round),
    perform: () => ({ type: 'reveal' }),
  },
];

function isTyping(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function isControl(target: EventTarget | null): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest('button, a, summary, [role="button"]') !== null;
}

function isInside(target: EventTarget | null, selector: string): boolean {
  return typeof Element !== 'undefined' && target instanceof Element && target.closest(selector) !== null;
}

/** The first shortcut that matches the key, the focus and the state; null when none does. */
export function matchShortcut(event: KeyboardEvent, state: GameState, keymap: readonly Shortcut[] = KEYMAP): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  const typing = isTyping(event.target);
  return (
    keymap.find(
      (shortcut) =>
        shortcut.keyTest(event) &&
        (!typing || shortcut.whileTyping) &&
        !(shortcut.yieldsToControls && isControl(event.target)) &&
        (shortcut.onlyIn === undefined || isInside(event.target, shortcut.onlyIn)) &&
        shortcut.when(state),
    ) ?? null
  );
}

/** The one keydown listener: a paused round and open dialogs (pause, viewer, confirmations) handle their own keys. */
export function listenToKeys(store: GameStore): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (store.state.paused || document.querySelector('dialog[open]')) return;
    const shortcut = matchShortcut(event, store.state);
    if (!shortcut) return;
    if (shortcut.preventDefault) event.preventDefault();
    if (shortcut.onceWhileHeld && event.repeat) return;
    const intent = shortcut.perform(store.state, event);
    if (intent) store.dispatch(intent);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
