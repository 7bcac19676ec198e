/**
 * The rank rules, played out: simulated players go through normal rounds and dossiers of the
 * real content, each finished round entering the profile the way the game records it
 * (appendRoundRecord), and the rank is read after every round.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { dossierArticles, dossierRound } from '../../../../src/core/career/dossiers';
import { careerMeasures, careerView, RANK_RULES, RANKS, rankEarned, rankOf } from '../../../../src/core/career/ranks';
import { CATEGORIES, type Category } from '../../../../src/core/categories';
import type { ContentBundle } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { newRound } from '../../../../src/core/new-round';
import { appendRoundRecord } from '../../../../src/core/progress/merge';
import { type AnswerRecord, type Confidence, emptyProfileData, type ProfileData, type RoundRecord } from '../../../../src/core/progress/records';
import { seededRandom } from '../../../../src/core/rng';
import type { RoundState } from '../../../../src/core/round';

const content = validateContent(readContent().input, { minimums: false }).bundle as ContentBundle;
const articleOf = new Map(content.excerpts.map((e) => [e.id, e.article as string]));

interface Decision {
  category: Category;
  confidence?: Confidence;
  clueFound?: boolean;
}
type Player = (expected: Category, random: () => number) => Decision;

/** Plays a dealt round with a strategy and returns its record, as the game would store it. */
function play(round: RoundState, player: Player, random: () => number, t0: number): RoundRecord {
  const answers: AnswerRecord[] = round.excerptIds.map((excerptId, i) => {
    const expected = round.expected[i] as Category;
    const d = player(expected, random);
    const record: AnswerRecord = {
      excerptId,
      articleId: articleOf.get(excerptId) as string,
      expected,
      answered: d.category,
      at: new Date(t0 + i * 1000).toISOString(),
    };
    if (d.confidence) record.confidence = d.confidence;
    if (d.clueFound !== undefined) {
      record.marks = [0];
      record.clueFound = d.clueFound;
    }
    return record;
  });
  const at = new Date(t0).toISOString();
  return { id: round.id, mode: round.mode, startedAt: at, endedAt: new Date(t0 + 60_000).toISOString(), score: 0, bestStreak: 0, answers };
}

interface Reached {
  /** Answers given in all, and rounds played, when the rank was reached. */
  answers: number;
  rounds: number;
}

/** A career of `rounds` rounds: one dossier in three (the five in turn, then again), the others normal rounds of 10. */
function career(player: Player, seed: number, rounds: number): { profile: ProfileData; highest: number; reached: Reached[] } {
  const random = seededRandom(seed);
  const articles = dossierArticles(content);
  let profile = emptyProfileData('p');
  let highest = 0;
  let answers = 0;
  const reached: Reached[] = [{ answers: 0, rounds: 0 }];
  for (let n = 0; n < rounds; n++) {
    const t0 = Date.UTC(2026, 0, 1) + n * 3_600_000;
    const stamp = { at: new Date(t0).toISOString(), seed: (seed * 7919 + n) >>> 0 };
    const round =
      n % 3 === 2
        ? dossierRound(content, articles[Math.floor(n / 3) % articles.length] as (typeof articles)[number], stamp)
        : newRound(content, { ...stamp, size: 10 });
    if (!round) throw new Error('nothing dealt');
    profile = appendRoundRecord(profile, play(round, player, random, t0));
    answers += round.excerptIds.length;
    const rank = rankOf(profile);
    for (let r = highest + 1; r <= rank; r++) reached[r] = { answers, rounds: n + 1 };
    highest = Math.max(highest, rank);
  }
  return { profile, highest, reached };
}

const anyCategory = (random: () => number): Category => CATEGORIES[Math.floor(random() * 4)] as Category;
const anyConfidence = (random: () => number): Confidence => (['unsure', 'fairly', 'sure'] as const)[Math.floor(random() * 3)] as Confidence;

