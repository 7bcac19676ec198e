/** Storage that must lose nothing (issue #16): imports on failing storage, many bad entries, storage full from the start, two tabs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeviceData, ProfileData, RoundRecord } from '../../../src/core/progress/records';
import { buildExport } from '../../../src/core/progress/transfer';
import { createMemoryBackend, GameStorage, type KeyValueBackend } from '../../../src/services/storage';
import { deviceWithProfiles, roundRecord } from '../arbitraries';

const now = new Date('2025-03-01T09:00:00.000Z');
const options = { now: () => now, probeTimeoutMs: 50, operationTimeoutMs: 200 };
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Writes (setItem and removeItem) fail from the `from`-th one on, once `armed`. */
function failingFrom(inner: KeyValueBackend, from: number, error: () => unknown) {
  const state = { armed: false, writes: 0 };
  const write = async <T>(call: () => Promise<T>): Promise<T> => {
    if (state.armed && ++state.writes >= from) throw error();
    return call();
  };
  const backend: KeyValueBackend = {
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => write(() => inner.setItem(key, value)),
    removeItem: (key) => write(() => inner.removeItem(key)),
    keys: () => inner.keys(),
  };
  return { backend, state };
}

/** What a fresh start reads from a backend: the device record and each of its profiles' progress. */
async function logical(backend: KeyValueBackend): Promise<{ device: DeviceData; profiles: ProfileData[] }> {
  const { storage, device } = await GameStorage.open(backend, 'fr', options);
  const profiles: ProfileData[] = [];
  for (const profile of device.profiles) profiles.push(await storage.loadProfile(profile.id));
  return { device, profiles };
}

async function seeded(data: { device: DeviceData; profiles: ProfileData[] }): Promise<KeyValueBackend> {
  const backend = createMemoryBackend();
  const { storage } = await GameStorage.open(backend, 'fr', options);
  const file = JSON.stringify(buildExport(data.device, data.profiles, now));
  const result = await storage.importAll(file);
  if (!result.ok) throw new Error(`seeding failed: ${result.detail}`);
  return backend;
}

describe('an import on storage whose writes fail from the k-th on (case 2)', () => {
  it('leaves stored data as it was, or imports the file whole, and says which', async () => {
    await fc.assert(
      fc.asyncProperty(deviceWithProfiles, deviceWithProfiles, fc.integer({ min: 1, max: 25 }), fc.boolean(), async (before, incoming, k, quota) => {
        const inner = await seeded(before);
        const expectedBefore = await logical(inner);
        const { backend, state } = failingFrom(inner, k, quota ? quotaError : () => new Error('disk error'));
        const { storage } = await GameStorage.open(backend, 'fr', options);
        state.armed = true;
        const result = await storage.importAll(JSON.stringify(buildExport(incoming.device, incoming.profiles, now)));
        state.armed = false;
        const after = await logical(inner);
        if (result.ok) {
          expect(after.device).toEqual(incoming.device);
          expect(after.profiles).toEqual(incoming.device.profiles.map((p) => incoming.profiles.find((q) => q.profileId === p.id)));
        } else {
          expect(after).toEqual(expectedBefore);
          expect(result.reason).toBe(quota ? 'quota' : 'write-failed');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never deletes the old records before the new ones are written, and cleans up what a failed import staged', async () => {
    const data = fc.sample(deviceWithProfiles, 2);
    const inner = await seeded(data[0] as { device: DeviceData; profiles: ProfileData[] });
    const keysBefore = (await inner.keys()).sort();
    const { backend, state } = failingFrom(inner, 2, quotaError);
    const { storage } = await GameStorage.open(backend, 'fr', options);
    state.armed = true;
    const incoming = data[1] as { device: DeviceData; profiles: ProfileData[] };
    const result = await storage.importAll(JSON.stringify(buildExport(incoming.device, incoming.profiles, now)));
    state.armed = false;
    expect(result.ok).toBe(false);
    // The next start removes what the failed import left under its own keys.
    await GameStorage.open(inner, 'fr', options);
    expect((await inner.keys()).filter((k) => !k.startsWith('set-aside:')).sort()).toEqual(keysBefore);
  });
});

describe('start-up with damaged records (case 3)', () => {
  it('one notice per damaged record, however many bad entries it holds', async () => {
    const backend = createMemoryBackend({
      'profile:default': {
        version: 1,
        profileId: 'default',
        rounds: Array.from({ length: 20_000 }, (_, i) => ({ id: i })),
        leitner: {},
        bestScore: 0,
        bestStreak: 0,
      },
    });
    const { storage } = await GameStorage.open(backend, 'fr', options);
    await storage.loadProfile('default');
    const notices = storage.drainNotices();
    expect(notices.filter((n) => n.kind === 'set-aside')).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'set-aside', key: 'profile:default' });
  }, 30_000);
});

describe('storage full from the start (case 5)', () => {
  it('is said as full, not as blocked, and what is stored is still read', async () => {
    const inner = await seeded(fc.sample(deviceWithProfiles, 1)[0] as { device: DeviceData; profiles: ProfileData[] });
    const stored = await logical(inner);
    const full: KeyValueBackend = {
      ...inner,
      getItem: (k) => inner.getItem(k),
      keys: () => inner.keys(),
      setItem: async () => Promise.reject(quotaError()),
      removeItem: (k) => inner.removeItem(k),
    };
    const { storage, device } = await GameStorage.open(full, 'fr', options);
    expect(storage.drainNotices().map((n) => n.kind)).toEqual(['quota']);
    expect(device).toEqual(stored.device);
    expect(await storage.loadProfile(device.activeProfileId)).toEqual(
      stored.profiles[stored.device.profiles.findIndex((p) => p.id === device.activeProfileId)],
    );
  });
});

describe('two tabs recording rounds into one profile (case 1)', () => {
  it('each records its round into what is stored: both are kept, once each', async () => {
    const backend = createMemoryBackend();
    const a = (await GameStorage.open(backend, 'fr', options)).storage;
    const b = (await GameStorage.open(backend, 'fr', options)).storage;
    const [r1, r2] = fc.sample(roundRecord(), 2) as [RoundRecord, RoundRecord];
    await Promise.all([a.recordRound('default', r1), b.recordRound('default', r2)]);
    await a.recordRound('default', r1); // a save replayed after a reload
    const stored = await a.loadProfile('default');
    expect(stored.rounds.map((r) => r.id).sort()).toEqual([r1.id, r2.id].sort());
  });
});
