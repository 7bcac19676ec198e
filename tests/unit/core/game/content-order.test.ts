/** The order the articles' texts are asked for after the menu (#15: one chunk per article). */
import { describe, expect, it } from 'vitest';
import { emittedContentIndex } from '../../../../scripts/lib/content-index';
import { dossierRound } from '../../../../src/core/career/dossiers';
import { textsOrder } from '../../../../src/core/game/content-order';
import { emptyProfileData, type ProfileData } from '../../../../src/core/progress/records';

const index = emittedContentIndex();
const ALL = index.articles.map((a) => a.id);
const AT = '2026-03-01T09:00:00.000Z';
const dossier = { stars: { accuracy: true, clues: false, calibration: false }, bestRight: 5, plays: 1, firstAt: AT, lastAt: AT };
const profile = (extra: Partial<ProfileData> = {}): ProfileData => ({ ...emptyProfileData('p1'), ...extra });

describe('textsOrder', () => {
  it('asks for every article once, the first dossier first for a new player', () => {
    expect(textsOrder({ resumable: null, profile: profile() }, index)).toEqual(ALL);
  });

  it('puts the round left off first, then the next dossier not finished', () => {
    const resumable = dossierRound(index, '003', { at: AT, seed: 1 });
    const career = { rank: 0, dossiers: { '000': dossier, '001': dossier } };
    const order = textsOrder({ resumable, profile: profile({ career }) }, index);
    expect(order.slice(0, 2)).toEqual(['003', '002']);
    expect([...order].sort()).toEqual(ALL);
  });

  it('puts the articles of the investigation under way before the rest', () => {
    const investigation = index.investigations.find((i) => !i.articles.includes('000'));
    expect(investigation).toBeDefined();
    const current = { id: investigation!.id, startedAt: AT, updatedAt: AT, answers: {}, phase: 'classify' as const };
    const order = textsOrder({ resumable: null, profile: profile({ investigations: { current, results: {} } }) }, index);
    expect(order.slice(0, investigation!.articles.length)).toEqual([...new Set(investigation!.articles)]);
    expect(order).toHaveLength(ALL.length);
  });
});
