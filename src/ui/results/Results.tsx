import { CATEGORIES } from '../../core/categories';
import { excerptReading } from '../../core/content/prose';
import { bestScore, dueCount, isNewBest, missedExcerptIds, soloVerdict, turnMarks } from '../../core/game';
import { type RoundState, SOLO, tallyByCategory, type Turn } from '../../core/round';
import { totalOf } from '../../core/scoring';
import { DossierResults } from '../career/DossierResults';
import { BoardEntry } from '../board/BoardEntry';
import { ClueLine } from '../shared/ClueLine';
import { useContent, useGameState, useUi } from '../shared/context';
import { ExcerptText } from '../shared/ExcerptCard';
import { Deeper } from '../shared/Explanation';
import { useFocusOnMount } from '../shared/focus';
import { formatSigned } from '../shared/format';
import { type Translate, useT } from '../shared/i18n';

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
  const missed = missedExcerptIds(round);

  return (
    <section class="screen results" aria-labelledby="results-title">
      <h1 id="results-title" tabIndex={-1} ref={headingRef}>
        {t(round.mode === 'review' ? 'results:reviewMode' : round.mode === 'dossier' ? 'career:results.title' : 'results:title')}
      </h1>
      <div class="card">
        <p class="big-score" data-testid="final-score">
          {t('results:score', { score: score.score })}
        </p>
        {newBest && <p class="new-best">{t('results:newBest')}</p>}
        <p>{t('results:accuracy', { count: score.right, right: score.right, total })}</p>
        <p>{t('results:bestStreak', { count: score.bestStreak })}</p>
        {/* Only played rounds set the best score: beside a review or a dossier's score it read as "0" (playtest). */}
        {round.mode === 'play' && <p data-testid="best-score">{t('results:best', { score: bestScore(state) })}</p>}
      </div>
      <DossierResults round={round} />
      {round.mode !== 'class' && <BoardEntry />}
      {missed.length > 0 && (
        <div class="card retry">
          <button type="button" class="primary big" onClick={() => store.dispatch({ type: 'start-round', mode: 'review', excerptIds: missed })}>
            {t('results:retryMissed', { count: missed.length })}
          </button>
          <p class="hint">{t('results:retryHint')}</p>
        </div>
      )}
      <RoundExcerpts round={round} t={t} />
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
          class={missed.length > 0 ? undefined : 'primary'}
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

/** Every excerpt of the round with the player's answer and the right one; each opens its feedback again. */
function RoundExcerpts(props: { round: RoundState; t: Translate }) {
  const { round, t } = props;
  return (
    <section class="card" aria-labelledby="round-excerpts-title">
      <h2 id="round-excerpts-title">{t('results:excerptsTitle')}</h2>
      <ol class="round-excerpts" data-testid="round-excerpts">
        {round.turns.map((turn, i) => (
          <RoundExcerpt key={turn.excerptId} turn={turn} number={i + 1} t={t} />
        ))}
      </ol>
    </section>
  );
}

function RoundExcerpt(props: { turn: Turn; number: number; t: Translate }) {
  const { turn, number, t } = props;
  const state = useGameState();
  const { excerptById, articleById } = useContent();
  const excerpt = excerptById.get(turn.excerptId);
  if (!excerpt) return null;
  const language = state.settings.language;
  const { answer, right } = soloVerdict(turn);
  const gained = turn.gained[SOLO.id];
  const category = (c: Turn['expected']) => t(`common:category.${c}`);
  return (
    <li class={`round-excerpt ${right ? 'is-right' : 'is-wrong'}`}>
      <details>
        <summary>
          <span class="verdict-mark" aria-hidden="true">
            {right ? '✓' : '✗'}
          </span>{' '}
          <span class="round-excerpt-title">{t('results:excerptLine', { number })}</span>{' '}
          <span class="round-excerpt-answers">
            {right
              ? t('results:rightLine', { category: category(turn.expected) })
              : t('results:wrongLine', { answered: answer ? category(answer.category) : '—', category: category(turn.expected) })}
          </span>
          {gained && <span class="round-excerpt-points"> · {t('play:points', { points: formatSigned(totalOf(gained), language) })}</span>}
        </summary>
        <div class="round-excerpt-body">
          <ExcerptText excerpt={excerpt} mode={{ kind: 'revealed', marks: turnMarks(turn) }} language={language} showOther={false} t={t} />
          {answer?.marks !== undefined && <ClueLine excerpt={excerpt} marks={answer.marks} t={t} language={language} right={right} />}
          <p class="short-explanation">{excerptReading(excerpt, articleById, language).short}</p>
          <Deeper excerpt={excerpt} />
        </div>
      </details>
    </li>
  );
}
