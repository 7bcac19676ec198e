import { CATEGORIES } from '../../core/categories';
import { bestScore, dueCount, isNewBest } from '../../core/game';
import { SOLO, tallyByCategory } from '../../core/round';
import { useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';

export function Results() {
  const state = useGameState();
  const { store, knownExcerptIds } = useUi();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const round = state.round;
  if (!round) return null;
  const score = round.scores[SOLO.id] ?? { score: 0, right: 0, wrong: 0, bestStreak: 0, streak: 0 };
  const total = round.turns.length;
  const tally = tallyByCategory(round);
  const newBest = isNewBest(state);

  return (
    <section class="screen results" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1} ref={headingRef}>
        {t(round.mode === 'review' ? 'results:reviewMode' : 'results:title')}
      </h1>
      <div class="card">
        <p class="big-score" data-testid="final-score">
          {t('results:score', { score: score.score })}
        </p>
        {newBest && <p class="new-best">{t('results:newBest')}</p>}
        <p>{t('results:accuracy', { count: score.right, right: score.right, total })}</p>
        <p>{t('results:bestStreak', { count: score.bestStreak })}</p>
        <p data-testid="best-score">{t('results:best', { score: bestScore(state) })}</p>
      </div>
      <div class="card">
        <h2>{t('results:perCategory')}</h2>
        <table class="tally">
          <thead>
            <tr>
              <th scope="col">{t('results:tableCategory')}</th>
              <th scope="col">{t('results:tableRight')}</th>
              <th scope="col">{t('results:tableWrong')}</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">
                  <span class={`dot cat-${category}`} aria-hidden="true" /> {t(`common:category.${category}`)}
                </th>
                <td>{tally[category].right}</td>
                <td>{tally[category].wrong}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => store.dispatch({ type: 'start-round', mode: round.mode === 'review' ? 'review' : 'play' })}
          disabled={round.mode === 'review' && dueCount(state, knownExcerptIds, new Date()) === 0}
        >
          {t('results:playAgain')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'progress' })}>
          {t('results:progress')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
          {t('results:menu')}
        </button>
      </div>
    </section>
  );
}
