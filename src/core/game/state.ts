/**
 * The one state of the game: everything the views and the stage show, from the screen on
 * display to the active profile's progress, the profile list, the storage notices and the
 * classroom setup. Only the reducer changes it; views and the stage read it.
 */
import type { Category, Half } from '../categories';
import type { ClassSetup } from '../classroom';
import type { CareerMoment } from './career';
import type { ArticleId, ContentBundle } from '../content/schema';
import { CONTENT_LOADING, type ContentLoad } from './content-loading';
import { type ModeLoad, type ModeRules, NO_MODES, withModes } from './modes';
import type { CodeFailure, Lesson, LessonSpec, Rejected, ReportRecord } from '../lessons';
import type { ImportFailure } from '../progress/transfer';
import {
  CURRENT_VERSION,
  type DeviceData,
  emptyProfileData,
  localizedProfiles,
  type Profile,
  type ProfileData,
  type Settings,
} from '../progress/records';
import type { RoundState } from '../round';
import type { InvestigationScreen } from './investigations';

export type Screen =
  | 'menu'
  | 'play'
  | 'results'
  // the five articles as dossiers, with their stars (ui/dossiers)
  | 'dossiers'
  | 'settings'
  | 'help'
  | 'sources'
  | 'progress'
  | 'profiles'
  | 'classroom'
  // lessons: the teacher's list, builder and share view, a class report; the pupil's join and result screens; the teachers' guide
  | 'lessons'
  | 'lesson-edit'
  | 'lesson-share'
  | 'report'
  | 'join'
  | 'pupil-result'
  | 'guide'
  | 'voting-cards'
  // investigations (#11): the list, and one investigation on show
  | 'investigations'
  | 'investigation'
  // the investigation board: the clippings of completed dossiers and the strings between them
  | 'board';

/** Screens opened over a round or the menu, closed back to where they came from. */
export const SIDE_SCREENS: readonly Screen[] = ['settings', 'help', 'sources', 'progress', 'profiles', 'guide', 'voting-cards', 'board'];

/** What storage has to tell the player: kept blocked, damaged records set aside, data from a newer game, full. */
export type NoticeKind = 'unavailable' | 'set-aside' | 'newer-version' | 'quota';

export interface ViewerState {
  articleId: ArticleId;
  /** The passage to scroll to and highlight; null to read from the top. */
  focusExcerptId: string | null;
  /** Teacher's switch from the sources library: mark every excerpt with its answer. */
  showAllAnswers: boolean;
}

/** What the last operation of a screen came to, for the status line of that screen. */
export type Outcome =
  | { scope: 'profiles'; kind: 'created' | 'switched' | 'renamed' | 'deleted'; name: string }
  | { scope: 'profiles'; kind: 'failed' }
  | { scope: 'data'; kind: 'exported'; file: string }
  | { scope: 'data'; kind: 'imported'; count: number }
  | { scope: 'data'; kind: 'import-failed'; reason: ImportFailure | 'quota' | 'write-failed' | 'unreadable' }
  | { scope: 'data'; kind: 'reset' | 'reset-failed' }
  | { scope: 'space'; kind: 'freed' | 'still-full' }
  | { scope: 'class-results'; kind: 'exported'; file: string }
  | { scope: 'class-results'; kind: 'export-failed' }
  | { scope: 'class-results'; kind: 'export-stale' };

/** Whether the browser keeps this site's storage under pressure (navigator.storage.persist): unknown until asked. */
export type Durability = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface StorageState {
  /** False when saves cannot reach the device (storage blocked): play goes on in memory. */
  persistent: boolean;
  durability: Durability;
  /** Notices on screen, each kind once, in the order they came. */
  notices: NoticeKind[];
  /** Kinds the player dismissed: not shown again this session (except "storage full" once space was freed). */
  dismissed: NoticeKind[];
}

export interface ClassroomState {
  /** The teacher's setup (team nicknames, size, deal); null until the classroom screen makes the default one. */
  setup: ClassSetup | null;
  /** The class round kept on the device: unfinished (offered again) or finished (its results kept until dismissed). */
  saved: RoundState | null;
  /** A printable sheet on show instead of the setup. */
  printing: 'student' | 'key' | null;
  /** Keyboard entry during a class round: the team whose answer the next 1–4 gives (index in the round's players). */
  selectedTeam: number | null;
  /** The saved setup named an investigation this content no longer derives: it fell back to a draw (class-investigation.ts). */
  notice?: 'investigation-gone';
}

