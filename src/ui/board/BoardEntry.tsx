import { useArticleName } from '../shared/article-name';
import { careerMoment } from '../../core/game/career';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/**
 * On the results: a dossier finished for the first time is now pinned on the board (said in words;
 * the stage draws the same moment), and the way to the board, for a pupil and for a teacher's
 * debrief at the end of a lesson.
 */
export function BoardEntry() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const nameOf = useArticleName();
  const dossier = careerMoment(state)?.dossier;
  return (
    <div class="card board-entry">
      {dossier?.firstTime && (
        <p class="board-completed" data-testid="dossier-completed">
          {t('board:completed', { articles: nameOf(dossier.article) })}
        </p>
      )}
      <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'board' })}>
        {t('board:resultsEntry')}
      </button>
    </div>
  );
}