/** Guessers, with the clue step always "found" (the most a guesser could get from marking words). */
const GUESSERS: Record<string, Player> = {
  'random answers, random certainty': (_e, r) => ({ category: anyCategory(r), confidence: anyConfidence(r), clueFound: r() < 0.5 }),
  'random answers, always "sure"': (_e, r) => ({ category: anyCategory(r), confidence: 'sure', clueFound: true }),
  'random answers, no certainty asked': (_e, r) => ({ category: anyCategory(r), clueFound: true }),
  ...Object.fromEntries(
    CATEGORIES.map((c) => [`always "${c}", always "sure"`, (() => ({ category: c, confidence: 'sure', clueFound: true })) as Player]),
  ),
  // Not a guesser in the dossiers (it earns stars in the articles full of opinions), but it tells only one kind apart.
  'always "opinion" (the commonest answer), "sure" exactly when it is one': (e) => ({
    category: 'opinion',
    confidence: e === 'opinion' ? 'sure' : 'unsure',
    clueFound: true,
  }),
};

/** Right with probability `p`; when wrong, a random other category. */
function knower(p: number, confidence: (right: boolean, r: () => number) => Confidence | undefined): Player {
  return (expected, r) => {
    const right = r() < p;
    const category = right ? expected : (CATEGORIES.filter((c) => c !== expected)[Math.floor(r() * 3)] as Category);
    return { category, confidence: confidence(right, r), clueFound: right && r() < 0.8 };
  };
}