/** A QR code made by the effects module (the views draw it): rows of '1' and '0'. */
export interface QrCode {
  version: number;
  size: number;
  rows: string[];
}

/** A lesson decoded from its code on this device's content. */
export interface OpenLesson {
  code: string;
  name: string;
  spec: LessonSpec;
  checksum: number;
  contentVersion: number;
}

export interface LessonsState {
  /** The teacher's lessons kept on this device, newest first. */
  list: Lesson[];
  /** The lesson in the builder (null: a new one) or on the share screen. */
  editingId: string | null;
  openId: string | null;
  /** Class reports kept on this device (the teacher's history), newest first. */
  reports: ReportRecord[];
  openReportId: string | null;
  /** What the last "Collect results" came to: how many were added, and each line refused with its reason. */
  collect: { added: number; rejected: Rejected[]; source: 'paste' | 'file' | 'qr' } | null;
  /** QR codes made so far, by the text they hold. */
  qr: Record<string, QrCode>;
  /** Why a lesson code or link could not be opened (the join screen says it). */
  joinError: CodeFailure | 'missing-excerpts' | null;
  /** The last operation on the lesson list, for its status line. */
  status:
    | { kind: 'saved' | 'deleted' | 'duplicated' | 'added'; name: string }
    | { kind: 'exported'; file: string }
    | { kind: 'import-failed'; reason: CodeFailure | 'not-a-lesson-file' }
    | { kind: 'packaging' }
    | { kind: 'package-failed'; reason: 'unavailable' | 'failed' }
    | null;
}

/** A pupil playing a lesson on their own device: the lesson, the nickname they gave, and their result code once done. */
export interface PupilState {
  lesson: OpenLesson;
  nickname: string | null;
  result: string | null;
}

export interface GameState {
  screen: Screen;
  /** Where Settings/Help/Sources/Progress/Profiles return to when closed. */
  returnTo: Screen;
  settings: Settings;
  /** The system's prefers-reduced-motion, which the 'system' motion setting follows. */
  systemReducedMotion: boolean;
  round: RoundState | null;
  paused: boolean;
  /** The other language of the excerpt is shown (EN: the French original; FR: the English translation). */
  showOtherLanguage: boolean;
  /** Category chosen, waiting for the clue marks and "how sure are you?". */
  pendingChoice: Category | null;
  /** The two-step choice's first answer (checkable, or someone's view): the finer choice is between its two categories. */
  choiceHalf: Half | null;
  /** The device's speech voices, as the app found them: reading aloud needs one. */
  voices: 'unknown' | 'available' | 'none';
  /** "No voice on this device" was said once (on the first excerpt since): the read-aloud button stays hidden. */
  noVoiceTold: boolean;
  /**
   * Words marked as the clue (indices of excerptWords): the player's before the answer is given,
   * or in class the words the class proposes, before the reveal.
   */
  marks: number[];
  /** The word the keyboard is on in the marking step. */
  markCursor: number;
  /** The marks are confirmed (Enter) or skipped ("I can't say"): the certainty question has the focus. */
  marksDone: boolean;
  /** Best score before the current round began, to tell a new record. */
  bestBeforeRound: number;
  /** A saved unfinished round of the active profile, which the player may resume. */
  resumable: RoundState | null;
  /** The source viewer, open over the current screen; the round under it does not move. */
  viewer: ViewerState | null;
  /** The profiles of this device, in the order they were created. */
  profiles: Profile[];
  activeProfileId: string;
  /** The active profile's progress: rounds, review cards, bests. */
  profile: ProfileData;
  /** The profile whose rename field is open on the Profiles screen. */
  renamingProfileId: string | null;
  storage: StorageState;
  classroom: ClassroomState;
  /** What the last operation came to (a profile created, a file imported…), for its screen's status line. */
  outcome: Outcome | null;
  /** An operation on stored data is under way: its buttons wait. */
  busy: boolean;
  /** A new version of the game is installed, waiting for the player to take it. */
  updateReady: boolean;
  lessons: LessonsState;
  pupil: PupilState | null;
  /** The investigation on the investigation screen (#11); its progress is also kept in the profile. */
  investigation: InvestigationScreen | null;
  /** What the last finished round changed in the career (a rank, a dossier's stars): see careerMoment(). */
  careerMoment: CareerMoment | null;
  /** The texts (articles, excerpts, explanations): null until they arrive, after the menu (#15). */
  content: ContentBundle | null;
  /** While they load: the intents waiting for them, or why they could not be read. */
  contentLoad: ContentLoad;
  /** The rules of the modes that load with their screens, and the intents waiting for them (modes.ts). */
  modes: ModeLoad;
}

