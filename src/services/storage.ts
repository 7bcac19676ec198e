/**
 * Storage on the device: the only module that imports localforage. Everything it reads goes
 * through the migrations in src/core/progress, so play always starts with valid data:
 * - storage blocked or hanging (private browsing, IndexedDB disabled): play on in memory,
 *   with one {kind:'unavailable'} notice so the UI can say progress will not be kept;
 * - damaged records: valid parts kept, bad parts copied under `set-aside:<key>:<time>` and reported;
 * - records from a newer version of the game: left untouched (never downgraded), defaults in memory;
 * - a failed save returns false (with a {kind:'quota'} notice when storage is full): play goes on.
 *
 * Keys: `device`, `profile:<id>`, `resume:<id>`, `set-aside:<key>:<ISO time>`, and `save` (v0, migrated once);
 * `legacy:player-settings`, the player settings a v1 device record held for everyone, kept for its
 * profiles still stored in v1 (each takes them when it is first read, see migrate.ts);
 * the classroom mode's `resume:~classroom` (its round, apart from every profile) and `classroom:setup`;
 * lessons: `lesson:<id>` (the teacher's lessons), `report:<id>` (class reports), `pupil:lesson` (a pupil's
 * lesson session: code, nickname, result) and `resume:~lesson` (the pupil's lesson round).
 */
import localforage from 'localforage';
import * as v from 'valibot';
import { CLASSROOM_RESUME_SLOT } from '../core/classroom';
import { LESSON_RESUME_SLOT } from '../core/lessons/lesson';
import {
  legacyPlayerSettings,
  type MigrationResult,
  migrateDevice,
  migrateProfile,
  profileNeedsInheritedSettings,
  type SetAside,
  V0_STORAGE_KEY,
} from '../core/progress/migrate';
import {
  PROFILE_ID_PATTERN,
  DeviceData as DeviceDataSchema,
  ProfileData as ProfileDataSchema,
  emptyProfileData,
  isPlainObject,
  numberedProfileName,
  type PlayerSettings,
  sanitizePlayerSettings,
  sanitizeSettings,
  type DeviceData,
  type ProfileData,
} from '../core/progress/records';
import { type InvestigationsRecord, mergeInvestigations } from '../core/investigations/record';
import { appendRoundRecord, mergeProfileData } from '../core/progress/merge';
import type { RoundRecord } from '../core/progress/records';
import { keepNewestRounds } from '../core/progress/trim';
import type { ImportFailure } from '../core/progress/transfer';

/** A record that is there but that the driver cannot decode (localStorage holds it as text): `raw` is that text. */
export class DamagedRecordError extends Error {
  override name = 'DamagedRecordError';
  constructor(readonly raw: unknown) {
    super('the stored record cannot be decoded');
  }
}

export interface KeyValueBackend {
  /** Resolves null (or undefined) for a missing key. */
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown): Promise<void>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export const DATABASE_NAME = 'fait-ou-propagande';

/** IndexedDB first, localStorage when IndexedDB is missing. Failures surface as rejected promises. */
export function createLocalforageBackend(name: string = DATABASE_NAME): KeyValueBackend {
  let instance: LocalForage | null = null;
  // Created on first use, so that a browser that throws on touching IndexedDB rejects a call instead of throwing here.
  const store = (): LocalForage =>
    (instance ??= localforage.createInstance({
      name,
      storeName: 'progress',
      driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
      description: 'Fait ou propagande ? — progress kept on this device',
    }));
  return {
    getItem: async (key) => {
      try {
        return await store().getItem(key);
      } catch (error) {
        // localforage's localStorage driver stores text and parses it back: a truncated value throws
        // a SyntaxError. Hand the raw text over, so it is set aside and the key can be written again.
        if (error instanceof SyntaxError && store().driver() === localforage.LOCALSTORAGE) {
          let raw: string | null = null;
          try {
            raw = globalThis.localStorage?.getItem(`${name}/progress/${key}`) ?? null;
          } catch {
            // The text could not be read either; it is set aside as missing.
          }
          throw new DamagedRecordError(raw);
        }
        throw error;
      }
    },
    setItem: async (key, value) => {
      await store().setItem(key, value);
    },
    removeItem: async (key) => store().removeItem(key),
    keys: async () => store().keys(),
  };
}

