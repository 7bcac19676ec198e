/**
 * What the reducer asks the outside world to do. The app's effects module carries each out
 * (storage, sound, i18n, downloads) and dispatches what came of it back as an action;
 * announcements are said by the view's live region.
 */
import type { ClassSetup } from '../classroom';
import type { InvestigationsRecord } from '../investigations/record';
import type { Lesson, ReportRecord } from '../lessons';
import type { PlayerSettings, ProfileData, Settings } from '../progress/records';
import type { RoundState, Turn } from '../round';
import type { ModeName } from './modes';

export const SOUND_NAMES = ['select', 'right', 'wrong', 'round-end'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

export type GameEffect =
  | { type: 'sound'; name: SoundName }
  | { type: 'announce-excerpt'; excerptId: string; index: number; total: number }
  | { type: 'announce-verdict'; turn: Turn }
  | { type: 'announce-results' }
  /** Read aloud what is on show (see core/read-aloud.ts), at the player's rate; a later one replaces it. */
  | { type: 'read-aloud' }
  /** Settings changed: keep the device record and follow the language. */
  | { type: 'save-settings'; settings: Settings }
  /** The active profile's own settings changed (Settings screen): keep them in its record, whatever another tab saved there. */
  | { type: 'save-player-settings'; profileId: string; settings: PlayerSettings; at: string }
  /** The profile list or the active profile changed: keep the device record. */
  | { type: 'save-device' }
  | { type: 'save-resume'; round: RoundState }
  /** `slot: 'classroom'` clears the class round's save, `'lesson'` the pupil's lesson round; without it, the active profile's. */
  | { type: 'clear-resume'; slot?: 'classroom' | 'lesson' }
  /** A solo round ended: `profile` is the progress with it recorded, to keep. */
  | { type: 'round-finished'; round: RoundState; profile: ProfileData }
  | { type: 'load-profile'; id: string }
  /** Remove a profile's data, then load `next` (the profile that becomes active), if any. */
  | { type: 'delete-profile'; id: string; next: string | null }
  | { type: 'export-progress' }
  | { type: 'import-progress'; text: string }
  | { type: 'reset-progress'; profileId: string }
  /** Trim the stored history to `keep` rounds, then save `profile` and the unfinished `round`. */
  | { type: 'free-space'; profileId: string; keep: number; profile: ProfileData; round: RoundState | null }
  | { type: 'save-class-setup'; setup: ClassSetup }
  | { type: 'export-class-csv'; fileName: string; header: string[]; rows: Array<Array<string | number>>; delimiter: ',' | ';' }
  /** Take the new version of the game that is waiting (reloads the page). */
  | { type: 'apply-update' }
  // lessons (keys lesson:<id>, report:<id>, pupil:lesson, and the pupil's round in resume:~lesson)
  | { type: 'save-lesson'; lesson: Lesson }
  | { type: 'delete-lesson'; id: string }
  | { type: 'export-lesson'; fileName: string; text: string }
  | { type: 'save-report'; report: ReportRecord }
  | { type: 'delete-report'; id: string }
  /** The pupil's session (lesson code, nickname, result), or null to forget it. */
  | { type: 'save-pupil'; pupil: { code: string; name: string; nickname: string | null; result: string | null } | null }
  | { type: 'make-qr'; text: string }
  | { type: 'read-qr-image'; image: object }
  | { type: 'read-qr-frame'; pixels: { data: Uint8ClampedArray; width: number; height: number } }
  | { type: 'download-text'; fileName: string; text: string; mime: string }
  /** A lesson as a SCORM 1.2 package: the built game's files zipped with these settings and manifest (made in the browser). */
  /** The profile's investigations (the one unfinished, the results): kept in its stored progress. */
  | { type: 'save-investigations'; profileId: string; record: InvestigationsRecord }
  /** Load a mode's rules (modes.ts); the app dispatches `mode-loaded` (or `mode-failed`). */
  | { type: 'load-mode'; mode: ModeName }
  | { type: 'make-scorm-package'; fileName: string; lms: string; title: string; identifier: string; passPercent: number | null };
