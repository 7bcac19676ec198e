/** The career kept in a profile: stars kept on replay, merged between versions, loaded, exported and imported. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mergeCareer, recordDossier } from '../../../../src/core/career/record';
import { CareerRecord, type DossierRecord } from '../../../../src/core/career/schema';
import type { Category } from '../../../../src/core/categories';
import { migrateProfile } from '../../../../src/core/progress/migrate';
import { appendRoundRecord, mergeProfileData } from '../../../../src/core/progress/merge';
import {
  type AnswerRecord,
  CURRENT_VERSION,
  defaultSettings,
  type DeviceData,
  emptyProfileData,
  ProfileData,
  type RoundRecord,
} from '../../../../src/core/progress/records';
import { keepNewestRounds } from '../../../../src/core/progress/trim';
import { buildExport, parseImport } from '../../../../src/core/progress/transfer';
import { instant } from '../../arbitraries';

/** A finished dossier round of article 002 (10 excerpts): `right` of them right, with the given extras on each answer. */
function dossierRecord(id: string, endedAt: string, right: number, extra: Partial<AnswerRecord> = {}): RoundRecord {
  const answers: AnswerRecord[] = Array.from({ length: 10 }, (_, i) => ({
    excerptId: `002-${String(i + 1).padStart(2, '0')}`,
    articleId: '002',
    expected: 'fact' as Category,
    answered: (i < right ? 'fact' : 'opinion') as Category,
    confidence: i < right ? 'sure' : 'unsure',
    marks: [1],
    clueFound: false,
    at: endedAt,
    ...extra,
  }));
  return { id, mode: 'dossier', startedAt: endedAt, endedAt, score: 0, bestStreak: 0, answers };
}

describe('dossiers in a profile', () => {
  it('are recorded when a dossier round is appended, and only then', () => {
    const play: RoundRecord = { ...dossierRecord('r0', '2026-01-01T09:00:00.000Z', 10), mode: 'play' };
    expect(recordDossier(play)).toBeNull();
    expect(appendRoundRecord(emptyProfileData('p'), play).career).toBeUndefined();
    const profile = appendRoundRecord(emptyProfileData('p'), dossierRecord('r1', '2026-01-01T10:00:00.000Z', 9));
    expect(profile.career?.dossiers['002']).toEqual({
      stars: { accuracy: true, clues: false, calibration: true },
      bestRight: 9,
      plays: 1,
      firstAt: '2026-01-01T10:00:00.000Z',
      lastAt: '2026-01-01T10:00:00.000Z',
    });
    expect(v.is(ProfileData, profile)).toBe(true);
  });

  it('keep the best of each star on replay: a worse play takes nothing away, a better one adds its star', () => {
    let profile = appendRoundRecord(emptyProfileData('p'), dossierRecord('r1', '2026-01-01T10:00:00.000Z', 9));
    profile = appendRoundRecord(profile, dossierRecord('r2', '2026-01-02T10:00:00.000Z', 2));
    expect(profile.career?.dossiers['002']).toMatchObject({ stars: { accuracy: true, clues: false, calibration: true }, bestRight: 9, plays: 2 });
    // A play whose clues were found, though less accurate: the clue star is added, the others stay.
    profile = appendRoundRecord(profile, dossierRecord('r3', '2026-01-03T10:00:00.000Z', 7, { clueFound: true }));
    expect(profile.career?.dossiers['002']).toMatchObject({
      stars: { accuracy: true, clues: true, calibration: true },
      bestRight: 9,
      plays: 3,
      firstAt: '2026-01-01T10:00:00.000Z',
      lastAt: '2026-01-03T10:00:00.000Z',
    });
    // The same round appended twice (a reload, another tab) is counted once.
    expect(appendRoundRecord(profile, dossierRecord('r3', '2026-01-03T10:00:00.000Z', 7))).toBe(profile);
  });

  it('survive trimming the round history', () => {
    const profile = appendRoundRecord(emptyProfileData('p'), dossierRecord('r1', '2026-01-01T10:00:00.000Z', 9));
    expect(keepNewestRounds(profile, 0).career).toEqual(profile.career);
  });
});

const dossier: fc.Arbitrary<DossierRecord> = fc
  .record({
    stars: fc.record({ accuracy: fc.boolean(), clues: fc.boolean(), calibration: fc.boolean() }),
    bestRight: fc.integer({ min: 0, max: 20 }),
    plays: fc.integer({ min: 1, max: 9 }),
    a: instant,
    b: instant,
  })
  .map(({ a, b, ...rest }) => ({ ...rest, firstAt: [a, b].sort()[0] as string, lastAt: [a, b].sort()[1] as string }));
const career = fc.option(
  fc.record(
    {
      rank: fc.integer({ min: 0, max: 4 }),
      rankedAt: instant,
      dossiers: fc.dictionary(fc.constantFrom('000', '001', '002', '003', '004'), dossier, { maxKeys: 5 }),
    },
    { requiredKeys: ['rank', 'dossiers'] },
  ),
  { nil: undefined },
);

