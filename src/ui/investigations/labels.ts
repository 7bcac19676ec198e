/** How the investigation screens name an investigation and list its articles, from the content alone. */
import { type ArticleLabels, type FrenchForm, resolveArticleRefs } from '../../core/content/prose';
import type { ArticleId } from '../../core/content/schema';
import { type TopicLabels, topicLabel } from '../../core/content/topics';
import type { Investigation } from '../../core/investigations';
import type { Language } from '../../core/progress/records';
import type { Translate } from '../shared/i18n';

/** "a, b and c" (or "or"), each article by its label, contracted after « de » in French when asked. */
export function articleList(
  articles: readonly ArticleId[],
  content: { articles: ArticleLabels },
  language: Language,
  t: Translate,
  join: 'and' | 'or',
  form?: FrenchForm,
): string {
  const refs = articles.map((id) => `{{article:${id}${form && language === 'fr' ? `|${form}` : ''}}}`);
  const last = refs.pop();
  const text = refs.length === 0 ? (last ?? '') : `${refs.join(', ')} ${t(`investigations:${join}`)} ${last}`;
  // A leading "x" keeps the first label in lower case (the resolver capitalises what opens a sentence).
  return resolveArticleRefs(`x ${text}`, content.articles, language).slice(2);
}

/** An investigation on a topic is named by the topic's label (the content's, topics.json); one on links by its articles. */
export function investigationTitle(
  investigation: Investigation,
  content: { articles: ArticleLabels; topics: TopicLabels },
  language: Language,
  t: Translate,
): string {
  if (investigation.kind === 'topic' && investigation.topic !== undefined) {
    const topic = topicLabel(content.topics, investigation.topic, language);
    return topic ? t('investigations:title.topic', { topic }) : t('investigations:title.topicUnnamed');
  }
  return t('investigations:title.link', { articles: articleList(investigation.articles, content, language, t, 'and') });
}
