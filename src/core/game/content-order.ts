/**
 * In what order the articles' texts are fetched after the menu has painted (issue #15: one chunk
 * per article): first what the player is likely to open, so that on a slow network it is asked
 * for first. The round they left off, the investigation under way, the next dossier to finish,
 * then the others in id order. Every article is fetched: the game plays offline from the cache.
 */
import { dossierArticles } from '../career/dossiers';
import type { ContentIndex } from '../content/content-index';
import type { ArticleId } from '../content/schema';
import { findInvestigation } from './investigations';
import type { GameState } from './state';

export function textsOrder(state: Pick<GameState, 'resumable' | 'profile'>, index: ContentIndex): ArticleId[] {
  const first: ArticleId[] = [];
  // A saved round's excerpts name their articles (an id starts with its article's).
  for (const id of state.resumable?.excerptIds ?? []) first.push(id.slice(0, 3) as ArticleId);
  const current = state.profile.investigations?.current;
  if (current) first.push(...(findInvestigation(index, current.id)?.articles ?? []));
  const dossiers = dossierArticles(index);
  const finished = state.profile.career?.dossiers ?? {};
  const next = dossiers.find((article) => finished[article] === undefined);
  if (next !== undefined) first.push(next);
  const known = new Set<string>(index.articles.map((a) => a.id));
  return [...new Set([...first.filter((id) => known.has(id)), ...index.articles.map((a) => a.id)])];
}
