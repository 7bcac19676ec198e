import { dossiersCompletedByRound } from '../../core/stage-board';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/**
 * On the results: the dossiers this round completed, said in words (the stage draws the same
 * moment), and the way to the board, for a pupil and for a teacher's debrief at the end of a lesson.
 */
export function BoardEntry() {
  const state = useGameState();
  const { store, content } = useUi();
  const t = useT();
  const articles = dossiersCompletedByRound(state, content.excerpts);
  const names = articles.map((id) => t(`common:article.${id}`));
  return (
    <div class="card board-entry">
      {articles.length > 0 && (
        <p class="board-completed" data-testid="dossier-completed">
          {t('board:completed', { count: articles.length, articles: names.join(t('board:listSeparator')) })}
        </p>
      )}
      <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'board' })}>
        {t('board:resultsEntry')}
      </button>
    </div>
  );
}