/** Values are copied in and out, like IndexedDB does, so a caller can never change what is stored by mistake. */
export function createMemoryBackend(initial: Record<string, unknown> = {}): KeyValueBackend {
  const items = new Map<string, unknown>(Object.entries(initial).map(([key, value]) => [key, copy(value)]));
  return {
    getItem: async (key) => (items.has(key) ? copy(items.get(key)) : null),
    setItem: async (key, value) => {
      items.set(key, copy(value));
    },
    removeItem: async (key) => {
      items.delete(key);
    },
    keys: async () => [...items.keys()],
  };
}

function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

export type StorageNotice =
  | { kind: 'unavailable' }
  /** One notice per damaged record, however many bad entries it held (`count` of them). */
  | { kind: 'set-aside'; key: string; reason: string; count: number }
  | { kind: 'newer-version'; key: string }
  | { kind: 'quota'; key: string };

export type ImportResult =
  | { ok: true; profiles: number; device: DeviceData; data: ProfileData[] }
  | { ok: false; reason: ImportFailure | 'quota' | 'write-failed'; detail: string };

export interface GameStorageOptions {
  /** The clock, for set-aside keys and new profiles (tests pass a fixed one). */
  now?: () => Date;
  /** How long the start-up probe may take before storage counts as unavailable. */
  probeTimeoutMs?: number;
  /** How long any later read or write may take before it counts as failed. */
  operationTimeoutMs?: number;
  /** Runs a task holding a lock of this name (tests and browsers without Web Locks get an in-page one). */
  lock?: LockRunner;
}

export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const pageLocks = new Map<string, Promise<unknown>>();
/** One lock per name within this page (or this Node process), for browsers without Web Locks. */
function pageLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = pageLocks.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  pageLocks.set(name, settled);
  void settled.then(() => {
    if (pageLocks.get(name) === settled) pageLocks.delete(name);
  });
  return run;
}

/**
 * Web Locks where the browser has them (every tab of this origin waits for the holder); the
 * in-page lock otherwise. Without Web Locks, two tabs can still interleave a read and a write,
 * but each records a round by appending to what it just read, and tells the other tab (see
 * app/cross-tab.ts), so the window is a few milliseconds and the next save puts a lost round back.
 */
export function defaultLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  type Locks = { request(name: string, options: { signal?: AbortSignal }, task: () => Promise<T>): Promise<T> };
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  if (!locks?.request) return pageLock(name, task);
  // Never wait for ever: a lock held by a tab that froze (or a page kept in the back-forward cache)
  // must not stop this one. After LOCK_WAIT_MS the task runs unlocked, still appending to what it reads.
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), LOCK_WAIT_MS) : undefined;
  return locks
    .request(`fait-ou-propagande:${name}`, controller ? { signal: controller.signal } : {}, () => {
      clearTimeout(timer);
      return task();
    })
    .catch((error: unknown) => {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return pageLock(name, task);
      throw error;
    });
}

const LOCK_WAIT_MS = 3000;

