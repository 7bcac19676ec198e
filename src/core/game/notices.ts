/** Storage notices: each kind shown once, unless the player dismissed it. */
import type { NoticeKind, StorageState } from './state';

/**
 * Adds the kinds storage reported. `reshowQuota`: a save that mattered (a finished round) failed
 * for want of space, so "storage full" is shown again even if it was dismissed before.
 */
export function mergeNotices(storage: StorageState, kinds: readonly NoticeKind[], reshowQuota = false): StorageState {
  const dismissed = reshowQuota && kinds.includes('quota') ? storage.dismissed.filter((k) => k !== 'quota') : storage.dismissed;
  const added = [...new Set(kinds)].filter((kind) => !storage.notices.includes(kind) && !dismissed.includes(kind));
  if (added.length === 0 && dismissed === storage.dismissed) return storage;
  return { ...storage, notices: [...storage.notices, ...added], dismissed };
}

export function dismissNotice(storage: StorageState, kind: NoticeKind): StorageState {
  if (!storage.notices.includes(kind) && storage.dismissed.includes(kind)) return storage;
  return { ...storage, notices: storage.notices.filter((k) => k !== kind), dismissed: [...new Set([...storage.dismissed, kind])] };
}

/** Space was freed: "storage full" is solved, and a later one is news again. */
export function quotaSolved(storage: StorageState): StorageState {
  return { ...storage, notices: storage.notices.filter((k) => k !== 'quota'), dismissed: storage.dismissed.filter((k) => k !== 'quota') };
}
