import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { migrateDevice, migrateProfile, type MigrationResult } from '../../../../src/core/progress/migrate';
import {
  CURRENT_VERSION,
  DeviceData,
  ProfileData,
  defaultPlayerSettings,
  defaultSettings,
  emptyProfileData,
  sanitizeSettings,
  type RoundRecord,
} from '../../../../src/core/progress/records';

const now = new Date('2025-03-01T09:00:00.000Z');

const goodRound = (id: string, score = 20, bestStreak = 2): RoundRecord => ({
  id,
  mode: 'play',
  startedAt: '2025-02-01T10:00:00.000Z',
  endedAt: '2025-02-01T10:05:00.000Z',
  score,
  bestStreak,
  answers: [{ excerptId: '000-01', articleId: '000', expected: 'fact', answered: 'fact', confidence: 'sure', at: '2025-02-01T10:01:00.000Z' }],
});

const goodDevice = (): DeviceData => ({
  version: CURRENT_VERSION,
  settings: { ...defaultSettings(), roundSize: 20 },
  profiles: [
    { id: 'p1', name: 'Ana', createdAt: '2025-01-01T00:00:00.000Z' },
    { id: 'p2', name: 'Ben', createdAt: '2025-01-02T00:00:00.000Z' },
  ],
  activeProfileId: 'p2',
});

