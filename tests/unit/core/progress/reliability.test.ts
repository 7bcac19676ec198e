/**
 * Records read back and files imported, held to one rule (issue #16, cases 3 and 8), with
 * property tests of the migrations, the import, the profile merge and the Leitner scheduler.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkTeams, TEAM_NAME_MAX_LENGTH } from '../../../../src/core/classroom';
import { recordAnswer, isDue, BOX_INTERVALS_MS } from '../../../../src/core/progress/leitner';
import { MAX_HISTORY_ROUNDS, MAX_IMPORT_BYTES, MAX_REVIEW_CARDS, MAX_SCANNED_ENTRIES } from '../../../../src/core/progress/limits';
import { appendRoundRecord, mergeProfileData } from '../../../../src/core/progress/merge';
import { migrateDevice, migrateProfile } from '../../../../src/core/progress/migrate';
import { cleanProfileName, profileNameProblem } from '../../../../src/core/progress/profile-names';
import {
  LEITNER_BOX_COUNT,
  type LeitnerCard,
  PROFILE_NAME_MAX_LENGTH,
  ProfileData,
  type RoundRecord,
  emptyProfileData,
} from '../../../../src/core/progress/records';
import { buildExport, parseImport } from '../../../../src/core/progress/transfer';
import { deviceWithProfiles, instant, leitnerCard, profileData, roundRecord } from '../../arbitraries';

const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('records read back (cases 3 and 8)', () => {
  it('a binary value in place of a record is set aside and reported, not reset silently', () => {
    for (const binary of [new Uint8Array([1, 2, 3]), new ArrayBuffer(8), new Date(0), new Map()]) {
      const profile = migrateProfile(binary, 'default');
      expect(profile.ok && profile.setAside.length).toBe(1);
      const device = migrateDevice(binary);
      expect(device.ok && device.setAside.length).toBe(1);
    }
  });

  it('a history past the limit keeps the newest rounds and sets the rest aside as one entry', () => {
    const rounds = Array.from({ length: MAX_HISTORY_ROUNDS + 500 }, (_, i) => (i < 500 ? { id: i, garbage: true } : null));
    const valid = roundRecord().map((r) => r);
    const sample = fc.sample(valid, MAX_HISTORY_ROUNDS).map((r, i) => ({ ...r, id: `r-${i}` }));
    const result = migrateProfile(
      { version: 1, profileId: 'default', rounds: [...rounds.slice(0, 500), ...sample], leitner: {}, bestScore: 0, bestStreak: 0 },
      'default',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rounds).toHaveLength(MAX_HISTORY_ROUNDS);
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0]?.path).toBe('rounds');
  });

  it('a list longer than any the game writes is read only as far as the scan limit: the oldest excess is set aside unread', () => {
    const rounds = Array.from({ length: MAX_SCANNED_ENTRIES + 10 }, (_, i) => ({ id: i }));
    const result = migrateProfile({ version: 1, profileId: 'default', rounds, leitner: {}, bestScore: 0, bestStreak: 0 });
    expect(result.ok && result.setAside.map((s) => s.reason.split(' ').slice(0, 2).join(' '))).toEqual([
      '10 oldest',
      `${MAX_SCANNED_ENTRIES} unreadable`,
    ]);
  });

  it('many bad entries in one record make one set-aside entry per field, each listing its items', () => {
    const cards = Object.fromEntries(Array.from({ length: MAX_REVIEW_CARDS - 1 }, (_, i) => [`x-${i}`, { box: 'nine' }]));
    const result = migrateProfile({
      version: 1,
      profileId: 'default',
      rounds: Array.from({ length: 900 }, (_, i) => ({ id: i })),
      leitner: cards,
      bestScore: 0,
      bestStreak: 0,
    });
    expect(result.ok && result.setAside.map((s) => s.path)).toEqual(['rounds', 'leitner']);
    expect(result.ok && (result.setAside[0]?.value as unknown[] | undefined)?.length).toBe(900);
  });

  it('migrating any value gives a valid profile, and migrating that again changes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          profileData('default'),
          profileData('default').map((p) => ({ ...p, rounds: [...p.rounds, ...p.rounds] })),
        ),
        (value) => {
          const first = migrateProfile(value, 'default');
          if (!first.ok) return;
          expect(v.is(ProfileData, first.data)).toBe(true);
          const again = migrateProfile(structuredClone(first.data), 'default');
          expect(again.ok && again.setAside).toEqual([]);
          expect(again.ok && again.changed).toBe(false);
          expect(again.ok && again.data).toEqual(first.data);
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it('a valid profile is read back unchanged', () => {
    fc.assert(
      fc.property(profileData('p-a'), (profile) => {
        const result = migrateProfile(structuredClone(profile), 'p-a');
        expect(result.ok && result.data).toEqual(profile);
        expect(result.ok && result.setAside).toEqual([]);
      }),
    );
  }, 30_000);
});

describe('the import (cases 2 and 8)', () => {
  const file = (device: Parameters<typeof buildExport>[0], profiles: Parameters<typeof buildExport>[1]) =>
    JSON.stringify(buildExport(device, profiles, new Date('2025-03-01T09:00:00.000Z')));

  it('duplicate round ids are refused by the import, as the loader would set them aside', () => {
    const profile = fc.sample(profileData('default'), 1)[0] as ProfileData;
    const round = fc.sample(roundRecord(), 1)[0] as RoundRecord;
    const device = fc.sample(deviceWithProfiles, 1)[0]?.device as Parameters<typeof buildExport>[0];
    const one = { ...device, profiles: [{ id: 'default', name: 'A', createdAt: '2025-01-01T00:00:00.000Z' }], activeProfileId: 'default' };
    const parsed = parseImport(file(one, [{ ...profile, rounds: [round, round] }]));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.reason).toBe('invalid');
    // One rule: the loader sets the same duplicate aside.
    const loaded = migrateProfile({ ...profile, rounds: [round, round] }, 'default');
    expect(loaded.ok && loaded.setAside).toHaveLength(1);
  });

  it('a file over the size limit is refused as too large before it is parsed', () => {
    const parsed = parseImport(`{"format":"fait-ou-propagande/progress","x":"${'a'.repeat(MAX_IMPORT_BYTES)}"}`);
    expect(parsed.ok === false && parsed.reason).toBe('too-large');
  });

  it('any byte string is refused with a reason, or imported whole', () => {
    const reasons = new Set(['not-json', 'not-an-export', 'newer-version', 'invalid', 'too-large']);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          deviceWithProfiles.map(({ device, profiles }) => file(device, profiles)),
          // A valid file with one value replaced somewhere.
          fc.tuple(deviceWithProfiles, fc.nat(), fc.jsonValue()).map(([{ device, profiles }, at, value]) => {
            const text = file(device, profiles);
            const values = [...text.matchAll(/:("[^"]*"|-?\d+(\.\d+)?|true|false|null)/g)];
            const match = values[at % Math.max(1, values.length)];
            if (!match || match.index === undefined) return text;
            return `${text.slice(0, match.index + 1)}${JSON.stringify(value) ?? 'null'}${text.slice(match.index + match[0].length)}`;
          }),
        ),
        (text) => {
          const parsed = parseImport(text);
          if (!parsed.ok) {
            expect(reasons.has(parsed.reason)).toBe(true);
            expect(parsed.detail.length).toBeGreaterThan(0);
            return;
          }
          // Imported whole: every profile of the device, each valid, and the loader would set nothing aside.
          expect(parsed.data.profiles.map((p) => p.profileId)).toEqual(parsed.data.device.profiles.map((p) => p.id));
          for (const profile of parsed.data.profiles) {
            const loaded = migrateProfile(structuredClone(profile), profile.profileId);
            expect(loaded.ok && loaded.setAside).toEqual([]);
            expect(loaded.ok && loaded.data).toEqual(profile);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);

  it('an export imports back to the same data', () => {
    fc.assert(
      fc.property(deviceWithProfiles, ({ device, profiles }) => {
        const parsed = parseImport(file(device, profiles));
        expect(parsed.ok && parsed.data.device).toEqual(device);
        expect(parsed.ok && parsed.data.profiles).toEqual(device.profiles.map((p) => profiles.find((q) => q.profileId === p.id)));
      }),
    );
  }, 30_000);
});

describe('two tabs: merging two versions of one profile (case 1)', () => {
  const pair = fc.tuple(profileData('default'), profileData('default'));
  const sortRounds = (p: ProfileData) => ({ ...p, rounds: [...p.rounds].sort((a, b) => (a.id < b.id ? -1 : 1)) });

  it('keeps every round of both (once), the higher bests, a valid profile; the order of the two does not matter', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeProfileData(a, b);
        expect(v.is(ProfileData, merged)).toBe(true);
        const ids = merged.rounds.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a.rounds, ...b.rounds].map((r) => r.id)));
        expect(merged.bestScore).toBe(Math.max(a.bestScore, b.bestScore));
        expect(merged.bestStreak).toBe(Math.max(a.bestStreak, b.bestStreak));
        expect(Object.keys(merged.leitner).sort()).toEqual([...new Set([...Object.keys(a.leitner), ...Object.keys(b.leitner)])].sort());
        expect(sortRounds(mergeProfileData(b, a))).toEqual(sortRounds(merged));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('is idempotent, and merging what was already merged changes nothing', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeProfileData(a, b);
        expect(mergeProfileData(merged, merged)).toEqual(merged);
        expect(mergeProfileData(merged, a)).toEqual(merged);
        expect(mergeProfileData(merged, b)).toEqual(merged);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('takes a review card from the version that answered its excerpt last', () => {
    const base = emptyProfileData('default');
    const round = (id: string, at: string): RoundRecord => ({
      id,
      mode: 'play',
      startedAt: at,
      endedAt: at,
      score: 0,
      bestStreak: 0,
      answers: [{ excerptId: '000-01', articleId: '000', expected: 'fact', answered: 'opinion', at }],
    });
    const early = appendRoundRecord(base, round('r-early', '2025-01-01T10:00:00.000Z'));
    const late = appendRoundRecord(base, round('r-late', '2025-02-01T10:00:00.000Z'));
    expect(mergeProfileData(early, late).leitner['000-01']).toEqual(late.leitner['000-01']);
    expect(mergeProfileData(late, early).leitner['000-01']).toEqual(late.leitner['000-01']);
  });

  it('appending a round already recorded changes nothing (a replayed save is idempotent)', () => {
    fc.assert(
      fc.property(profileData('default'), roundRecord(), (profile, round) => {
        const once = appendRoundRecord(profile, round);
        expect(appendRoundRecord(once, round)).toBe(once);
        expect(once.rounds.filter((r) => r.id === round.id)).toHaveLength(1);
      }),
    );
  }, 30_000);
});

describe('the Leitner scheduler (property)', () => {
  it('boxes stay in range, a wrong answer sends the card to box 1 due at once, class answers change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), instant, fc.constantFrom('play' as const, 'review' as const, 'class' as const)), { maxLength: 30 }),
        fc.option(leitnerCard, { nil: undefined }),
        (answers, first) => {
          let cards: Record<string, LeitnerCard> = first ? { e: first } : {};
          for (const [correct, at, mode] of answers) {
            const before = cards;
            cards = recordAnswer(cards, 'e', correct, new Date(at), mode);
            const card = (cards as Record<string, { box: number; due: string; retired: boolean }>).e;
            if (mode === 'class') expect(cards).toBe(before);
            if (!card) continue;
            expect(card.box).toBeGreaterThanOrEqual(1);
            expect(card.box).toBeLessThanOrEqual(LEITNER_BOX_COUNT);
            if (!correct && mode !== 'class') {
              expect(card).toMatchObject({ box: 1, retired: false, due: at });
              expect(isDue(card as never, new Date(at))).toBe(true);
            }
            if (correct && mode !== 'class' && !card.retired && card !== (before as Record<string, unknown>).e) {
              expect(Date.parse(card.due) - Date.parse(at)).toBe(BOX_INTERVALS_MS[card.box - 1]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('names and limits (case 8)', () => {
  it('the profile name limit counts what a reader sees: an emoji is never cut in half', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(cleanProfileName(`a${'😀'.repeat(50)}`)).toBe(`a${'😀'.repeat(PROFILE_NAME_MAX_LENGTH - 1)}`);
    expect(cleanProfileName(family.repeat(45))).toBe(family.repeat(PROFILE_NAME_MAX_LENGTH));
    expect(profileNameProblem(family.repeat(PROFILE_NAME_MAX_LENGTH), [])).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => {
        const clean = cleanProfileName(name);
        if (clean !== null) expect(hasLoneSurrogate(clean)).toBe(false);
      }),
    );
  }, 30_000);

  it('team names: a long emoji name is not cut, and duplicates ignore accents as well as case and spaces', () => {
    const name = '🦊'.repeat(TEAM_NAME_MAX_LENGTH);
    const fine = checkTeams([name, 'Hiboux'], (n) => `Équipe ${n}`);
    expect(fine.ok).toBe(true);
    const same = checkTeams(['Élan', 'elan'], (n) => `Équipe ${n}`);
    expect(same.ok).toBe(false);
    const same2 = checkTeams(['  Les   Écureuils ', 'les ecureuils'], (n) => `Équipe ${n}`);
    expect(same2.ok).toBe(false);
  });
});
