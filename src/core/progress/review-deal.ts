/**
 * What a review round deals: the mistakes that are due, mixed with a few excerpts the player has
 * not met yet, taken from the categories they confuse most. Boosters work through memory, but
 * transfer to new items is small (Roozenbeek et al. 2022): re-reading the same sentences alone
 * would train recall of those sentences, not the skill.
 */
import type { Category } from '../categories';
import { seededRandom, shuffle } from '../rng';
import { reviewableCards } from './leitner';
import type { ProfileData } from './records';
import { topConfusions } from './report';
import { allAnswers, confusionMatrix } from './stats';

/** At most this many unseen excerpts join a review round. */
export const REVIEW_NEW_EXCERPTS = 3;

export interface ReviewCandidate {
  id: string;
  category: Category;
}

/** Excerpt ids for a review round of at most `size`: empty when nothing is due (there is no review then). */
export function reviewDeal(
  profile: ProfileData,
  candidates: readonly ReviewCandidate[],
  options: { now: Date; seed: number; size: number },
): string[] {
  const known = new Set(candidates.map((c) => c.id));
  const due = reviewableCards(profile.leitner, known, options.now).map((card) => card.excerptId);
  if (due.length === 0) return [];
  const random = seededRandom(options.seed);
  const seen = new Set(allAnswers(profile.rounds).map((a) => a.excerptId));
  // The categories the player took for another, most often first.
  const confused = [...new Set(topConfusions(confusionMatrix(allAnswers(profile.rounds)), 4).map((c) => c.expected))];
  const fresh = confused.flatMap((category) =>
    shuffle(
      candidates.filter((c) => c.category === category && !seen.has(c.id)),
      random,
    ),
  );
  const newCount = Math.min(REVIEW_NEW_EXCERPTS, fresh.length, Math.max(0, options.size - 1));
  const dueCount = Math.min(due.length, options.size - newCount);
  return shuffle([...due.slice(0, dueCount), ...fresh.slice(0, newCount).map((c) => c.id)], random);
}