/** What the game starts from: read from storage at boot (or defaults). */
export interface BootData {
  device: DeviceData;
  profile?: ProfileData;
  resumable?: RoundState | null;
  persistent?: boolean;
  notices?: readonly NoticeKind[];
  classSetup?: ClassSetup | null;
  classSaved?: RoundState | null;
  systemReducedMotion?: boolean;
  lessons?: Lesson[];
  reports?: ReportRecord[];
  pupil?: PupilState | null;
  /** The pupil's lesson round left unfinished: play goes straight back to it. */
  pupilRound?: RoundState | null;
  /** The texts when they are already here (tests); the game starts without them. */
  content?: ContentBundle | null;
  /** Modes' rules already here (tests; a start straight into a mode registers its rules by `mode-loaded`). */
  modes?: readonly ModeRules[];
}

export function initialGameState(boot: BootData): GameState {
  const { device } = boot;
  const pupilRound = boot.pupil && !boot.pupil.result && boot.pupilRound?.lesson?.code === boot.pupil.lesson.code ? boot.pupilRound : null;
  return {
    screen: pupilRound ? 'play' : 'menu',
    returnTo: 'menu',
    settings: device.settings,
    systemReducedMotion: boot.systemReducedMotion ?? false,
    round: pupilRound,
    paused: false,
    showOtherLanguage: false,
    pendingChoice: null,
    choiceHalf: null,
    voices: 'unknown',
    noVoiceTold: false,
    marks: [],
    markCursor: 0,
    marksDone: false,
    bestBeforeRound: boot.profile?.bestScore ?? 0,
    resumable: boot.resumable ?? null,
    viewer: null,
    profiles: [...localizedProfiles(device.profiles, device.settings.language)],
    activeProfileId: device.activeProfileId,
    profile: boot.profile ?? emptyProfileData(device.activeProfileId),
    renamingProfileId: null,
    storage: { persistent: boot.persistent ?? true, durability: 'unknown', notices: [...new Set(boot.notices ?? [])], dismissed: [] },
    classroom: { setup: boot.classSetup ?? null, saved: boot.classSaved ?? null, printing: null, selectedTeam: null },
    outcome: null,
    busy: false,
    updateReady: false,
    lessons: {
      list: sortNewest(boot.lessons ?? []),
      editingId: null,
      openId: null,
      reports: sortNewest(boot.reports ?? []),
      openReportId: null,
      collect: null,
      qr: {},
      joinError: null,
      status: null,
    },
    pupil: boot.pupil ?? null,
    investigation: null,
    careerMoment: null,
    content: boot.content ?? null,
    contentLoad: CONTENT_LOADING,
    modes: withModes(NO_MODES, boot.modes ?? []),
  };
}

/** The device record as storage keeps it: settings, profiles and which one is active. */
export function deviceRecord(state: Pick<GameState, 'settings' | 'profiles' | 'activeProfileId'>): DeviceData {
  return { version: CURRENT_VERSION, settings: state.settings, profiles: state.profiles, activeProfileId: state.activeProfileId };
}

/** The state as a round starts on the play screen: every per-answer field of the last round reset. */
export function startPlaying(state: GameState, round: RoundState): GameState {
  return {
    ...state,
    screen: 'play',
    returnTo: 'menu',
    round,
    paused: false,
    pendingChoice: null,
    choiceHalf: null,
    marks: [],
    markCursor: 0,
    marksDone: false,
    showOtherLanguage: false,
    bestBeforeRound: state.profile.bestScore,
    outcome: null,
  };
}

/** Lessons and reports, the most recently changed first. */
export function sortNewest<T extends { updatedAt: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
}