describe('merging two versions of a career', () => {
  it('keeps every dossier, each star earned on either side, the higher rank; commutative, associative, idempotent', () => {
    fc.assert(
      fc.property(career, career, career, (a, b, c) => {
        const ab = mergeCareer(a, b);
        expect(mergeCareer(b, a)).toEqual(ab);
        expect(mergeCareer(mergeCareer(a, b), c)).toEqual(mergeCareer(a, mergeCareer(b, c)));
        expect(mergeCareer(ab, ab)).toEqual(ab);
        if (!a || !b || !ab) return;
        expect(v.is(CareerRecord, ab)).toBe(true);
        expect(ab.rank).toBe(Math.max(a.rank, b.rank));
        for (const key of new Set([...Object.keys(a.dossiers), ...Object.keys(b.dossiers)])) {
          const merged = ab.dossiers[key] as DossierRecord;
          for (const star of ['accuracy', 'clues', 'calibration'] as const) {
            expect(merged.stars[star]).toBe(!!a.dossiers[key]?.stars[star] || !!b.dossiers[key]?.stars[star]);
          }
          expect(merged.bestRight).toBe(Math.max(a.dossiers[key]?.bestRight ?? 0, b.dossiers[key]?.bestRight ?? 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is what merging two profiles does with their careers (two tabs)', () => {
    const a = appendRoundRecord(emptyProfileData('p'), dossierRecord('r1', '2026-01-01T10:00:00.000Z', 9));
    const b = appendRoundRecord(emptyProfileData('p'), dossierRecord('r2', '2026-01-02T10:00:00.000Z', 7, { clueFound: true }));
    const merged = mergeProfileData(a, b);
    expect(merged.career?.dossiers['002']?.stars).toEqual({ accuracy: true, clues: true, calibration: true });
    // Without a career on either side, the merged profile has none (no empty field appears).
    expect('career' in mergeProfileData(emptyProfileData('p'), emptyProfileData('p'))).toBe(false);
  });
});

describe('loading and moving a career', () => {
  const withCareer = appendRoundRecord(emptyProfileData('p1'), dossierRecord('r1', '2026-01-01T10:00:00.000Z', 9));

  it('loads a profile saved before the career (no field) as it was, with no career and nothing set aside', () => {
    const old = { ...emptyProfileData('p1'), bestScore: 120, bestStreak: 3 };
    expect('career' in old).toBe(false);
    const result = migrateProfile(JSON.parse(JSON.stringify(old)), 'p1');
    expect(result.ok && result.data).toEqual(old);
    expect(result.ok && result.setAside).toEqual([]);
    expect(result.ok && result.changed).toBe(false);
    // Saved even before per-profile settings (version 1): still no career, nothing set aside.
    const v1 = { version: 1, profileId: 'p1', rounds: [], leitner: {}, bestScore: 120, bestStreak: 3 };
    const upgraded = migrateProfile(v1, 'p1');
    expect(upgraded.ok && 'career' in upgraded.data).toBe(false);
    expect(upgraded.ok && upgraded.setAside).toEqual([]);
  });

  it('loads a saved career whole, and keeps the valid dossiers of a damaged one', () => {
    const result = migrateProfile(JSON.parse(JSON.stringify(withCareer)), 'p1');
    expect(result.ok && result.data).toEqual(withCareer);
    const damaged = {
      ...withCareer,
      career: { rank: 2, dossiers: { '002': withCareer.career?.dossiers['002'], '003': { stars: 'all' }, nope: {} } },
    };
    const salvaged = migrateProfile(damaged, 'p1');
    expect(salvaged.ok && salvaged.data.career).toEqual({ rank: 2, dossiers: { '002': withCareer.career?.dossiers['002'] } });
    expect(salvaged.ok && salvaged.setAside.map((s) => s.path)).toEqual(['career']);
  });

  it('goes into the export file and comes back from it whole', () => {
    const device: DeviceData = {
      version: CURRENT_VERSION,
      settings: defaultSettings('fr'),
      profiles: [{ id: 'p1', name: 'Ana', createdAt: '2026-01-01T00:00:00.000Z' }],
      activeProfileId: 'p1',
    };
    const parsed = parseImport(JSON.stringify(buildExport(device, [withCareer], new Date('2026-02-01T00:00:00.000Z'))));
    expect(parsed.ok && parsed.data.profiles[0]?.career).toEqual(withCareer.career);
    // A file whose career breaks the schema is refused whole, as any invalid part is.
    const bad = buildExport(device, [{ ...withCareer, career: { rank: -1, dossiers: {} } } as unknown as ProfileData], new Date());
    expect(parseImport(JSON.stringify(bad))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
