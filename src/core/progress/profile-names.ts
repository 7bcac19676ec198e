/** Checking a profile name before it is stored, so the UI can say what is wrong. */
import { PROFILE_NAME_MAX_LENGTH, type Profile } from './records';
import { comparableName, graphemeCount, sliceGraphemes } from './text';

export type ProfileNameProblem = 'empty' | 'too-long' | 'taken';

/** Names compare without case or accents: "Léa" and "lea" on one tablet would be mixed up. */
const comparable = comparableName;

/** Null when the name can be used; `exceptId` is the profile being renamed (it may keep its own name). */
export function profileNameProblem(name: string, profiles: readonly Profile[], exceptId?: string): ProfileNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (graphemeCount(trimmed) > PROFILE_NAME_MAX_LENGTH) return 'too-long';
  const wanted = comparable(trimmed);
  if (profiles.some((p) => p.id !== exceptId && comparable(p.name) === wanted)) return 'taken';
  return null;
}

/** The name as kept: trimmed, at most PROFILE_NAME_MAX_LENGTH characters; null when nothing is left. */
export function cleanProfileName(name: string): string | null {
  const clean = sliceGraphemes(name.trim(), PROFILE_NAME_MAX_LENGTH).trim();
  return clean === '' ? null : clean;
}

/** Whether two names would be taken for the same person (see profileNameProblem). */
export function sameProfileName(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}
