/**
 * Data for the "What the other articles say" view: for one excerpt, the passages of
 * other articles on the same point, the figures they give side by side, and the
 * articles that say nothing about it (silence is worth teaching too).
 */
import type { Article, ArticleId, Bilingual, ContentBundle, Excerpt, Relation } from './schema';

export interface RelatedPassage {
  excerpt: Excerpt;
  article: Article;
  relation: Relation;
}

export interface FigureRow {
  excerpt: Excerpt;
  article: Article;
  figure: Bilingual;
}

export interface TopicFigures {
  topic: string;
  rows: FigureRow[];
}

export interface OtherArticlesView {
  related: RelatedPassage[];
  /** At most one entry, for the excerpt's own topic; empty when it has none or nobody gives a figure. */
  figures: TopicFigures[];
}

export function otherArticlesView(bundle: ContentBundle, excerptId: string): OtherArticlesView {
  const excerpt = bundle.excerpts.find((candidate) => candidate.id === excerptId);
  if (!excerpt) throw new Error(`otherArticlesView: no excerpt ${excerptId}`);
  const articleById = new Map(bundle.articles.map((article) => [article.id, article]));
  const excerptById = new Map(bundle.excerpts.map((candidate) => [candidate.id, candidate]));

  const related: RelatedPassage[] = [];
  const listed = new Set<string>();
  const add = (other: Excerpt | undefined, relation: Relation) => {
    // Only other articles: the view is about what *they* say.
    if (!other || other.article === excerpt.article || listed.has(other.id)) return;
    const article = articleById.get(other.article);
    if (!article) return;
    listed.add(other.id);
    related.push({ excerpt: other, article, relation });
  };
  // The excerpt's own links first, in the author's order; then links made from the other side,
  // so a relation written on one excerpt only still shows on both.
  for (const link of excerpt.related) add(excerptById.get(link.id), link.relation);
  for (const other of sortByArticleThenId(bundle.excerpts)) {
    const back = other.related.find((link) => link.id === excerpt.id);
    if (back) add(other, back.relation);
  }

  const sameTopic = excerpt.topic === undefined ? [] : sortByArticleThenId(bundle.excerpts.filter((other) => other.topic === excerpt.topic));
  const rows: FigureRow[] = [];
  for (const other of sameTopic) {
    const article = articleById.get(other.article);
    if (article && other.figure) rows.push({ excerpt: other, article, figure: other.figure });
  }
  const figures = excerpt.topic !== undefined && rows.length > 0 ? [{ topic: excerpt.topic, rows }] : [];

  // No list of "silent" articles: missing links do not prove silence (the explanation says it).
  return { related, figures };
}

/** The excerpts of one article in reading order (block, then offset). */
export function excerptsOfArticle(bundle: ContentBundle, articleId: ArticleId): Excerpt[] {
  return bundle.excerpts
    .filter((excerpt) => excerpt.article === articleId)
    .sort((a, b) => a.position.block - b.position.block || a.position.offset - b.position.offset);
}

function sortByArticleThenId(excerpts: readonly Excerpt[]): Excerpt[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...excerpts].sort((a, b) => compare(a.article, b.article) || compare(a.id, b.id));
}
