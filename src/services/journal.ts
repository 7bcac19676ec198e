/**
 * The round journal: a copy of the round in play written synchronously to localStorage at each
 * step (each answer, each reveal, the end), so a tab closed right after a click keeps what the
 * click did even when the IndexedDB write it started never lands. The next start reads it beside
 * the resume record (core/resume.ts picks the furthest copy, and records a finished round the
 * history lacks). A few kilobytes per slot; when localStorage is missing or full it does nothing.
 */
/** Before each slot's name in localStorage (the monkey test reads the journal by it). */
export const JOURNAL_PREFIX = 'fait-ou-propagande:journal:';
const PREFIX = JOURNAL_PREFIX;

export interface Journal {
  write(slot: string, round: unknown): void;
  read(slot: string): unknown | null;
  /** Forgets the slot's copy, only if it is of this round (`roundId`), or any copy when none is given. */
  clear(slot: string, roundId?: string): void;
  clearAll(): void;
}

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createJournal(): Journal {
  return {
    write(slot, round) {
      try {
        local()?.setItem(PREFIX + slot, JSON.stringify(round));
      } catch {
        // Full or blocked: the storage write still runs.
      }
    },
    read(slot) {
      try {
        const text = local()?.getItem(PREFIX + slot);
        return text ? (JSON.parse(text) as unknown) : null;
      } catch {
        return null;
      }
    },
    clear(slot, roundId) {
      try {
        const store = local();
        if (!store) return;
        if (roundId !== undefined) {
          const held = JSON.parse(store.getItem(PREFIX + slot) ?? 'null') as { id?: unknown } | null;
          if (held?.id !== roundId) return;
        }
        store.removeItem(PREFIX + slot);
      } catch {
        // Nothing to clear.
      }
    },
    clearAll() {
      try {
        const store = local();
        if (!store) return;
        for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

/** A journal that keeps nothing (tests, and the Node side). */
export const noJournal: Journal = { write() {}, read: () => null, clear() {}, clearAll() {} };
