/**
 * What the Progress and Profiles screens and the storage notices ask of the shell, which owns
 * storage. Every change it makes is followed by a store dispatch, so views re-render from it.
 */
import type { Profile, ProfileData } from '../core/progress/records';
import type { ImportResult, StorageNotice } from '../services/storage';

export type NoticeKind = StorageNotice['kind'];

export interface ProgressServices {
  /** The active profile's progress as last loaded or saved (a new object after each change). */
  profileData(): ProfileData;
  /** The profiles of this device, in the order they were created. */
  profiles(): readonly Profile[];
  /** Creates a profile and makes it the active one; null when the name cannot be used. */
  createProfile(name: string): Promise<Profile | null>;
  renameProfile(id: string, name: string): Promise<boolean>;
  /** Makes the profile active and loads its progress, due count, best score and resume offer. */
  switchProfile(id: string): Promise<boolean>;
  /** Deletes a profile and its progress (the view confirms first). */
  deleteProfile(id: string): Promise<boolean>;
  /** Everything kept on this device, as the text of a JSON file, with a suggested file name. */
  exportProgress(): Promise<{ fileName: string; text: string }>;
  /** Replaces everything kept on this device with the file's content, all or nothing. */
  importProgress(text: string): Promise<ImportResult>;
  /** Empties the active profile's progress (the view confirms first). */
  resetProgress(): Promise<boolean>;
  /** Rounds a trim would delete now (0: nothing to free). */
  roundsFreedByTrim(): number;
  /** Only after the player agreed: deletes the oldest half of the history, then saves again. */
  freeSpace(): Promise<boolean>;
  dismissNotice(kind: NoticeKind): void;
  /** Called when the notices to show change; returns the unsubscribe function. */
  onNoticesChange(listener: () => void): () => void;
}
