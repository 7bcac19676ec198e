import { useArticleName } from '../shared/article-name';
import { dossierOf } from '../../core/career/dossiers';
import { currentExcerptId, type RoundState } from '../../core/round';
import { ArticleIcon } from '../shared/CategoryIcon';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/** In a dossier round: which article is played, and the article at hand (the source viewer, opened at this excerpt, the answer not shown). */
export function DossierPlay(props: { round: RoundState; part: 'tag' | 'read' }) {
  const { round, part } = props;
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const nameOf = useArticleName();
  const article = dossierOf(round);
  if (!article) return null;
  if (part === 'tag') {
    // The dossier's short name, as on the Dossiers screen and the board: the source's own title (its
    // capitals as the site wrote them) is quoted under the excerpt.
    const title = nameOf(article);
    return <p class="mode-tag">{t('career:play.tag', { title })}</p>;
  }
  if (round.phase !== 'answering' || state.pendingChoice) return null;
  return (
    <p class="dossier-read">
      <button
        type="button"
        class="source-button"
        aria-describedby="dossier-read-hint"
        onClick={() => store.dispatch({ type: 'open-viewer', articleId: article, focusExcerptId: currentExcerptId(round) ?? null })}
      >
        <ArticleIcon /> {t('career:play.read')}
      </button>{' '}
      <span id="dossier-read-hint" class="hint">
        {t('career:play.readHint')}
      </span>
    </p>
  );
}
