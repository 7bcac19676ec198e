import { describe, expect, it } from 'vitest';
import { CLASSROOM_RESUME_SLOT } from '../../../src/core/classroom';
import {
  CURRENT_VERSION,
  type DeviceData,
  defaultPlayerSettings,
  defaultSettings,
  emptyProfileData,
  type ProfileData,
  type RoundRecord,
} from '../../../src/core/progress/records';
import { GameStorage, createLocalforageBackend, createMemoryBackend, isQuotaError, type KeyValueBackend } from '../../../src/services/storage';

const now = new Date('2025-03-01T09:00:00.000Z');
const options = { now: () => now, probeTimeoutMs: 50, operationTimeoutMs: 200 };
const open = (backend?: KeyValueBackend, language?: string) => GameStorage.open(backend, language, options);

/** The device record with one more profile (the game state adds it; storage only keeps the record). */
const withProfile = (device: DeviceData, id: string, name: string): DeviceData => ({
  ...device,
  profiles: [...device.profiles, { id, name, createdAt: now.toISOString() }],
});

async function dump(backend: KeyValueBackend): Promise<Record<string, unknown>> {
  const entries: [string, unknown][] = [];
  for (const key of (await backend.keys()).sort()) entries.push([key, await backend.getItem(key)]);
  return Object.fromEntries(entries);
}

