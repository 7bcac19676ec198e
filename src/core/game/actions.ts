/**
 * What can happen to the game. Views and the effects module dispatch intents; the store
 * stamps each with the time and a random seed (made in one place, at the edge), so the
 * reducer stays pure and a replay with the same stamps gives the same game.
 */
import type { Category, Half } from '../categories';
import type { ClassSetup } from '../classroom';
import type { ArticleId, ContentBundle } from '../content/schema';
import type { Lesson, LessonSpecInput } from '../lessons';
import type { LmsConfig, QuizLabels } from '../lms';
import type { DeviceData, PlayerSettings, ProfileData, Settings } from '../progress/records';
import type { ImportFailure } from '../progress/transfer';
import type { Confidence, RoundState } from '../round';
import type { ModeName, ModeRules } from './modes';
import type { Durability, NoticeKind, QrCode, Screen } from './state';

/** Added by the store to every intent: when it happened, and a fresh 32-bit seed for anything dealt or named. */
export interface Stamp {
  at: string;
  seed: number;
}

/** A profile's stored progress as read back, with the round it left unfinished (if still playable). */
export interface LoadedProfile {
  id: string;
  data: ProfileData;
  resumable: RoundState | null;
}

export type ImportOutcome =
  | { ok: true; device: DeviceData; profile: LoadedProfile; profileCount: number }
  | { ok: false; reason: ImportFailure | 'quota' | 'write-failed' };