describe('rank rules', () => {
  it('give the ladder in order, each rank asking at least as much as the one below', () => {
    expect(RANKS).toEqual(['intern', 'reporter', 'analyst', 'specialist', 'head']);
    expect(RANK_RULES).toHaveLength(RANKS.length);
    for (let r = 2; r < RANK_RULES.length; r++) {
      const rule = RANK_RULES[r];
      const lower = RANK_RULES[r - 1];
      if (!rule || !lower) throw new Error('missing rule');
      expect(rule.discernment).toBeGreaterThan(lower.discernment);
      // A longer run of "sure" answers, right at least as often.
      expect(rule.sureOf).toBeGreaterThan(lower.sureOf);
      expect(rule.sureRight / rule.sureOf).toBeGreaterThanOrEqual(lower.sureRight / lower.sureOf);
      // Each step asks for more answers than the step before it did.
      const lowerStep = lower.minAnswers - (RANK_RULES[r - 2]?.minAnswers ?? 0);
      expect(rule.minAnswers - lower.minAnswers).toBeGreaterThan(lowerStep);
      // More dossiers, or better ones.
      const best = (x: typeof rule) => Math.max(...x.dossiers.map((d) => d.count * d.stars));
      expect(best(rule)).toBeGreaterThan(best(lower));
    }
    // The top rank asks for every dossier of the shipped content, and no more.
    expect(Math.max(...(RANK_RULES.at(-1)?.dossiers.map((d) => d.count) ?? [0]))).toBe(dossierArticles(content).length);
  });

  it('start a new profile as intern, with the next rank and what it takes', () => {
    const view = careerView(emptyProfileData('p'));
    expect(view.rankId).toBe('intern');
    expect(view.next?.rankId).toBe('reporter');
    expect(view.next?.requirements.map((req) => [req.kind, req.met])).toEqual([
      ['dossiers', false],
      ['answers', false],
      ['discernment', false],
      ['sure', false],
    ]);
  });

  for (const [name, player] of Object.entries(GUESSERS)) {
    it(`never rank up a guesser however much they play: ${name}`, () => {
      // 12 careers of 150 rounds (about 2 000 answers and 50 dossiers each).
      for (let seed = 1; seed <= 12; seed++) {
        const { profile, highest } = career(player, seed, 150);
        expect(highest, `seed ${seed}: ${JSON.stringify(careerMeasures(profile))}`).toBe(0);
      }
    });
  }

  it('let a player who is right and calibrated climb to the top, each step more work than the last', () => {
    // Right 9 times in 10; "sure" on most right answers and a few wrong ones, as a careful pupil would.
    const player = knower(0.9, (right, r) => (right ? (r() < 0.75 ? 'sure' : 'fairly') : r() < 0.1 ? 'sure' : r() < 0.5 ? 'fairly' : 'unsure'));
    const steps: number[][] = RANKS.map(() => []);
    const rows: string[] = [];
    for (let seed = 1; seed <= 8; seed++) {
      const { profile, highest, reached } = career(player, seed, 60);
      expect(highest, `seed ${seed}`).toBe(RANKS.length - 1);
      expect(profile.career?.rank).toBe(RANKS.length - 1);
      // The top within 60 rounds (about 40 rounds of 10 and 20 dossiers): a few weeks of lessons.
      for (let r = 1; r < RANKS.length; r++) {
        const here = reached[r] as Reached;
        const below = reached[r - 1] as Reached;
        steps[r]?.push(here.answers - below.answers);
      }
      rows.push(
        `seed ${seed}: ${reached
          .slice(1)
          .map((x, i) => `${RANKS[i + 1]} ${x.answers} answers / ${x.rounds} rounds`)
          .join(', ')}`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const medians = steps.slice(1).map(median);
    // For the report: the answers a good player needs for each rank.
    console.info(`answers per rank step (median of 8 careers): ${medians.join(', ')}\n${rows.join('\n')}`);
    // Each step takes clearly more answers than the one before (the complaint: the second rank came too soon).
    for (let r = 1; r < medians.length; r++) expect(medians[r] as number, `step ${r + 1}`).toBeGreaterThan(1.3 * (medians[r - 1] as number));
    // The first rank in one long session, the top in a believable number of rounds (under 400 answers).
    expect(medians[0]).toBeLessThanOrEqual(70);
    expect(medians.reduce((a, b) => a + b, 0)).toBeLessThan(400);
  });

  it('hold a middling player below the top however long they play: practice alone does not make the higher ranks', () => {
    // Right about 2 times in 3 (well above chance), "sure" right about 4 times in 5.
    const middling = knower(0.65, (right, r) => (right ? (r() < 0.6 ? 'sure' : 'fairly') : r() < 0.3 ? 'sure' : 'unsure'));
    for (let seed = 1; seed <= 4; seed++) {
      // 120 rounds: about 1 300 answers, four times what a good player needs for the top.
      const { highest, reached } = career(middling, seed, 120);
      expect(highest, `seed ${seed}: ${JSON.stringify(reached)}`).toBeLessThan(RANKS.length - 1);
      expect(highest, `seed ${seed}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('let a fair player reach the first ranks, and hold back one whose certainty says nothing', () => {
    const fair = knower(0.8, (right, r) => (right ? (r() < 0.8 ? 'sure' : 'fairly') : 'unsure'));
    expect(career(fair, 3, 45).highest).toBeGreaterThanOrEqual(2);
    // As accurate, but "sure" only when wrong: the "sure" answers are all wrong, so no rank.
    const backwards = knower(0.8, (right) => (right ? 'unsure' : 'sure'));
    expect(career(backwards, 3, 60).highest).toBe(0);
    // Right almost always but never willing to say "sure": calibration cannot be shown, so no rank.
    const timid = knower(0.95, () => 'unsure');
    expect(career(timid, 3, 60).highest).toBe(0);
  });

  it('never take back a rank reached, even when the rounds that earned it are gone', () => {
    const player = knower(0.92, (right) => (right ? 'sure' : 'unsure'));
    const { profile } = career(player, 2, 30);
    const reached = rankOf(profile);
    expect(reached).toBeGreaterThan(0);
    const trimmed = { ...profile, rounds: [] };
    expect(rankEarned(careerMeasures(trimmed))).toBe(0);
    expect(rankOf(trimmed)).toBe(reached);
  });
});