type Method = keyof KeyValueBackend;
/** Wraps a backend; `fail` decides, per call, whether to throw (and what). */
function faulty(inner: KeyValueBackend, fail: (method: Method, key?: string) => unknown): KeyValueBackend {
  const run = async <T>(method: Method, key: string | undefined, call: () => Promise<T>): Promise<T> => {
    const error = fail(method, key);
    if (error) throw error;
    return call();
  };
  return {
    getItem: (key) => run('getItem', key, () => inner.getItem(key)),
    setItem: (key, value) => run('setItem', key, () => inner.setItem(key, value)),
    removeItem: (key) => run('removeItem', key, () => inner.removeItem(key)),
    keys: () => run('keys', undefined, () => inner.keys()),
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const round = (id: string, startedAt: string, score: number, bestStreak = 1): RoundRecord => ({
  id,
  mode: 'play',
  startedAt,
  endedAt: startedAt,
  score,
  bestStreak,
  answers: [{ excerptId: '000-01', articleId: '000', expected: 'opinion', answered: 'propaganda', confidence: 'sure', at: startedAt }],
});

const progress = (profileId: string, rounds: RoundRecord[] = [round('r1', '2025-02-01T10:00:00.000Z', 40, 3)]): ProfileData => ({
  version: CURRENT_VERSION,
  profileId,
  rounds,
  leitner: { '000-01': { box: 1, due: '2025-02-01T10:00:00.000Z', rightInARow: 0, retired: false } },
  bestScore: Math.max(0, ...rounds.map((r) => r.score)),
  bestStreak: Math.max(0, ...rounds.map((r) => r.bestStreak)),
  settings: { ...defaultPlayerSettings(), textSize: 'xlarge' },
});

describe('GameStorage on working storage', () => {
  it('starts a fresh device with one profile, in the browser language, and keeps it', async () => {
    const backend = createMemoryBackend();
    const { storage, device } = await open(backend, 'en-GB');
    expect(storage.persistent).toBe(true);
    expect(storage.notices).toEqual([]);
    expect(device.settings).toEqual(defaultSettings('en'));
    expect(device.profiles).toEqual([{ id: 'default', name: 'Profile 1', createdAt: now.toISOString() }]);
    expect(device.activeProfileId).toBe('default');
    expect(await backend.getItem('device')).toEqual(device);
    expect(await backend.getItem('probe')).toBeNull();
  });

  it('keeps settings, profiles, progress and a resume point across restarts', async () => {
    const backend = createMemoryBackend();
    const { storage: first, device } = await open(backend);
    const ben = { id: 'ben', name: 'Benoît' };
    const changed = { ...withProfile(device, ben.id, ben.name), settings: { ...device.settings, roundSize: 20 as const, muted: true } };
    expect(await first.saveDevice({ ...changed, activeProfileId: ben.id })).toBe(true);
    expect(await first.saveProfile(progress(ben.id))).toBe(true);
    expect(await first.saveResume(ben.id, { round: 'r9', index: 3 })).toBe(true);

    const { storage: second, device: again } = await open(backend);
    expect(second.notices).toEqual([]);
    expect(again.settings).toMatchObject({ roundSize: 20, muted: true });
    expect(again.profiles.map((p) => p.name)).toEqual(['Profil 1', 'Benoît']);
    expect(again.activeProfileId).toBe(ben.id);
    expect(await second.loadProfile(ben.id)).toEqual(progress(ben.id));
    expect(await second.loadResume(ben.id)).toEqual({ round: 'r9', index: 3 });
    await second.clearResume(ben.id);
    expect(await second.loadResume(ben.id)).toBeNull();
  });

  it('keeps the class round and setup apart from every profile', async () => {
    const backend = createMemoryBackend();
    const { storage } = await open(backend);
    expect(await storage.saveResume('default', { solo: true })).toBe(true);
    expect(await storage.saveResume(CLASSROOM_RESUME_SLOT, { class: true })).toBe(true);
    expect(await storage.saveClassroomSetup({ teamNames: ['A', 'B'] })).toBe(true);
    await storage.clearResume(CLASSROOM_RESUME_SLOT);
    const { storage: again, device } = await open(backend);
    expect(await again.loadResume('default')).toEqual({ solo: true });
    expect(await again.loadResume(CLASSROOM_RESUME_SLOT)).toBeNull();
    expect(await again.loadClassroomSetup()).toEqual({ teamNames: ['A', 'B'] });
    // Not a profile: no orphan progress is listed for it.
    expect(device.profiles.map((p) => p.id)).toEqual(['default']);
  });

  it('refuses what it should not store, without throwing', async () => {
    const { storage, device } = await open(createMemoryBackend());
    expect(await storage.saveProfile({ ...progress('default'), bestScore: Number.NaN })).toBe(false);
    expect(await storage.saveProfile(progress('not a key!'))).toBe(false);
    // A device record the next start would have to repair: an active profile that is not listed, an unnamed one.
    expect(await storage.saveDevice({ ...device, activeProfileId: 'nobody' })).toBe(false);
    expect(await storage.saveDevice(withProfile(device, 'x', '   '))).toBe(false);
    expect(await storage.saveResume('not a key!', {})).toBe(false);
    expect(await storage.loadProfile('default')).toEqual(emptyProfileData('default'));
  });

  it('deletes a profile with its progress and resume point, and nobody else’s', async () => {
    const backend = createMemoryBackend();
    const { storage } = await open(backend);
    await storage.saveProfile(progress('default'));
    await storage.saveResume('default', { x: 1 });
    await storage.saveProfile(progress('other'));
    expect(await storage.deleteProfile('default')).toBe(true);
    expect(await backend.getItem('profile:default')).toBeNull();
    expect(await backend.getItem('resume:default')).toBeNull();
    expect(await backend.getItem('profile:other')).toEqual(progress('other'));
    // Its progress could not be removed: false, so the game keeps the profile listed.
    const stuck = faulty(backend, (method, key) => (method === 'removeItem' && key === 'profile:other' ? new Error('locked') : undefined));
    expect(await (await open(stuck)).storage.deleteProfile('other')).toBe(false);
  });

  it('resets a profile’s progress and trims the oldest rounds, keeping bests and review cards', async () => {
    const backend = createMemoryBackend();
    const { storage } = await open(backend);
    const rounds = [
      round('old', '2025-01-01T10:00:00.000Z', 90, 7),
      round('new', '2025-01-03T10:00:00.000Z', 20, 1),
      round('mid', '2025-01-02T10:00:00.000Z', 30, 2),
    ];
    await storage.saveProfile(progress('default', rounds));
    expect(await storage.trimOldestRounds('default', 2)).toBe(true);
    const trimmed = await storage.loadProfile('default');
    expect(trimmed.rounds.map((r) => r.id)).toEqual(['mid', 'new']);
    expect(trimmed).toMatchObject({ bestScore: 90, bestStreak: 7 });
    expect(Object.keys(trimmed.leitner)).toEqual(['000-01']);

    await storage.saveResume('default', { x: 1 });
    expect(await storage.resetProgress('default')).toBe(true);
    expect(await storage.loadProfile('default')).toMatchObject({ rounds: [], leitner: {}, bestScore: 0 });
    expect(await storage.loadResume('default')).toBeNull();
    expect(((await backend.getItem('device')) as DeviceData).profiles.map((p) => p.id)).toEqual(['default']);
  });

  it('migrates the v0 pre-release record into the device and the first profile, once', async () => {
    const backend = createMemoryBackend({ save: { bestScore: 120, settings: { lang: 'en', mute: true } } });
    const { storage, device } = await open(backend);
    expect(storage.notices).toEqual([]);
    expect(device.settings).toMatchObject({ language: 'en', muted: true });
    expect(await storage.loadProfile(device.activeProfileId)).toMatchObject({ bestScore: 120, rounds: [] });
    expect(await backend.getItem('save')).toBeNull();
    expect(await backend.getItem('device')).toEqual(device);
  });

  it('lists again progress whose profile the device record lost', async () => {
    const backend = createMemoryBackend({ 'profile:kid2': progress('kid2') });
    const { storage, device } = await open(backend);
    expect(device.profiles.map((p) => p.id)).toEqual(['default', 'kid2']);
    expect(await storage.loadProfile('kid2')).toEqual(progress('kid2'));
  });
});

describe('GameStorage when storage is blocked', () => {
  it('plays in memory when every call throws, and says so once', async () => {
    const broken = faulty(createMemoryBackend(), () => new DOMException('The operation is insecure.', 'SecurityError'));
    const { storage, device } = await open(broken, 'fr-FR');
    expect(storage.persistent).toBe(false);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
    // Everything still works for this session.
    expect(await storage.saveProfile(progress('default'))).toBe(true);
    expect(await storage.loadProfile('default')).toEqual(progress('default'));
    expect(await storage.saveDevice(withProfile(device, 'ana', 'Ana'))).toBe(true);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('plays in memory when storage never answers (probe time-out)', async () => {
    const hanging: KeyValueBackend = {
      getItem: () => new Promise(() => {}),
      setItem: () => new Promise(() => {}),
      removeItem: () => new Promise(() => {}),
      keys: () => new Promise(() => {}),
    };
    const started = Date.now();
    const { storage } = await open(hanging);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(storage.persistent).toBe(false);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('plays in memory when storage passes the probe but cannot be read', async () => {
    const backend = createMemoryBackend({ device: { precious: true } });
    const { storage } = await open(
      faulty(backend, (method, key) => (method === 'getItem' && key === 'device' ? new Error('read error') : undefined)),
    );
    expect(storage.persistent).toBe(false);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
    expect(await backend.getItem('device')).toEqual({ precious: true });
  });

  it('plays in memory when every write is refused for quota (old Safari private mode)', async () => {
    const { storage } = await open(faulty(createMemoryBackend(), (method) => (method === 'setItem' ? quotaError() : undefined)));
    expect(storage.persistent).toBe(false);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('falls back to memory with the real localforage adapter in Node (no IndexedDB, no localStorage)', async () => {
    const { storage, device } = await GameStorage.open(createLocalforageBackend('test-db'), 'en', { ...options, probeTimeoutMs: 500 });
    expect(storage.persistent).toBe(false);
    expect(storage.notices).toEqual([{ kind: 'unavailable' }]);
    expect(device.settings.language).toBe('en');
  });
});

describe('GameStorage when storage is full', () => {
  it('recognises quota errors across browsers', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new Error('disk on fire'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('returns false and reports quota once per key, keeping play going; other failures return false quietly', async () => {
    let full = false;
    let otherFailure = false;
    const backend = createMemoryBackend();
    const { storage, device } = await open(
      faulty(backend, (method) => {
        if (method !== 'setItem') return undefined;
        if (full) return quotaError();
        if (otherFailure) return new Error('transaction aborted');
        return undefined;
      }),
    );
    expect(storage.persistent).toBe(true);
    full = true;
    expect(await storage.saveProfile(progress('default'))).toBe(false);
    expect(await storage.saveProfile(progress('default'))).toBe(false);
    expect(await storage.saveDevice({ ...device, settings: { ...device.settings, muted: true } })).toBe(false);
    expect(storage.notices).toEqual([
      { kind: 'quota', key: 'profile:default' },
      { kind: 'quota', key: 'device' },
    ]);
    expect(storage.drainNotices()).toHaveLength(2);
    expect(storage.notices).toEqual([]);

    full = false;
    otherFailure = true;
    expect(await storage.saveResume('default', { x: 1 })).toBe(false);
    expect(storage.notices).toEqual([]);

    otherFailure = false;
    expect(await storage.saveProfile(progress('default'))).toBe(true);
    expect(await backend.getItem('profile:default')).toEqual(progress('default'));
  });
});

describe('GameStorage with damaged data', () => {
  it('starts with garbage under every key, setting each bad record aside instead of deleting it', async () => {
    const garbage = {
      device: '\u0000garbage',
      'profile:default': 12345,
      'resume:default': 'half a snapshot',
      save: ['not', 'v0'],
    };
    const backend = createMemoryBackend(garbage);
    const { storage, device } = await open(backend);
    expect(storage.persistent).toBe(true);
    expect(device.profiles.map((p) => p.id)).toEqual(['default']);
    expect(storage.notices).toEqual([{ kind: 'set-aside', key: 'device', reason: expect.stringContaining('not a record'), count: 1 }]);

    expect(await storage.loadProfile('default')).toMatchObject({ rounds: [], bestScore: 0 });
    expect(storage.notices).toContainEqual({ kind: 'set-aside', key: 'profile:default', reason: expect.stringContaining('not a record'), count: 1 });
    // The resume snapshot is opaque here: the round engine checks it.
    expect(await storage.loadResume('default')).toBe('half a snapshot');

    const stored = await dump(backend);
    expect(stored[`set-aside:device:${now.toISOString()}`]).toMatchObject({ key: 'device', entries: [{ path: '', value: garbage.device }] });
    expect(stored[`set-aside:profile:default:${now.toISOString()}`]).toMatchObject({ entries: [{ value: 12345 }] });
    // Repaired records were written back, so the next start is clean.
    const { storage: again } = await open(backend);
    expect(again.notices).toEqual([]);
    await again.loadProfile('default');
    expect(again.notices).toEqual([]);
  });

  it('keeps the valid rounds and cards of a partly damaged profile and sets aside the rest', async () => {
    const good = progress('default', [round('a', '2025-01-01T10:00:00.000Z', 10), round('b', '2025-01-02T10:00:00.000Z', 20)]);
    const damaged = {
      ...good,
      rounds: [good.rounds[0], { id: 'broken', score: 'NaN' }, good.rounds[1]],
      leitner: { ...good.leitner, '000-09': { box: 'one' } },
    };
    const backend = createMemoryBackend({ 'profile:default': damaged });
    const { storage } = await open(backend);
    const loaded = await storage.loadProfile('default');
    expect(loaded.rounds.map((r) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(loaded.leitner)).toEqual(['000-01']);
    // One notice for the record, counting its two bad entries; each kept with where it was.
    expect(storage.notices).toEqual([{ kind: 'set-aside', key: 'profile:default', reason: expect.stringContaining('[1]'), count: 2 }]);
    const setAside = await backend.getItem(`set-aside:profile:default:${now.toISOString()}`);
    expect(setAside).toMatchObject({
      entries: [
        { path: 'rounds', value: [{ at: 1, value: { id: 'broken', score: 'NaN' } }] },
        { path: 'leitner', value: [{ at: '000-09', value: { box: 'one' } }] },
      ],
    });
    expect(await backend.getItem('profile:default')).toEqual(loaded);
  });

  it('keeps the damaged original when its bad parts cannot be set aside (nothing is lost)', async () => {
    const damaged = { ...progress('default'), rounds: [{ id: 'broken' }] };
    const backend = createMemoryBackend({ 'profile:default': damaged });
    const { storage } = await open(
      faulty(backend, (method, key) => (method === 'setItem' && key?.startsWith('set-aside:') ? quotaError() : undefined)),
    );
    expect((await storage.loadProfile('default')).rounds).toEqual([]);
    expect(await storage.saveProfile(progress('default'))).toBe(false);
    expect(await backend.getItem('profile:default')).toEqual(damaged);
    expect(storage.notices).toContainEqual({ kind: 'quota', key: expect.stringMatching(/^set-aside:profile:default:/) });
  });

  it('never overwrites records from a newer version of the game', async () => {
    const newerDevice = { version: CURRENT_VERSION + 1, settings: { theme: 'dark' }, profiles: [{ id: 'x' }] };
    const newerProfile = { version: CURRENT_VERSION + 1, profileId: 'default', rounds: 'compressed' };
    const backend = createMemoryBackend({ device: newerDevice, 'profile:default': newerProfile });
    const { storage, device } = await open(backend);
    expect(storage.notices).toEqual([{ kind: 'newer-version', key: 'device' }]);
    expect(device.profiles.map((p) => p.id)).toEqual(['default']);
    expect(await storage.saveDevice({ ...device, settings: { ...device.settings, muted: true } })).toBe(false);
    expect(await storage.loadProfile('default')).toMatchObject({ rounds: [] });
    expect(storage.notices).toContainEqual({ kind: 'newer-version', key: 'profile:default' });
    expect(await storage.saveProfile(progress('default'))).toBe(false);
    expect(await dump(backend)).toEqual({ device: newerDevice, 'profile:default': newerProfile });
  });
});

describe('GameStorage export and import', () => {
  async function filledStorage(): Promise<{ backend: KeyValueBackend; storage: GameStorage; device: DeviceData }> {
    const backend = createMemoryBackend();
    const opened = await open(backend, 'en');
    const { storage } = opened;
    const device = withProfile(opened.device, 'kid', 'Kid');
    await storage.saveDevice(device);
    await storage.saveProfile(progress('default'));
    await storage.saveProfile(progress('kid', [round('k1', '2025-02-03T10:00:00.000Z', 15)]));
    await storage.saveResume('kid', { at: 2 });
    return { backend, storage, device };
  }

  it('exports everything and imports it back on another device', async () => {
    const { storage, device } = await filledStorage();
    const file = await storage.exportAll(device, now);
    const target = createMemoryBackend();
    const { storage: other } = await open(target);
    const result = await other.importAll(file);
    expect(result).toMatchObject({ ok: true, profiles: 2, device });
    for (const profile of device.profiles) {
      expect(await other.loadProfile(profile.id)).toEqual(await storage.loadProfile(profile.id));
    }
    const reopened = await open(target);
    expect(reopened.device).toEqual(device);
  });

  it('replaces what was there: profiles not in the file and resume points go', async () => {
    const { storage: source, device: sourceDevice } = await filledStorage();
    const file = await source.exportAll(sourceDevice, now);
    const backend = createMemoryBackend();
    const { storage, device } = await open(backend);
    await storage.saveDevice(withProfile(device, 'stray', 'Stray'));
    await storage.saveProfile(progress('stray'));
    await storage.saveResume('default', { at: 1 });
    expect((await storage.importAll(file)).ok).toBe(true);
    // The import wrote a new generation of records and pointed to it; the old generation is gone.
    const pointer = (await backend.getItem('pointer')) as { generation: string };
    const keys = (await backend.keys()).sort();
    expect(keys).toEqual(
      ['pointer', ...['device', ...sourceDevice.profiles.map((p) => `profile:${p.id}`)].map((k) => `${pointer.generation}/${k}`)].sort(),
    );
  });

  it('changes nothing for a file that is not JSON, not an export, newer, or invalid', async () => {
    const { backend, storage, device } = await filledStorage();
    const before = await dump(backend);
    const valid = JSON.parse(await storage.exportAll(device, now)) as Record<string, unknown>;
    const files: [string, string][] = [
      ['{oops', 'not-json'],
      [JSON.stringify({ hello: 'world' }), 'not-an-export'],
      [JSON.stringify({ ...valid, version: CURRENT_VERSION + 1 }), 'newer-version'],
      [JSON.stringify({ ...valid, profiles: [...(valid.profiles as unknown[]).slice(0, 1), { broken: true }] }), 'invalid'],
    ];
    for (const [text, reason] of files) {
      const result = await storage.importAll(text);
      expect(result).toMatchObject({ ok: false, reason });
      expect(await dump(backend)).toEqual(before);
    }
  });

  it('puts back what was there when a write fails half-way', async () => {
    const { backend, storage, device } = await filledStorage();
    const file = JSON.parse(await storage.exportAll(device, now)) as { profiles: ProfileData[] };
    // An import with different progress, so a half-done write would show.
    for (const p of file.profiles) p.rounds = [];
    const before = await dump(backend);
    let writes = 0;
    for (const [error, reason] of [
      [quotaError(), 'quota'],
      [new Error('transaction aborted'), 'write-failed'],
    ] as const) {
      writes = 0;
      const { storage: flaky } = await open(faulty(backend, (method) => (method === 'setItem' && ++writes === 3 && error) || undefined));
      writes = 0;
      const result = await flaky.importAll(JSON.stringify(file));
      expect(result).toMatchObject({ ok: false, reason });
      expect(await dump(backend)).toEqual(before);
    }
  });
});
