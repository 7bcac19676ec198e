import type { Excerpt } from '../../core/content/schema';
import { ArticleIcon } from './CategoryIcon';
import { useUi } from './context';
import { useT } from './i18n';

/** "See it in the article": the source viewer opened at this excerpt (after an answer, in an investigation). */
export function SeeInArticle(props: { excerpt: Pick<Excerpt, 'id' | 'article'> }) {
  const { store } = useUi();
  const t = useT();
  const { excerpt } = props;
  return (
    <button
      type="button"
      class="source-button"
      onClick={() => store.dispatch({ type: 'open-viewer', articleId: excerpt.article, focusExcerptId: excerpt.id })}
    >
      <ArticleIcon /> {t('viewer:seeInArticle')}
    </button>
  );
}
