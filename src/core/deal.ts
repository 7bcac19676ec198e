/**
 * Choosing the excerpts of a round: a round should mix categories and articles (so a
 * player cannot win by always answering the same thing) and never repeat an excerpt.
 */
import { CATEGORIES, type Category } from './categories';
import { seededRandom, shuffle, type Random } from './rng';

export interface DealCandidate {
  id: string;
  article: string;
  category: Category;
}

export interface DealOptions {
  size: number | 'all';
  seed: number;
  /** How many times each excerpt was already played: the less seen are preferred. */
  timesSeen?: Readonly<Record<string, number>>;
}

export function dealRound(candidates: readonly DealCandidate[], options: DealOptions): string[] {
  const random = seededRandom(options.seed);
  const size = options.size === 'all' ? candidates.length : Math.min(options.size, candidates.length);
  const seen = options.timesSeen ?? {};
  // Least-seen first, random among equals.
  const pool = shuffle(candidates, random).sort((a, b) => (seen[a.id] ?? 0) - (seen[b.id] ?? 0));

  const byCategory = new Map<Category, DealCandidate[]>(CATEGORIES.map((c) => [c, []]));
  for (const c of pool) byCategory.get(c.category)?.push(c);

  const chosen: DealCandidate[] = [];
  const perArticle = new Map<string, number>();
  // Rotate through categories in a random order; within one, take the least-used article.
  let rotation = shuffle(CATEGORIES, random);
  while (chosen.length < size) {
    let tookAny = false;
    for (const category of rotation) {
      if (chosen.length >= size) break;
      const options = byCategory.get(category) ?? [];
      if (options.length === 0) continue;
      let bestIndex = 0;
      for (let i = 1; i < options.length; i++) {
        const candidate = options[i] as DealCandidate;
        const best = options[bestIndex] as DealCandidate;
        const seenDiff = (seen[candidate.id] ?? 0) - (seen[best.id] ?? 0);
        if (seenDiff < 0 || (seenDiff === 0 && (perArticle.get(candidate.article) ?? 0) < (perArticle.get(best.article) ?? 0))) bestIndex = i;
      }
      const [taken] = options.splice(bestIndex, 1) as [DealCandidate];
      chosen.push(taken);
      perArticle.set(taken.article, (perArticle.get(taken.article) ?? 0) + 1);
      tookAny = true;
    }
    if (!tookAny) break;
    rotation = shuffle(CATEGORIES, random);
  }
  return spreadArticles(shuffle(chosen, random), random).map((c) => c.id);
}

/** Reorders so two excerpts of the same article rarely follow each other (greedy, keeps randomness). */
function spreadArticles(items: DealCandidate[], random: Random): DealCandidate[] {
  const remaining = [...items];
  const ordered: DealCandidate[] = [];
  while (remaining.length > 0) {
    const previous = ordered[ordered.length - 1];
    const counts = new Map<string, number>();
    for (const r of remaining) counts.set(r.article, (counts.get(r.article) ?? 0) + 1);
    // Prefer the article with most left (avoids a tail of one article), never the previous one if avoidable.
    const eligible = remaining.filter((r) => r.article !== previous?.article);
    const from = eligible.length > 0 ? eligible : remaining;
    const most = Math.max(...from.map((r) => counts.get(r.article) ?? 0));
    const top = from.filter((r) => (counts.get(r.article) ?? 0) === most);
    const pick = top[Math.floor(random() * top.length)] as DealCandidate;
    ordered.push(pick);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return ordered;
}
