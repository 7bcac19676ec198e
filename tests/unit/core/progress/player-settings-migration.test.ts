/**
 * Format 2: the player settings moved from the device record into each profile. A v1 device's
 * values go to its v1 profiles (each was playing with them), in storage as in an old export file;
 * profiles made later start from the defaults; two tabs' changes merge to the later one.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mergeProfileData } from '../../../../src/core/progress/merge';
import { legacyPlayerSettings, migrateDevice, migrateProfile, profileNeedsInheritedSettings } from '../../../../src/core/progress/migrate';
import {
  CURRENT_VERSION,
  DeviceData,
  defaultPlayerSettings,
  defaultSettings,
  emptyProfileData,
  type PlayerSettings,
  ProfileData,
} from '../../../../src/core/progress/records';
import { EXPORT_FORMAT, parseImport } from '../../../../src/core/progress/transfer';
import { createMemoryBackend, GameStorage, LEGACY_PLAYER_SETTINGS_KEY } from '../../../../src/services/storage';

const now = new Date('2025-03-01T09:00:00.000Z');
const accommodations: PlayerSettings = {
  textSize: 'large',
  reducedMotion: 'on',
  dyslexiaFont: true,
  frenchFirst: true,
  twoStep: true,
  readAloud: true,
  speechRate: 0.75,
};

/** A device record as format 1 wrote it: every setting in one place. */
const v1Device = (settings: Record<string, unknown> = accommodations) => ({
  version: 1,
  settings: { language: 'en', muted: true, roundSize: 20, confidence: true, clueStep: false, ...settings },
  profiles: [
    { id: 'p1', name: 'Ana', createdAt: '2025-01-01T00:00:00.000Z' },
    { id: 'p2', name: 'Ben', createdAt: '2025-01-02T00:00:00.000Z' },
  ],
  activeProfileId: 'p2',
});
const v1Profile = (profileId: string, bestScore = 40) => ({ version: 1, profileId, rounds: [], leitner: {}, bestScore, bestStreak: 2 });

describe('the device record from format 1', () => {
  it('keeps the device’s settings and hands the player settings on', () => {
    const migrated = migrateDevice(v1Device(), { now });
    if (!migrated.ok) throw new Error(migrated.detail);
    expect(migrated.data.version).toBe(CURRENT_VERSION);
    expect(migrated.data.settings).toEqual({ language: 'en', muted: true, roundSize: 20, confidence: true, clueStep: false });
    expect(migrated.setAside).toEqual([]);
    expect(migrated.changed).toBe(true);
    expect(legacyPlayerSettings(v1Device())).toEqual(accommodations);
    // A bad field is the default; a record of another version hands nothing on.
    expect(legacyPlayerSettings(v1Device({ ...accommodations, twoStep: 'yes' }))).toEqual({ ...accommodations, twoStep: false });
    expect(legacyPlayerSettings(migrated.data)).toBeNull();
    expect(legacyPlayerSettings({ bestScore: 3, settings: { lang: 'fr' } })).toBeNull();
  });
});

describe('a profile record from format 1', () => {
  it('takes the settings handed on, or the defaults, and keeps its progress', () => {
    expect(profileNeedsInheritedSettings(v1Profile('p1'))).toBe(true);
    const inherited = migrateProfile(v1Profile('p1'), 'p1', { inherited: accommodations });
    if (!inherited.ok) throw new Error(inherited.detail);
    expect(inherited.data).toEqual({ ...emptyProfileData('p1', accommodations), bestScore: 40, bestStreak: 2 });
    expect(v.is(ProfileData, inherited.data)).toBe(true);
    expect(profileNeedsInheritedSettings(inherited.data)).toBe(false);
    const alone = migrateProfile(v1Profile('p1'), 'p1');
    expect(alone.ok && alone.data.settings).toEqual(defaultPlayerSettings());
  });

  it('sets aside a damaged setting of a current record, keeping the others', () => {
    const record = { ...emptyProfileData('p1', accommodations), settings: { ...accommodations, speechRate: 9 }, settingsAt: 'yesterday' };
    const migrated = migrateProfile(record, 'p1');
    if (!migrated.ok) throw new Error(migrated.detail);
    expect(migrated.data.settings).toEqual({ ...accommodations, speechRate: 1 });
    expect(migrated.data.settingsAt).toBeUndefined();
    expect(migrated.setAside.map((s) => s.path)).toEqual(['settings.speechRate', 'settingsAt']);
  });
});