/** Whether the browser will keep this site's storage under pressure (`navigator.storage`), without asking. */
export async function storageDurability(ask: boolean): Promise<'granted' | 'denied' | 'unsupported'> {
  const manager = (globalThis.navigator as { storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } } | undefined)
    ?.storage;
  if (!manager?.persisted || !manager.persist) return 'unsupported';
  try {
    if (await manager.persisted()) return 'granted';
    if (!ask) return 'denied';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export const DEVICE_KEY = 'device';
const PROBE_KEY = 'probe';
/** Which generation of the scoped records is current (absent: the unprefixed keys). Written last by an import: its commit. */
export const POINTER_KEY = 'pointer';
const SCOPED = /^(?:([A-Za-z0-9-]+)\/)?(device|profile:.*|resume:.*)$/;
export const profileKey = (id: string): string => `profile:${id}`;
/** The player settings of a v1 device, for its profiles still in v1 (not scoped: an import brings only current profiles). */
export const LEGACY_PLAYER_SETTINGS_KEY = 'legacy:player-settings';
export const resumeKey = (id: string): string => `resume:${id}`;
export const setAsideKey = (key: string, at: Date): string => `set-aside:${key}:${at.toISOString()}`;
/** The teacher's last classroom setup (team nicknames, size, deal), kept so printed sheets match the round. */
export const CLASSROOM_SETUP_KEY = 'classroom:setup';
export const lessonKey = (id: string): string => `lesson:${id}`;
export const reportKey = (id: string): string => `report:${id}`;
/** A pupil's lesson session on their own device. */
export const PUPIL_KEY = 'pupil:lesson';
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** QuotaExceededError across browsers: the name (Chrome, Safari), legacy code 22, Firefox's 1014. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (typeof name === 'string' && name.includes('Quota')) || code === 22 || code === 1014;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer from storage within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Write, read back and remove a throwaway value: a store that cannot do all three is not storage. */
async function probe(backend: KeyValueBackend): Promise<void> {
  const token = `probe-${Date.now()}-${Math.random()}`;
  await backend.setItem(PROBE_KEY, token);
  const read = await backend.getItem(PROBE_KEY);
  await backend.removeItem(PROBE_KEY);
  if (read !== token) throw new Error('storage did not give back what was written');
}

export interface OpenedStorage {
  storage: GameStorage;
  /** The device record as stored (migrated, repaired), or a fresh one: the game's settings and profiles start from it. */
  device: DeviceData;
}

/**
 * The device's storage as a repository: it reads and writes records, and keeps no copy of what
 * they hold (the game state owns settings, profiles and progress). It remembers only what it
 * learnt of storage itself: keys it must not overwrite, and notices for the player.
 */
export class GameStorage {
  readonly notices: StorageNotice[] = [];
  /** Keys this session must not overwrite on its own: data from a newer version, or that could not be read or set aside. */
  private readonly protectedKeys = new Set<string>();

  /** The current generation of the scoped records ('' for the unprefixed keys). */
  private generation = '';
  private readonly noticed = new Set<string>();

  private constructor(
    private readonly backend: KeyValueBackend,
    readonly persistent: boolean,
    private readonly browserLanguage: string | undefined,
    private readonly now: () => Date,
    private readonly operationTimeoutMs: number,
    private readonly lock: LockRunner = defaultLock,
  ) {}

  /** A scoped record's key in the current generation. */
  private scoped(key: string, generation = this.generation): string {
    return generation === '' ? key : `${generation}/${key}`;
  }

  /** Never throws and never hangs for long: whatever happens, the game gets a working storage and a device record. */
  static async open(backend?: KeyValueBackend, browserLanguage?: string, options: GameStorageOptions = {}): Promise<OpenedStorage> {
    const now = options.now ?? (() => new Date());
    // Long enough for a working store that is busy (another tab closing in the middle of a long write
    // holds it for a few seconds on an old machine), short enough that a store that never answers
    // (some private modes) still lets the game start soon, in memory.
    const probeTimeoutMs = options.probeTimeoutMs ?? 4000;
    const operationTimeoutMs = options.operationTimeoutMs ?? 5000;
    const inMemory = (): OpenedStorage => {
      const storage = new GameStorage(createMemoryBackend(), false, browserLanguage, now, operationTimeoutMs, options.lock);
      storage.notify({ kind: 'unavailable' });
      return { storage, device: storage.freshDevice() };
    };
    let candidate: KeyValueBackend;
    let full = false;
    try {
      candidate = backend ?? createLocalforageBackend();
      await withTimeout(probe(candidate), probeTimeoutMs);
    } catch (error) {
      // Full is not blocked: what is kept can still be read, and the player is told it is full. A store
      // refusing every write while holding nothing of ours is a private mode with no quota (old Safari):
      // nothing to read, nothing will be kept, which is what "unavailable" says.
      if (!isQuotaError(error)) return inMemory();
      candidate = backend ?? createLocalforageBackend();
      const ours = await withTimeout(candidate.keys(), probeTimeoutMs).then(
        (keys) => keys.some((key) => key === POINTER_KEY || SCOPED.test(key)),
        () => false,
      );
      if (!ours) return inMemory();
      full = true;
    }
    const storage = new GameStorage(candidate, true, browserLanguage, now, operationTimeoutMs, options.lock);
    if (full) storage.notify({ kind: 'quota', key: PROBE_KEY });
    try {
      await withTimeout(storage.readPointer(), probeTimeoutMs + operationTimeoutMs);
      const device = await withTimeout(storage.loadDevice(), probeTimeoutMs + operationTimeoutMs);
      if (!full) await storage.removeStaleGenerations();
      return { storage, device };
    } catch {
      // Storage that passed the probe but fails on reading: treat it as blocked, rather than risk overwriting what it holds.
      return inMemory();
    }
  }

  private async readPointer(): Promise<void> {
    const pointer = await this.call(this.backend.getItem(POINTER_KEY)).catch((error: unknown) => {
      if (error instanceof DamagedRecordError) return null;
      throw error;
    });
    const generation = isPlainObject(pointer) && typeof pointer.generation === 'string' ? pointer.generation : '';
    this.generation = /^[A-Za-z0-9-]{0,40}$/.test(generation) ? generation : '';
  }

  /** Removes scoped records of any generation but the current one: what a finished import replaced, or a failed one staged. */
  private async removeStaleGenerations(): Promise<void> {
    let keys: string[];
    try {
      keys = await this.call(this.backend.keys());
    } catch {
      return;
    }
    for (const key of keys) {
      const match = SCOPED.exec(key);
      if (match && (match[1] ?? '') !== this.generation) await this.remove(key);
    }
  }

  /** Returns the notices and forgets them, once the game has taken them. */
  drainNotices(): StorageNotice[] {
    this.noticed.clear();
    return this.notices.splice(0, this.notices.length);
  }

  /** Keeps the device record (settings, profiles, which is active); settings are sanitised field by field. */
  async saveDevice(device: DeviceData): Promise<boolean> {
    const record: DeviceData = { ...device, settings: sanitizeSettings(device.settings, this.browserLanguage) };
    if (!v.is(DeviceDataSchema, record)) return false; // never store what the next start would have to set aside
    return this.save(DEVICE_KEY, record);
  }

  /** The profile's progress, migrated and repaired; empty when there is none or it cannot be read. */
  async loadProfile(id: string): Promise<ProfileData> {
    const key = this.scoped(profileKey(id));
    let raw: unknown;
    let damaged: SetAside | null = null;
    try {
      raw = await this.call(this.backend.getItem(key));
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) {
        this.protectedKeys.add(key);
        this.notify({ kind: 'unavailable' });
        return emptyProfileData(id);
      }
      damaged = { path: '', reason: 'the record could not be decoded (cut short?)', value: error.raw };
      raw = error.raw;
    }
    const inherited = !damaged && profileNeedsInheritedSettings(raw) ? await this.inheritedSettings() : undefined;
    const result = damaged
      ? { ...(migrateProfile(null, id) as Extract<MigrationResult<ProfileData>, { ok: true }>), setAside: [damaged], changed: true }
      : migrateProfile(raw, id, { inherited });
    if (!result.ok) {
      this.protectedKeys.add(key);
      this.notify({ kind: 'newer-version', key });
      return emptyProfileData(id);
    }
    if (await this.setAside(key, result.setAside)) {
      if (result.changed && raw !== null && raw !== undefined) await this.save(key, result.data);
    }
    return result.data;
  }

  /**
   * Keeps the player's own settings in their profile as stored, under the profile's lock (another
   * tab's rounds stay); a later change already stored (another tab's) wins. The progress as now stored, or null.
   */
  async savePlayerSettings(profileId: string, settings: PlayerSettings, at: string): Promise<ProfileData | null> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return null;
    return this.lock(profileKey(profileId), async () => {
      const stored = await this.loadProfile(profileId);
      if ((stored.settingsAt ?? '') > at) return stored;
      const next: ProfileData = { ...stored, settings: sanitizePlayerSettings(settings), settingsAt: at };
      return (await this.saveProfile(next)) ? next : null;
    });
  }

  async saveProfile(data: ProfileData): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(data.profileId)) return false;
    if (!v.is(ProfileDataSchema, data)) return false; // never store what the next start would have to set aside
    return this.save(this.scoped(profileKey(data.profileId)), data);
  }

  /**
   * Records a finished round into the profile as stored, holding the profile's lock: what another
   * tab saved meanwhile is kept, and a round already recorded is not recorded twice. Returns the
   * progress as now stored (null when it could not be saved).
   */
  async recordRound(profileId: string, record: RoundRecord): Promise<ProfileData | null> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return null;
    return this.lock(profileKey(profileId), async () => {
      const stored = await this.loadProfile(profileId);
      const next = appendRoundRecord(stored, record);
      if (next === stored) return stored;
      return (await this.saveProfile(next)) ? next : null;
    });
  }

  /**
   * Keeps a profile's investigations (#11) in its stored progress, holding the profile's lock: the
   * rounds another tab recorded meanwhile stay, and the two copies of the investigations are merged.
   */
  async saveInvestigations(profileId: string, record: InvestigationsRecord): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    return this.lock(profileKey(profileId), async () => {
      const stored = await this.loadProfile(profileId);
      const { results } = mergeInvestigations(stored.investigations, record) ?? record;
      // This tab's step is the newest: what it has unfinished (or not) wins over the stored copy.
      const investigations = record.current ? { current: record.current, results } : { results };
      return this.saveProfile({ ...stored, investigations });
    });
  }

  /** Deletes a profile's progress and its resume point (the game confirms first and updates the list). */
  async deleteProfile(id: string): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(id)) return false;
    if (!(await this.remove(this.scoped(profileKey(id))))) return false;
    await this.remove(this.scoped(resumeKey(id)));
    return true;
  }

  /**
   * The round in progress when the page was left, as saved by the round engine (which checks its shape).
   * The slot is a profile id, CLASSROOM_RESUME_SLOT for the class round or LESSON_RESUME_SLOT for a pupil's lesson.
   */
  async loadResume(slot: string): Promise<unknown | null> {
    return this.loadOpaque(this.scoped(resumeKey(slot)));
  }

  async saveResume(slot: string, snapshot: unknown): Promise<boolean> {
    if (slot !== CLASSROOM_RESUME_SLOT && slot !== LESSON_RESUME_SLOT && !PROFILE_ID_PATTERN.test(slot)) return false;
    return this.save(this.scoped(resumeKey(slot)), snapshot);
  }

  /** The classroom setup as saved (core/classroom.ts checks its shape), or null. */
  async loadClassroomSetup(): Promise<unknown | null> {
    return this.loadOpaque(CLASSROOM_SETUP_KEY);
  }

  async saveClassroomSetup(setup: unknown): Promise<boolean> {
    return this.save(CLASSROOM_SETUP_KEY, setup);
  }

  /** Every record stored under `prefix:<id>` (lessons, reports), as stored: core/lessons checks each one's shape. */
  async loadRecords(prefix: 'lesson' | 'report'): Promise<unknown[]> {
    let keys: string[];
    try {
      keys = await this.call(this.backend.keys());
    } catch {
      return [];
    }
    const records: unknown[] = [];
    for (const key of keys.filter((k) => k.startsWith(`${prefix}:`)).sort()) {
      const value = await this.loadOpaque(key);
      if (value !== null) records.push(value);
    }
    return records;
  }

  async saveLesson(id: string, lesson: unknown): Promise<boolean> {
    return RECORD_ID.test(id) ? this.save(lessonKey(id), lesson) : false;
  }

  async deleteLesson(id: string): Promise<boolean> {
    return RECORD_ID.test(id) ? this.remove(lessonKey(id)) : false;
  }

  async saveReport(id: string, report: unknown): Promise<boolean> {
    return RECORD_ID.test(id) ? this.save(reportKey(id), report) : false;
  }

  async deleteReport(id: string): Promise<boolean> {
    return RECORD_ID.test(id) ? this.remove(reportKey(id)) : false;
  }

  async loadPupil(): Promise<unknown | null> {
    return this.loadOpaque(PUPIL_KEY);
  }

  /** The pupil's session, or null to forget it (the pupil left the lesson). */
  async savePupil(pupil: unknown | null): Promise<boolean> {
    return pupil === null ? this.remove(PUPIL_KEY) : this.save(PUPIL_KEY, pupil);
  }

  async clearResume(slot: string): Promise<void> {
    await this.remove(this.scoped(resumeKey(slot)));
  }

  /** Everything kept on the device, as the text of an export file: the device record given, and each of its profiles' progress. */
  async exportAll(device: DeviceData, now: Date): Promise<string> {
    const profiles: ProfileData[] = [];
    for (const profile of device.profiles) profiles.push(await this.loadProfile(profile.id));
    // The export's format is read only when the player exports or imports (never before the menu).
    const { buildExport } = await import('../core/progress/transfer');
    // Compact: a full profile is about 2 MB this way, so what a device holds fits the import limit.
    return JSON.stringify(buildExport(device, profiles, now));
  }

  /**
   * Replaces everything kept on the device (device record, every profile's progress; resumes are
   * dropped) with the file's content, all or nothing. The file is validated whole first; the new
   * records are written under a new generation of keys, the old ones untouched; one write of the
   * pointer then switches to them (the commit); only after that are the old records removed.
   * A failure before the commit leaves the stored data as it was (the staged records are removed,
   * now or at the next start), so "nothing was changed" is true; no rollback needs a write.
   */
  async importAll(text: string): Promise<ImportResult> {
    const { parseImport } = await import('../core/progress/transfer');
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    const { device, profiles } = parsed.data;
    const previous = this.generation;
    let generation = `g${this.now().getTime().toString(36)}`;
    if (generation === previous) generation = `${generation}-1`;
    const staged = [...profiles.map((p) => this.scoped(profileKey(p.profileId), generation)), this.scoped(DEVICE_KEY, generation)];

    try {
      for (const profile of profiles) await this.call(this.backend.setItem(this.scoped(profileKey(profile.profileId), generation), profile));
      await this.call(this.backend.setItem(this.scoped(DEVICE_KEY, generation), device));
      await this.call(this.backend.setItem(POINTER_KEY, { generation, at: this.now().toISOString() }));
    } catch (error) {
      // The pointer write may have landed although it reported a failure (a time-out): then the import is done.
      const landed = await this.call(this.backend.getItem(POINTER_KEY)).then(
        (pointer) => isPlainObject(pointer) && pointer.generation === generation,
        () => null,
      );
      if (landed !== true) {
        // Unknown (the read failed too): leave the staged records for the next start to tidy, never risk the pointer's target.
        if (landed === false) for (const key of staged) await this.remove(key);
        const quota = isQuotaError(error);
        if (quota) this.notify({ kind: 'quota', key: DEVICE_KEY });
        return {
          ok: false,
          reason: quota ? 'quota' : 'write-failed',
          detail: `the import could not be written; nothing stored was changed (${describeError(error)})`,
        };
      }
    }
    this.generation = generation;
    this.protectedKeys.clear();
    // The old generation is no longer read: removing it frees space, and what a failure leaves is removed at the next start.
    await this.removeStaleGenerations();
    return { ok: true, profiles: profiles.length, device, data: profiles };
  }

  /** Empties a profile's progress (the game confirms first); the profile and its name stay. */
  async resetProgress(profileId: string): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    return this.lock(profileKey(profileId), async () => {
      await this.remove(this.scoped(resumeKey(profileId)));
      const stored = await this.loadProfile(profileId);
      this.protectedKeys.delete(this.scoped(profileKey(profileId))); // the player asked for it, even over newer data
      // Progress goes; the player's own settings stay.
      const empty = emptyProfileData(profileId, stored.settings);
      return this.save(this.scoped(profileKey(profileId)), stored.settingsAt ? { ...empty, settingsAt: stored.settingsAt } : empty);
    });
  }

  /**
   * Keeps only the `keep` most recent rounds, to free space (only after the player agrees).
   * Best score and streak and the review cards are kept.
   */
  async trimOldestRounds(profileId: string, keep: number): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    return this.lock(profileKey(profileId), async () => {
      const data = await this.loadProfile(profileId);
      return this.save(this.scoped(profileKey(profileId)), keepNewestRounds(data, keep));
    });
  }

  /**
   * Frees space (after the player agreed): trims what is stored first, so there is room, then
   * keeps the game's progress (with the round that did not fit) merged with what is stored,
   * trimmed the same way. Holds the profile's lock throughout.
   */
  async freeSpace(profileId: string, keep: number, profile: ProfileData): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    return this.lock(profileKey(profileId), async () => {
      const key = this.scoped(profileKey(profileId));
      const stored = await this.loadProfile(profileId);
      await this.save(key, keepNewestRounds(stored, keep));
      const next = keepNewestRounds(mergeProfileData(profile, stored), keep);
      return v.is(ProfileDataSchema, next) && this.save(key, next);
    });
  }

  // --- internals ---

  private inherited: Promise<PlayerSettings | undefined> | null = null;

  /** What a v1 profile takes: its device's player settings from v1 (read once), or the defaults when there were none. */
  private inheritedSettings(): Promise<PlayerSettings | undefined> {
    this.inherited ??= this.call(this.backend.getItem(LEGACY_PLAYER_SETTINGS_KEY)).then(
      (value) => (isPlainObject(value) ? sanitizePlayerSettings(value) : undefined),
      () => undefined,
    );
    return this.inherited;
  }

  private freshDevice(): DeviceData {
    const result = migrateDevice(null, { now: this.now(), browserLanguage: this.browserLanguage });
    // A null record always migrates; the check keeps the types honest.
    if (!result.ok) throw new Error('unreachable: an empty device record cannot be from a newer version');
    return result.data;
  }

  private async loadDevice(): Promise<DeviceData> {
    const deviceKey = this.scoped(DEVICE_KEY);
    let raw: unknown;
    let damaged: SetAside | null = null;
    try {
      raw = await this.call(this.backend.getItem(deviceKey));
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) throw error;
      damaged = { path: '', reason: 'the record could not be decoded (cut short?)', value: error.raw };
      raw = null;
    }
    let legacy: unknown = null;
    if (!damaged && (raw === null || raw === undefined) && this.generation === '') {
      legacy = await this.call(this.backend.getItem(V0_STORAGE_KEY)).catch(() => null);
      raw = legacy;
    }
    const migrated = migrateDevice(raw, { now: this.now(), browserLanguage: this.browserLanguage });
    const result = damaged && migrated.ok ? { ...migrated, setAside: [damaged, ...migrated.setAside], changed: true } : migrated;
    if (!result.ok) {
      this.protectedKeys.add(deviceKey);
      this.notify({ kind: 'newer-version', key: deviceKey });
      return this.freshDevice();
    }
    let device = result.data;
    const setAsideKept = await this.setAside(legacy === null ? deviceKey : V0_STORAGE_KEY, result.setAside);
    // A v1 device held the player settings for everyone: kept for its profiles before the device record loses them.
    const handedOn = legacyPlayerSettings(raw);
    if (handedOn) {
      this.inherited = Promise.resolve(handedOn);
      // Not kept: the device record stays in v1 too, and the next start tries again.
      if (!(await this.save(LEGACY_PLAYER_SETTINGS_KEY, handedOn))) return device;
    }

    // Progress whose profile is no longer listed (the device record was lost or damaged): list it again.
    const keys = await this.call(this.backend.keys());
    const listed = new Set(device.profiles.map((p) => p.id));
    const prefix = this.scoped('profile:');
    const orphans = keys
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length))
      .filter((id) => PROFILE_ID_PATTERN.test(id) && !listed.has(id))
      .sort();
    for (const id of orphans) {
      const name = numberedProfileName(device.settings.language, device.profiles.length + 1);
      device = { ...device, profiles: [...device.profiles, { id, name, createdAt: this.now().toISOString() }] };
    }
    if (!setAsideKept) return device;
    if (result.changed || orphans.length > 0) {
      if (!(await this.save(deviceKey, device))) return device;
    }
    if (legacy !== null) {
      // The pre-release record also held the best score: it becomes the first profile's progress.
      const firstId = device.profiles[0]?.id;
      const profile = migrateProfile(legacy, firstId);
      if (firstId === undefined || !profile.ok || keys.includes(profileKey(firstId))) return device;
      if (await this.save(profileKey(firstId), profile.data)) await this.remove(V0_STORAGE_KEY);
    }
    return device;
  }

  /** Copies bad parts under a set-aside key and reports them, once per record; false when they could not be kept (then the original must stay). */
  private async setAside(key: string, entries: readonly SetAside[]): Promise<boolean> {
    if (entries.length === 0) return true;
    const first = entries[0] as SetAside;
    const count = entries.reduce((n, e) => n + (Array.isArray(e.value) && e.path !== '' ? e.value.length : 1), 0);
    this.notify({ kind: 'set-aside', key, reason: first.path === '' ? first.reason : `${first.path}: ${first.reason}`, count });
    const at = this.now();
    const kept = await this.write(setAsideKey(key, at), { key, at: at.toISOString(), entries });
    if (!kept) this.protectedKeys.add(key);
    return kept;
  }

  private async loadOpaque(key: string): Promise<unknown | null> {
    try {
      return (await this.call(this.backend.getItem(key))) ?? null;
    } catch {
      return null;
    }
  }

  /** Each notice once until the game takes them: a set of what is waiting, so many notices cost no more than one each. */
  private notify(notice: StorageNotice): void {
    const same = notice.kind === 'set-aside' ? `set-aside:${notice.key}` : JSON.stringify(notice);
    if (this.noticed.has(same)) return;
    this.noticed.add(same);
    this.notices.push(notice);
  }

  private call<T>(promise: Promise<T>): Promise<T> {
    return withTimeout(promise, this.operationTimeoutMs);
  }

  /** A save the game makes on its own: never over protected data. */
  private async save(key: string, value: unknown): Promise<boolean> {
    if (this.protectedKeys.has(key)) return false;
    return this.write(key, value);
  }

  private async write(key: string, value: unknown): Promise<boolean> {
    try {
      await this.call(this.backend.setItem(key, value));
      return true;
    } catch (error) {
      if (isQuotaError(error)) this.notify({ kind: 'quota', key });
      return false;
    }
  }

  private async remove(key: string): Promise<boolean> {
    try {
      await this.call(this.backend.removeItem(key));
      return true;
    } catch {
      return false;
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