function ok<T>(result: MigrationResult<T>): Extract<MigrationResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.detail}`);
  return result;
}

describe('settings', () => {
  it('defaults to French unless the browser language starts with "en"', () => {
    expect(defaultSettings().language).toBe('fr');
    expect(defaultSettings('de-DE').language).toBe('fr');
    expect(defaultSettings('en-GB').language).toBe('en');
    expect(defaultSettings('EN').language).toBe('en');
    expect(defaultSettings().confidence).toBe(true);
  });

  it('keeps every valid field when others are corrupted', () => {
    const settings = sanitizeSettings({ language: 'en', muted: 'yes', roundSize: 7, clueStep: false });
    expect(settings).toEqual({ ...defaultSettings(), language: 'en', clueStep: false });
    expect(sanitizeSettings('garbage')).toEqual(defaultSettings());
    expect(sanitizeSettings(null, 'en-US')).toEqual(defaultSettings('en-US'));
  });
});

describe('migrateDevice', () => {
  it('creates a fresh device with one profile when nothing is stored', () => {
    const { data, setAside, changed } = ok(migrateDevice(null, { now, browserLanguage: 'en-US' }));
    expect(v.is(DeviceData, data)).toBe(true);
    expect(setAside).toEqual([]);
    expect(changed).toBe(true);
    expect(data.settings.language).toBe('en');
    expect(data.profiles).toEqual([{ id: 'default', name: 'Profile 1', createdAt: now.toISOString() }]);
    expect(data.activeProfileId).toBe('default');
  });

  it('passes a valid current record through unchanged', () => {
    const device = goodDevice();
    const { data, setAside, changed } = ok(migrateDevice(device, { now }));
    expect(data).toEqual(device);
    expect(setAside).toEqual([]);
    expect(changed).toBe(false);
  });

  it('migrates the v0 pre-release shape', () => {
    const { data, setAside, fromVersion } = ok(migrateDevice({ bestScore: 120, settings: { lang: 'en', mute: true } }, { now }));
    expect(fromVersion).toBe(0);
    expect(setAside).toEqual([]);
    expect(data.version).toBe(CURRENT_VERSION);
    expect(data.settings).toEqual({ ...defaultSettings(), language: 'en', muted: true });
    expect(data.profiles).toHaveLength(1);
    expect(v.is(DeviceData, data)).toBe(true);
  });

  it('sets aside a bad v0 setting and keeps the good one', () => {
    const { data, setAside } = ok(migrateDevice({ bestScore: 1, settings: { lang: 'de', mute: true } }, { now }));
    expect(data.settings.muted).toBe(true);
    expect(data.settings.language).toBe('fr');
    expect(setAside).toEqual([{ path: 'settings.language', reason: expect.stringContaining('invalid'), value: 'de' }]);
  });

  it('keeps the valid parts of a partly corrupted record and sets aside each bad one', () => {
    const device = goodDevice() as unknown as Record<string, unknown>;
    const corrupted = {
      ...device,
      settings: { ...(device.settings as object), muted: 'loud' },
      profiles: [
        { id: 'p1', name: 'Ana', createdAt: '2025-01-01T00:00:00.000Z' },
        { id: 'bad id!', name: 'X', createdAt: '2025-01-01T00:00:00.000Z' },
        42,
        { id: 'p1', name: 'Twin', createdAt: '2025-01-01T00:00:00.000Z' },
      ],
      activeProfileId: 'gone',
    };
    const { data, setAside } = ok(migrateDevice(corrupted, { now }));
    expect(v.is(DeviceData, data)).toBe(true);
    expect(data.settings.roundSize).toBe(20);
    expect(data.settings.muted).toBe(false);
    expect(data.profiles.map((p) => p.name)).toEqual(['Ana']);
    expect(data.activeProfileId).toBe('p1');
    // The bad profiles are set aside together, one entry for the list, each kept with its place.
    expect(setAside.map((s) => s.path)).toEqual(['settings.muted', 'profiles']);
    const items = setAside[1]?.value as Array<{ at: number; reason: string; value: unknown }>;
    expect(items.map((i) => i.at)).toEqual([1, 2, 3]);
    expect(items[1]?.value).toBe(42);
    expect(items[2]?.reason).toContain('duplicate');
  });

  it('sets aside a record that is not an object at all, and starts fresh', () => {
    for (const garbage of ['{not json', 17, [1, 2], true]) {
      const { data, setAside } = ok(migrateDevice(garbage, { now }));
      expect(v.is(DeviceData, data)).toBe(true);
      expect(setAside).toEqual([{ path: '', reason: expect.stringContaining('not a record'), value: garbage }]);
    }
  });

  it('sets aside a record with an unreadable version and no recognisable parts', () => {
    const { setAside } = ok(migrateDevice({ version: 'x', foo: 1 }, { now }));
    expect(setAside[0]?.reason).toContain('unreadable version');
  });

  it('keeps the parts of a current record whose version was lost', () => {
    const { version: _lost, ...withoutVersion } = goodDevice();
    const { data } = ok(migrateDevice(withoutVersion, { now }));
    expect(data.profiles.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('refuses a record from a newer version, never downgrading it', () => {
    const result = migrateDevice({ ...goodDevice(), version: CURRENT_VERSION + 1 }, { now });
    expect(result).toEqual({ ok: false, reason: 'newer-version', version: CURRENT_VERSION + 1, detail: expect.stringContaining('newer') });
  });
});

describe('migrateProfile', () => {
  const goodProfile = (): ProfileData => ({
    version: CURRENT_VERSION,
    profileId: 'p1',
    rounds: [goodRound('r1', 20, 2), goodRound('r2', 35, 4)],
    leitner: { '000-01': { box: 2, due: '2025-02-02T10:00:00.000Z', rightInARow: 1, retired: false } },
    bestScore: 80,
    bestStreak: 6,
    settings: { ...defaultPlayerSettings(), twoStep: true, textSize: 'large' },
    settingsAt: '2025-02-03T10:00:00.000Z',
  });

  it('passes a valid current record through unchanged', () => {
    const profile = goodProfile();
    const { data, setAside, changed } = ok(migrateProfile(profile, 'p1'));
    expect(data).toEqual(profile);
    expect(setAside).toEqual([]);
    expect(changed).toBe(false);
  });

  it('migrates the v0 pre-release shape, keeping the best score', () => {
    const { data, fromVersion } = ok(migrateProfile({ bestScore: 120, settings: { lang: 'fr', mute: false } }, 'default'));
    expect(fromVersion).toBe(0);
    expect(data).toEqual({ ...emptyProfileData('default'), bestScore: 120 });
  });

  it('keeps every valid round and card and sets aside each bad one, with its path', () => {
    const profile = goodProfile() as unknown as Record<string, unknown>;
    const badRound = { ...goodRound('r3'), answers: [{ excerptId: '000-02', expected: 'rumour', answered: 'fact', at: 'yesterday' }] };
    const corrupted = {
      ...profile,
      rounds: [goodRound('r1'), badRound, 'garbage', goodRound('r1'), goodRound('r4', 99, 9)],
      leitner: {
        '000-01': { box: 1, due: '2025-02-02T10:00:00.000Z', rightInARow: 0, retired: false },
        '000-02': { box: 9, due: 'soon', rightInARow: -1, retired: 'no' },
      },
      bestScore: 'lots',
    };
    const { data, setAside } = ok(migrateProfile(corrupted, 'p1'));
    expect(v.is(ProfileData, data)).toBe(true);
    expect(data.rounds.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(Object.keys(data.leitner)).toEqual(['000-01']);
    expect(setAside.map((s) => s.path)).toEqual(['rounds', 'leitner', 'bestScore']);
    const rounds = setAside[0]?.value as Array<{ at: number; reason: string; value: unknown }>;
    expect(rounds.map((r) => r.at)).toEqual([1, 2, 3]);
    expect(rounds[0]?.value).toEqual(badRound);
    expect(rounds[0]?.reason).toMatch(/answers\[0\]/);
    expect(setAside[0]?.reason).toMatch(/^3 unreadable entries: \[1\] /);
    // An unreadable best score is rebuilt from the rounds; a valid stored streak is kept (it may outlive trimmed rounds).
    expect(data.bestScore).toBe(99);
    expect(data.bestStreak).toBe(9);
  });

  it('sets aside a list or map that has the wrong type, keeping the rest', () => {
    const { data, setAside } = ok(migrateProfile({ ...goodProfile(), rounds: 'oops', leitner: [1] }, 'p1'));
    expect(data.rounds).toEqual([]);
    expect(data.leitner).toEqual({});
    expect(data.bestScore).toBe(80);
    expect(setAside.map((s) => s.path)).toEqual(['rounds', 'leitner']);
  });

  it('trusts the key it is stored under for the id', () => {
    const { data } = ok(migrateProfile({ ...goodProfile(), profileId: 'other' }, 'p1'));
    expect(data.profileId).toBe('p1');
  });

  it('returns an empty profile for garbage, setting the garbage aside', () => {
    const { data, setAside } = ok(migrateProfile('\u0000\u0001garbage', 'p1'));
    expect(data).toEqual(emptyProfileData('p1'));
    expect(setAside).toHaveLength(1);
  });

  it('refuses a record from a newer version', () => {
    const result = migrateProfile({ ...goodProfile(), version: 7 }, 'p1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('newer-version');
  });
});
