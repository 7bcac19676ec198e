/** What the classroom screens need from the device's storage, through the shell. */
import type { ClassSetup } from '../core/classroom';
import type { RoundState } from '../core/round';

export interface ClassroomServices {
  /** The unfinished class round kept on this device, checked against today's answer key; null when none. */
  savedRound(): Promise<RoundState | null>;
  discardSavedRound(): Promise<void>;
  /** The teacher's last setup (team nicknames, size, deal); null the first time. */
  loadSetup(): Promise<ClassSetup | null>;
  saveSetup(setup: ClassSetup): Promise<void>;
}
