import { otherArticlesView } from '../../core/content/related';
import type { Excerpt } from '../../core/content/schema';
import { useArticleName } from './article-name';
import { topicLabel } from '../../core/content/topics';
import { ArticleIcon } from './CategoryIcon';
import { useContent, useGameState, useUi } from './context';
import { FiguresTable } from './FiguresTable';
import { useT, type Translate } from './i18n';

/**
 * "What the other articles say", from the sources: the figures each article gives side by
 * side, and the related passages (each openable in the viewer). Silence is said in the
 * explanation's own words: a list derived from missing links contradicted it (playtest).
 */
export function OtherArticles(props: { excerpt: Excerpt }) {
  const { excerpt } = props;
  const state = useGameState();
  const { store, index } = useUi();
  const { content } = useContent();
  const t = useT();
  const language = state.settings.language;
  const view = otherArticlesView(content, excerpt.id);
  const titleOf = useArticleName();

  return (
    <div class="other-articles">
      {view.figures.map((topic) => (
        <FiguresTable
          key={topic.topic}
          topic={topic}
          caption={topicCaption(topicLabel(index.topics, topic.topic, language), t)}
          currentId={excerpt.id}
          rowLabel={(row) => titleOf(row.article.id)}
        />
      ))}

      {view.related.length > 0 && (
        <>
          <h4 class="related-heading">{t('viewer:others.passages', { count: view.related.length })}</h4>
          <ul class="related-list">
            {view.related.map((passage) => {
              const title = titleOf(passage.article.id);
              return (
                <li class="related-item" key={passage.excerpt.id}>
                  <p class="related-head">
                    <span class={`relation-tag relation-${passage.relation}`}>{t(`viewer:relation.${passage.relation}`)}</span>{' '}
                    <cite class="related-title">{title}</cite>
                  </p>
                  <blockquote class="related-text" lang="fr">
                    {passage.excerpt.text}
                  </blockquote>
                  {language === 'en' && (
                    <blockquote class="related-text translation" lang="en">
                      {passage.excerpt.translation.en}
                    </blockquote>
                  )}
                  <button
                    type="button"
                    class="link-button open-passage"
                    aria-label={t('viewer:others.openNamed', { title })}
                    onClick={() => store.dispatch({ type: 'open-viewer', articleId: passage.article.id, focusExcerptId: passage.excerpt.id })}
                  >
                    <ArticleIcon /> {t('viewer:others.open')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** The topic's label comes from the content (topics.json); the check makes sure every topic has one. */
function topicCaption(label: string | null, t: Translate): string {
  return label ? t('viewer:others.figuresOn', { topic: label }) : t('viewer:others.figures');
}
