import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, defaultPlayerSettings, defaultSettings, type DeviceData, type ProfileData } from '../../../../src/core/progress/records';
import { EXPORT_FORMAT, buildExport, exportFileName, parseImport } from '../../../../src/core/progress/transfer';

const now = new Date('2025-03-01T09:00:00.000Z');

const device: DeviceData = {
  version: CURRENT_VERSION,
  settings: { ...defaultSettings('en'), roundSize: 20 },
  profiles: [
    { id: 'p1', name: 'Ana', createdAt: '2025-01-01T00:00:00.000Z' },
    { id: 'p2', name: 'Ben', createdAt: '2025-01-02T00:00:00.000Z' },
  ],
  activeProfileId: 'p1',
};

const profile = (profileId: string): ProfileData => ({
  version: CURRENT_VERSION,
  profileId,
  rounds: [
    {
      id: `${profileId}-r1`,
      mode: 'review',
      startedAt: '2025-02-01T10:00:00.000Z',
      endedAt: '2025-02-01T10:05:00.000Z',
      score: 30,
      bestStreak: 3,
      answers: [
        { excerptId: '002-04', articleId: '002', expected: 'estimate', answered: 'fact', confidence: 'fairly', at: '2025-02-01T10:01:00.000Z' },
      ],
    },
  ],
  leitner: { '002-04': { box: 1, due: '2025-02-01T10:01:00.000Z', rightInARow: 0, retired: false } },
  bestScore: 30,
  bestStreak: 3,
  settings: { ...defaultPlayerSettings(), readAloud: profileId === 'p2', speechRate: 0.75 },
});

const exported = () => buildExport(device, [profile('p1'), profile('p2')], now);
const text = (value: unknown) => JSON.stringify(value);

describe('export', () => {
  it('builds a tagged, versioned, dated file', () => {
    const file = exported();
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(CURRENT_VERSION);
    expect(file.exportedAt).toBe(now.toISOString());
    expect(exportFileName(now)).toBe('fait-ou-propagande-2025-03-01.json');
  });

  it('round-trips through JSON exactly', () => {
    const parsed = parseImport(JSON.stringify(exported(), null, 2));
    expect(parsed).toEqual({ ok: true, data: { exportedAt: now.toISOString(), device, profiles: [profile('p1'), profile('p2')] } });
  });

  it('returns the profiles in the device order whatever the file order', () => {
    const parsed = parseImport(text(buildExport(device, [profile('p2'), profile('p1')], now)));
    expect(parsed.ok && parsed.data.profiles.map((p) => p.profileId)).toEqual(['p1', 'p2']);
  });
});

describe('import refuses, with a reason', () => {
  const reasonOf = (input: string) => {
    const result = parseImport(input);
    return result.ok ? 'ok' : result.reason;
  };

  it('text that is not JSON', () => {
    expect(reasonOf('')).toBe('not-json');
    expect(reasonOf('{"format": ')).toBe('not-json');
    expect(reasonOf('<html></html>')).toBe('not-json');
  });

  it('JSON that is not an export', () => {
    expect(reasonOf('null')).toBe('not-an-export');
    expect(reasonOf('[1,2]')).toBe('not-an-export');
    expect(reasonOf(text({ bestScore: 3, settings: { lang: 'fr', mute: false } }))).toBe('not-an-export');
    expect(reasonOf(text({ ...exported(), format: 'kahoot/results' }))).toBe('not-an-export');
  });

  it('a file from a newer version, or holding newer records', () => {
    const newer = parseImport(text({ ...exported(), version: CURRENT_VERSION + 1 }));
    expect(newer).toEqual({ ok: false, reason: 'newer-version', detail: expect.stringContaining('newer') });
    expect(reasonOf(text({ ...exported(), device: { ...device, version: CURRENT_VERSION + 1 } }))).toBe('newer-version');
    expect(reasonOf(text({ ...exported(), profiles: [profile('p1'), { ...profile('p2'), version: CURRENT_VERSION + 1 }] }))).toBe('newer-version');
  });

  it('any invalid part, even one bad answer deep inside, rejects the whole file', () => {
    const bad = exported();
    const p2 = bad.profiles[1] as ProfileData;
    (p2.rounds[0]?.answers[0] as unknown as Record<string, unknown>).answered = 'rumour';
    const result = parseImport(text(bad));
    expect(result).toEqual({ ok: false, reason: 'invalid', detail: expect.stringContaining('profiles[1].rounds[0].answers[0].answered') });
  });

  it('malformed files', () => {
    const cases: unknown[] = [
      { ...exported(), version: 'one' },
      { ...exported(), exportedAt: 'today' },
      { ...exported(), device: undefined },
      { ...exported(), device: 'x' },
      { ...exported(), device: { ...device, settings: { ...device.settings, roundSize: 7 } } },
      { ...exported(), device: { ...device, activeProfileId: 'nobody' } },
      { ...exported(), profiles: 'all' },
      { ...exported(), profiles: [profile('p1')] }, // p2 listed on the device but missing
      { ...exported(), profiles: [profile('p1'), profile('p2'), profile('p3')] }, // p3 not on the device
      { ...exported(), profiles: [profile('p1'), profile('p1'), profile('p2')] },
      { ...exported(), profiles: [profile('p1'), { ...profile('p2'), leitner: { '002-04': { box: 0 } } }] },
    ];
    for (const item of cases) expect(reasonOf(text(item)), JSON.stringify(item).slice(0, 120)).toBe('invalid');
  });

  it('does not fill in a missing setting silently (reading storage would; an import must be whole)', () => {
    const { clueStep: _missing, ...settings } = device.settings;
    expect(reasonOf(text({ ...exported(), device: { ...device, settings } }))).toBe('invalid');
  });
});