describe('storage upgraded from format 1', () => {
  it('gives every profile the device had the device’s settings, new profiles the defaults, and rewrites each record in format 2', async () => {
    const backend = createMemoryBackend({ device: v1Device(), 'profile:p1': v1Profile('p1'), 'profile:p2': v1Profile('p2', 90) });
    const { storage, device } = await GameStorage.open(backend, 'en', { now: () => now });
    expect(device.settings).toEqual({ language: 'en', muted: true, roundSize: 20, confidence: true, clueStep: false });
    expect(await backend.getItem('device')).toMatchObject({ version: CURRENT_VERSION });
    expect(await backend.getItem(LEGACY_PLAYER_SETTINGS_KEY)).toEqual(accommodations);
    expect((await storage.loadProfile('p2')).settings).toEqual(accommodations);
    expect(await backend.getItem('profile:p2')).toMatchObject({ version: CURRENT_VERSION, settings: accommodations, bestScore: 90 });

    // Ben changes his: Ana's stay as the device had them, even read after a restart.
    const saved = await storage.savePlayerSettings('p2', { ...accommodations, twoStep: false }, '2025-03-01T10:00:00.000Z');
    expect(saved?.settings.twoStep).toBe(false);
    const { storage: again } = await GameStorage.open(backend, 'en', { now: () => now });
    expect((await again.loadProfile('p1')).settings).toEqual(accommodations);
    expect((await again.loadProfile('p2')).settings).toEqual({ ...accommodations, twoStep: false });
    expect((await again.loadProfile('p-new')).settings).toEqual(defaultPlayerSettings());
  });

  it('a change saved in another tab later than this one wins; progress another tab saved stays', async () => {
    const backend = createMemoryBackend();
    const { storage } = await GameStorage.open(backend, 'fr', { now: () => now });
    await storage.saveProfile({
      ...emptyProfileData('default'),
      bestScore: 70,
      settings: { ...defaultPlayerSettings(), readAloud: true },
      settingsAt: '2025-03-01T12:00:00.000Z',
    });
    const stale = await storage.savePlayerSettings('default', defaultPlayerSettings(), '2025-03-01T11:00:00.000Z');
    expect(stale?.settings.readAloud).toBe(true);
    const later = await storage.savePlayerSettings('default', { ...defaultPlayerSettings(), twoStep: true }, '2025-03-01T13:00:00.000Z');
    expect(later).toMatchObject({ bestScore: 70, settings: { twoStep: true, readAloud: false } });
  });

  it('a reset empties the progress and keeps the settings', async () => {
    const backend = createMemoryBackend();
    const { storage } = await GameStorage.open(backend, 'fr', { now: () => now });
    await storage.savePlayerSettings('default', { ...defaultPlayerSettings(), frenchFirst: true }, '2025-03-01T13:00:00.000Z');
    expect(await storage.resetProgress('default')).toBe(true);
    expect((await storage.loadProfile('default')).settings.frenchFirst).toBe(true);
  });
});

describe('an export file from format 1', () => {
  const file = (device: unknown = v1Device()) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), device, profiles: [v1Profile('p1'), v1Profile('p2')] });

  it('imports, each profile with the settings its device had', () => {
    const parsed = parseImport(file());
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(v.is(DeviceData, parsed.data.device)).toBe(true);
    expect(parsed.data.device.settings).toEqual({ ...defaultSettings('en'), muted: true, roundSize: 20, clueStep: false });
    expect(parsed.data.profiles.map((p) => p.settings)).toEqual([accommodations, accommodations]);
  });

  it('is refused whole when one of those settings is damaged (an import is all or nothing)', () => {
    expect(parseImport(file(v1Device({ ...accommodations, speechRate: 3 })))).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringContaining('speechRate'),
    });
  });
});

describe('two tabs’ settings merged', () => {
  const at = (iso: string | undefined, settings: PlayerSettings) => ({ ...emptyProfileData('p1', settings), ...(iso ? { settingsAt: iso } : {}) });
  it('the later change wins, whichever side it is on; a change wins over none', () => {
    const early = at('2025-03-01T10:00:00.000Z', { ...defaultPlayerSettings(), twoStep: true });
    const late = at('2025-03-01T11:00:00.000Z', { ...defaultPlayerSettings(), readAloud: true });
    expect(mergeProfileData(early, late)).toEqual(late);
    expect(mergeProfileData(late, early)).toEqual(late);
    const never = at(undefined, defaultPlayerSettings());
    expect(mergeProfileData(never, early)).toEqual(early);
  });
});