export type GameIntent =
  // navigation and settings
  | { type: 'navigate'; screen: Screen }
  | { type: 'close-screen' }
  /** The browser's (or the phone's) Back: close what is open, else go back one screen; a round under way is kept. */
  | { type: 'back' }
  /** Device fields and the active player's own fields alike (the reducer sends each where it belongs). */
  | { type: 'settings'; patch: Partial<Settings & PlayerSettings> }
  | { type: 'system-motion'; reduced: boolean }
  // a round
  | { type: 'start-round'; mode: 'play' | 'review' /** A fixed deal, in this order (tests, lessons). */; excerptIds?: readonly string[] }
  /** Play a dossier: every excerpt of the article, in the order of the text (career/dossiers.ts). */
  | { type: 'start-dossier'; article: ArticleId }
  | { type: 'choose'; category: Category; playerId?: string }
  /** The two-step choice: its first question, and going back to it. */
  | { type: 'choose-half'; half: Half }
  | { type: 'cancel-half' }
  /** Read the excerpt, its choices, or the verdict aloud (button or L); what the app found of the voices. */
  | { type: 'read-aloud' }
  | { type: 'speech-voices'; available: boolean }
  | { type: 'confidence'; confidence: Confidence }
  | { type: 'cancel-choice' }
  /** The marking step: a word tapped (or Space on it), the keyboard moving from word to word, Enter, "I can't say". */
  | { type: 'toggle-mark'; index: number }
  | { type: 'move-mark'; by: number }
  | { type: 'confirm-marks' }
  | { type: 'skip-marks' }
  | { type: 'reveal' }
  | { type: 'next' }
  | { type: 'pause' }
  | { type: 'unpause' }
  | { type: 'quit-round' }
  | { type: 'toggle-other-language' }
  | { type: 'resume-saved' }
  | { type: 'discard-saved' }
  // the source viewer
  | { type: 'open-viewer'; articleId: ArticleId; focusExcerptId: string | null; showAllAnswers?: boolean }
  | { type: 'close-viewer' }
  // profiles
  | { type: 'create-profile'; name: string }
  | { type: 'start-rename'; id: string }
  | { type: 'cancel-rename' }
  | { type: 'rename-profile'; id: string; name: string }
  | { type: 'switch-profile'; id: string }
  | { type: 'delete-profile'; id: string }
  // the player's data and storage
  | { type: 'export-progress' }
  | { type: 'import-progress'; text: string }
  | { type: 'import-refused'; reason: ImportFailure | 'unreadable' }
  | { type: 'reset-progress' }
  | { type: 'free-space' }
  | { type: 'dismiss-notice'; kind: NoticeKind }
  | { type: 'dismiss-outcome' }
  // the classroom
  | { type: 'class-setup'; setup: ClassSetup }
  | { type: 'class-default-setup'; teamNames: string[] }
  | { type: 'class-new-draw' }
  | { type: 'class-print'; sheet: 'student' | 'key' | null }
  | { type: 'start-class-round'; teamNames: string[] }
  | { type: 'resume-class-round' }
  | { type: 'discard-class-round' }
  | { type: 'export-class-csv'; fileName: string; header: string[]; rows: Array<Array<string | number>>; delimiter: ',' | ';' }
  /** The teacher ends the class round now: the excerpts revealed so far are kept as its results. */
  | { type: 'class-finish-early' }
  /** Keyboard entry: the team whose answer the next 1–4 gives (null: none). */
  | { type: 'class-select-team'; index: number | null }
  | { type: 'class-ranking'; show: boolean }
  /** An investigation played by a class: a team's vote on its synthesis question (the selected team's without `playerId`). */
  | { type: 'class-vote'; choice: string; playerId?: string }
  /** Play a lesson on the projector: the classroom screen deals its excerpts. */
  | { type: 'class-use-lesson'; id: string | null; defaultTeamNames: string[] }
  // lessons, on the teacher's device
  | { type: 'edit-lesson'; id: string | null }
  | { type: 'save-lesson'; id: string | null; name: string; spec: LessonSpecInput }
  | { type: 'open-lesson'; id: string }
  | { type: 'rename-lesson'; id: string; name: string }
  | { type: 'duplicate-lesson'; id: string; name: string }
  | { type: 'delete-lesson'; id: string }
  | { type: 'export-lesson'; id: string }
  | { type: 'import-lesson'; text: string; fallbackName: string }
  | { type: 'add-lesson-code'; code: string; name: string }
  | { type: 'start-collect'; lessonId: string; name: string }
  | { type: 'open-report'; id: string }
  | { type: 'delete-report'; id: string }
  | { type: 'collect-results'; text: string; source: 'paste' | 'file' | 'qr' }
  /** The image file the teacher chose (a photo of a pupil's QR code), opaque to the core. */
  | { type: 'collect-qr-image'; image: object }
  | { type: 'collect-qr-frame'; pixels: { data: Uint8ClampedArray; width: number; height: number } }
  | { type: 'remove-result'; code: string }
  | { type: 'make-qr'; text: string }
  // a pupil on their own device
  | { type: 'open-lesson-link'; code: string; name: string }
  | { type: 'join-lesson'; nickname: string }
  | { type: 'leave-lesson' }
  | { type: 'download-result'; fileName: string; text: string }
  // the school's platform: the key (lessonId null) or a lesson's excerpts as a Moodle quiz, in the words of the game's language
  | { type: 'export-quiz'; format: 'moodle-xml' | 'gift'; lessonId: string | null; labels: QuizLabels }
  /** Inside an LMS: play the package's lesson (or a standard round), or go on with the round the LMS kept (its suspend data). */
  | { type: 'start-lms-round'; config: LmsConfig; suspend: string | null }
  /** A lesson as a SCORM package (pass mark in %, 0 for none); the effects module zips it and says how it went. */
  | { type: 'export-scorm'; lessonId: string; passPercent: number }
  | { type: 'scorm-package-made'; file: string }
  | { type: 'scorm-package-made'; file: null; reason: 'unavailable' | 'failed' }
  // results the effects module reports back
  | { type: 'storage-notices'; kinds: NoticeKind[]; reshowQuota?: boolean }
  | { type: 'profile-loaded'; profile: LoadedProfile; notices: NoticeKind[] }
  | { type: 'profile-deleted'; id: string; ok: boolean; next: LoadedProfile | null; notices: NoticeKind[] }
  | { type: 'progress-exported'; file: string }
  | { type: 'progress-imported'; outcome: ImportOutcome; notices: NoticeKind[] }
  | { type: 'progress-reset'; ok: boolean; notices: NoticeKind[] }
  | { type: 'space-freed'; ok: boolean; notices: NoticeKind[] }
  | { type: 'class-csv-exported'; file: string | null /** The file's code is gone since a new version was deployed. */; stale?: boolean }
  // reliability (issue #16): what other tabs saved, durable storage, finished class rounds kept, updates
  /** The active profile's progress as stored now (another tab's round, or ours written): merged into the state, or taken whole (`replace`, after a reset or trim). */
  | { type: 'profile-synced'; id: string; data: ProfileData; replace?: boolean }
  | { type: 'storage-durability'; status: Durability }
  /** The finished class round kept on the device, shown again. */
  | { type: 'show-class-results' }
  /** A new version of the game is installed and waiting; `apply-update` takes it now. */
  | { type: 'update-ready' }
  | { type: 'apply-update' }
  | { type: 'qr-made'; text: string; qr: QrCode }
  | { type: 'lesson-exported'; file: string }
  | { type: 'qr-not-found' }
  // investigations (#11): open one (or go on with it), classify a passage, on to the question, answer it
  | { type: 'open-investigation'; id: string }
  | { type: 'investigation-classify'; excerptId: string; category: Category }
  | { type: 'investigation-question' }
  /** A relation answer, or a passage's excerpt id (the question's choices). */
  | { type: 'investigation-answer'; answer: string }
  /** The question's n-th choice (keys 1–n), 0-based. */
  | { type: 'investigation-answer-nth'; index: number }
  // the texts, arrived after the menu (#15), or why they could not be read (see content-loading.ts)
  | { type: 'content-loaded'; content: ContentBundle }
  | { type: 'content-failed'; detail: string }
  // a mode's rules, arrived with its screen (#15), or why they could not be loaded (see modes.ts)
  | { type: 'mode-loaded'; rules: ModeRules }
  | { type: 'mode-failed'; mode: ModeName; detail: string };

export type { Lesson };

export type GameAction = GameIntent & Stamp;

/** Stamps an intent; `now` and `random` are the edge's clock and random source (tests pass fixed ones). */
export function stamp(intent: GameIntent, now: () => Date, random: () => number): GameAction {
  return { ...intent, at: now().toISOString(), seed: Math.floor(random() * 0x100000000) >>> 0 };
}
