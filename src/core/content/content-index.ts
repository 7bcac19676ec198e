/**
 * The content index: what the menu and the reading of saved data need of the content, and
 * nothing more (issue #15). The whole bundle (texts, explanations, articles) arrives after the
 * menu is up; until then the game knows each excerpt's id, article and answer (a saved round
 * is read back against them, a lesson code checked, review cards counted), each article's
 * label (the menu names an investigation's articles) and short name (the article is whatever
 * file the content has, and names itself: a dossier, a board lane), the topics' labels (an investigation on a
 * topic is named by it, assets/content/topics.json) and the investigations derived from the
 * key (the menu counts the open ones). The build emits it from the same files as the bundle
 * (scripts/lib/content-index.ts), and a unit test checks the two agree.
 */
import { type Investigation, investigationsOf } from '../investigations/derive';
import type { Article, ContentBundle, Excerpt } from './schema';
import type { TopicLabels } from './topics';

export type ExcerptKey = Pick<Excerpt, 'id' | 'article' | 'category'>;
export type ArticleLabel = Pick<Article, 'id' | 'label' | 'name'>;

/** What any content source has: the bundle or its index. */
export interface ExcerptKeys {
  excerpts: readonly ExcerptKey[];
}

export interface ContentIndex extends ExcerptKeys {
  articles: readonly ArticleLabel[];
  excerpts: readonly ExcerptKey[];
  topics: TopicLabels;
  investigations: readonly Investigation[];
}

/** The index of a bundle and its topics' labels, in the bundle's order. */
export function indexOf(bundle: ContentBundle, topics: TopicLabels): ContentIndex {
  return {
    articles: bundle.articles.map(({ id, label, name }) => ({ id, label, name })),
    excerpts: bundle.excerpts.map(({ id, article, category }) => ({ id, article, category })),
    topics: topics.map(({ id, label }) => ({ id, label })),
    investigations: investigationsOf(bundle),
  };
}

/**
 * An article's short name in `language`, from the content; the id itself only for an article the
 * content no longer has (an old saved round or progress record), which the game names no better.
 */
export function articleName(articles: readonly Pick<ArticleLabel, 'id' | 'name'>[], id: string, language: 'fr' | 'en'): string {
  return articles.find((article) => article.id === id)?.name[language] ?? id;
}
