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
 * the classroom mode's `resume:~classroom` (its round, apart from every profile) and `classroom:setup`;
 * lessons: `lesson:<id>` (the teacher's lessons), `report:<id>` (class reports), `pupil:lesson` (a pupil's
 * lesson session: code, nickname, result) and `resume:~lesson` (the pupil's lesson round).
 */
import localforage from 'localforage';
import * as v from 'valibot';
import { CLASSROOM_RESUME_SLOT } from '../core/classroom';
import { LESSON_RESUME_SLOT } from '../core/lessons/lesson';
import { migrateDevice, migrateProfile, V0_STORAGE_KEY, type SetAside } from '../core/progress/migrate';
import {
  PROFILE_ID_PATTERN,
  DeviceData as DeviceDataSchema,
  ProfileData as ProfileDataSchema,
  emptyProfileData,
  numberedProfileName,
  sanitizeSettings,
  type DeviceData,
  type ProfileData,
} from '../core/progress/records';
import { keepNewestRounds } from '../core/progress/trim';
import { buildExport, parseImport, type ImportFailure } from '../core/progress/transfer';

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
    getItem: async (key) => store().getItem(key),
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
  | { kind: 'set-aside'; key: string; reason: string }
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
}

export const DEVICE_KEY = 'device';
const PROBE_KEY = 'probe';
export const profileKey = (id: string): string => `profile:${id}`;
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

  private constructor(
    private readonly backend: KeyValueBackend,
    readonly persistent: boolean,
    private readonly browserLanguage: string | undefined,
    private readonly now: () => Date,
    private readonly operationTimeoutMs: number,
  ) {}

  /** Never throws and never hangs for long: whatever happens, the game gets a working storage and a device record. */
  static async open(backend?: KeyValueBackend, browserLanguage?: string, options: GameStorageOptions = {}): Promise<OpenedStorage> {
    const now = options.now ?? (() => new Date());
    const probeTimeoutMs = options.probeTimeoutMs ?? 1500;
    const operationTimeoutMs = options.operationTimeoutMs ?? 5000;
    const inMemory = (): OpenedStorage => {
      const storage = new GameStorage(createMemoryBackend(), false, browserLanguage, now, operationTimeoutMs);
      storage.notify({ kind: 'unavailable' });
      return { storage, device: storage.freshDevice() };
    };
    let candidate: KeyValueBackend;
    try {
      candidate = backend ?? createLocalforageBackend();
      await withTimeout(probe(candidate), probeTimeoutMs);
    } catch {
      return inMemory();
    }
    const storage = new GameStorage(candidate, true, browserLanguage, now, operationTimeoutMs);
    try {
      const device = await withTimeout(storage.loadDevice(), probeTimeoutMs + operationTimeoutMs);
      return { storage, device };
    } catch {
      // Storage that passed the probe but fails on reading: treat it as blocked, rather than risk overwriting what it holds.
      return inMemory();
    }
  }

  /** Returns the notices and forgets them, once the game has taken them. */
  drainNotices(): StorageNotice[] {
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
    const key = profileKey(id);
    let raw: unknown;
    try {
      raw = await this.call(this.backend.getItem(key));
    } catch {
      this.protectedKeys.add(key);
      this.notify({ kind: 'unavailable' });
      return emptyProfileData(id);
    }
    const result = migrateProfile(raw, id);
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

  async saveProfile(data: ProfileData): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(data.profileId)) return false;
    if (!v.is(ProfileDataSchema, data)) return false; // never store what the next start would have to set aside
    return this.save(profileKey(data.profileId), data);
  }

  /** Deletes a profile's progress and its resume point (the game confirms first and updates the list). */
  async deleteProfile(id: string): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(id)) return false;
    if (!(await this.remove(profileKey(id)))) return false;
    await this.remove(resumeKey(id));
    return true;
  }

  /**
   * The round in progress when the page was left, as saved by the round engine (which checks its shape).
   * The slot is a profile id, or CLASSROOM_RESUME_SLOT for the class round.
   */
  async loadResume(slot: string): Promise<unknown | null> {
    return this.loadOpaque(resumeKey(slot));
  }

  async saveResume(slot: string, snapshot: unknown): Promise<boolean> {
    if (slot !== CLASSROOM_RESUME_SLOT && slot !== LESSON_RESUME_SLOT && !PROFILE_ID_PATTERN.test(slot)) return false;
    return this.save(resumeKey(slot), snapshot);
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
    await this.remove(resumeKey(slot));
  }

  /** Everything kept on the device, as the text of an export file: the device record given, and each of its profiles' progress. */
  async exportAll(device: DeviceData, now: Date): Promise<string> {
    const profiles: ProfileData[] = [];
    for (const profile of device.profiles) profiles.push(await this.loadProfile(profile.id));
    return JSON.stringify(buildExport(device, profiles, now), null, 2);
  }

  /**
   * Replaces everything kept on the device (device record, every profile's progress; resumes are
   * dropped) with the file's content. All-or-nothing: the file is validated whole before anything
   * is written, and if a write fails, what was there before is put back.
   */
  async importAll(text: string): Promise<ImportResult> {
    const parsed = parseImport(text);
    if (!parsed.ok) return parsed;
    const { device, profiles } = parsed.data;

    const before = new Map<string, unknown>();
    try {
      for (const key of await this.call(this.backend.keys())) {
        if (key === DEVICE_KEY || key.startsWith('profile:') || key.startsWith('resume:')) {
          before.set(key, await this.call(this.backend.getItem(key)));
        }
      }
    } catch (error) {
      return { ok: false, reason: 'write-failed', detail: `could not read what is stored now, so nothing was changed (${describeError(error)})` };
    }

    const incoming = new Set([DEVICE_KEY, ...profiles.map((p) => profileKey(p.profileId))]);
    try {
      for (const profile of profiles) await this.call(this.backend.setItem(profileKey(profile.profileId), profile));
      for (const key of before.keys()) {
        if (!incoming.has(key)) await this.call(this.backend.removeItem(key));
      }
      // The device record last: until it is written, the old one still describes the old profiles.
      await this.call(this.backend.setItem(DEVICE_KEY, device));
    } catch (error) {
      await this.restore(before, incoming);
      const quota = isQuotaError(error);
      if (quota) this.notify({ kind: 'quota', key: DEVICE_KEY });
      return {
        ok: false,
        reason: quota ? 'quota' : 'write-failed',
        detail: `the import could not be written, what was stored before was put back (${describeError(error)})`,
      };
    }
    this.protectedKeys.clear();
    return { ok: true, profiles: profiles.length, device, data: profiles };
  }

  /** Empties a profile's progress (the game confirms first); the profile and its name stay. */
  async resetProgress(profileId: string): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    await this.remove(resumeKey(profileId));
    this.protectedKeys.delete(profileKey(profileId)); // the player asked for it, even over newer data
    return this.save(profileKey(profileId), emptyProfileData(profileId));
  }

  /**
   * Keeps only the `keep` most recent rounds, to free space (only after the player agrees).
   * Best score and streak and the review cards are kept.
   */
  async trimOldestRounds(profileId: string, keep: number): Promise<boolean> {
    if (!PROFILE_ID_PATTERN.test(profileId)) return false;
    const data = await this.loadProfile(profileId);
    return this.save(profileKey(profileId), keepNewestRounds(data, keep));
  }

  // --- internals ---

  private freshDevice(): DeviceData {
    const result = migrateDevice(null, { now: this.now(), browserLanguage: this.browserLanguage });
    // A null record always migrates; the check keeps the types honest.
    if (!result.ok) throw new Error('unreachable: an empty device record cannot be from a newer version');
    return result.data;
  }

  private async loadDevice(): Promise<DeviceData> {
    let raw = await this.call(this.backend.getItem(DEVICE_KEY));
    let legacy: unknown = null;
    if (raw === null || raw === undefined) {
      legacy = await this.call(this.backend.getItem(V0_STORAGE_KEY));
      raw = legacy;
    }
    const result = migrateDevice(raw, { now: this.now(), browserLanguage: this.browserLanguage });
    if (!result.ok) {
      this.protectedKeys.add(DEVICE_KEY);
      this.notify({ kind: 'newer-version', key: DEVICE_KEY });
      return this.freshDevice();
    }
    let device = result.data;
    const setAsideKept = await this.setAside(legacy === null ? DEVICE_KEY : V0_STORAGE_KEY, result.setAside);

    // Progress whose profile is no longer listed (the device record was lost or damaged): list it again.
    const keys = await this.call(this.backend.keys());
    const listed = new Set(device.profiles.map((p) => p.id));
    const orphans = keys
      .filter((key) => key.startsWith('profile:'))
      .map((key) => key.slice('profile:'.length))
      .filter((id) => PROFILE_ID_PATTERN.test(id) && !listed.has(id))
      .sort();
    for (const id of orphans) {
      const name = numberedProfileName(device.settings.language, device.profiles.length + 1);
      device = { ...device, profiles: [...device.profiles, { id, name, createdAt: this.now().toISOString() }] };
    }
    if (!setAsideKept) return device;
    if (result.changed || orphans.length > 0) {
      if (!(await this.save(DEVICE_KEY, device))) return device;
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

  /** Copies bad parts under a set-aside key and reports them; false when they could not be kept (then the original must stay). */
  private async setAside(key: string, entries: readonly SetAside[]): Promise<boolean> {
    if (entries.length === 0) return true;
    for (const entry of entries) {
      this.notify({ kind: 'set-aside', key, reason: entry.path === '' ? entry.reason : `${entry.path}: ${entry.reason}` });
    }
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

  private notify(notice: StorageNotice): void {
    const same = JSON.stringify(notice);
    if (!this.notices.some((n) => JSON.stringify(n) === same)) this.notices.push(notice);
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

  /** Best effort: remove keys an import added (freeing space first), then put back every value read before it. */
  private async restore(before: ReadonlyMap<string, unknown>, written: ReadonlySet<string>): Promise<void> {
    for (const key of written) {
      if (!before.has(key)) await this.remove(key);
    }
    for (const [key, value] of before) {
      try {
        await this.call(this.backend.setItem(key, value));
      } catch {
        // Keep restoring the others.
      }
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
