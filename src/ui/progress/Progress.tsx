import { useArticleName } from '../shared/article-name';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Category } from '../../core/categories';
import type { ContentBundle } from '../../core/content/schema';
import { activeProfile, dueCount } from '../../core/game';
import type { ProfileData } from '../../core/progress/records';
import { articleProgress, biasSummary, categoryTrend, chanceLevel, TREND_WINDOW, topConfusions } from '../../core/progress/report';
import {
  accuracy,
  allAnswers,
  calibration,
  confidentMistakes,
  confusionMatrix,
  discernmentHalves,
  discrimination,
  roundSummaries,
} from '../../core/progress/stats';
import { useContent, useGameState, useUi } from '../shared/context';
import { formatDate, formatDecimal, formatPercent, formatTime } from '../shared/format';
import { Halves } from '../shared/Halves';
import { useT } from '../shared/i18n';
import { Bar, ConfusionGrid, TrendCharts } from './progress-charts';
import { ProgressData } from './ProgressData';

/** Rounds listed before "Show all": a screenful on a phone. */
const HISTORY_PREVIEW = 8;

/** Everything the screen shows, computed once per change of the profile's data. */
function buildReport(data: ProfileData, content: ContentBundle) {
  const answers = allAnswers(data.rounds);
  const excerptCounts = content.articles.map((article) => ({
    articleId: article.id,
    excerptCount: content.excerpts.filter((e) => e.article === article.id).length,
  }));
  const matrix = confusionMatrix(answers);
  return {
    answers,
    rounds: roundSummaries(data.rounds).reverse(),
    trend: categoryTrend(data.rounds),
    discrimination: discrimination(answers),
    halves: discernmentHalves(answers),
    chance: chanceLevel(answers),
    bias: biasSummary(answers),
    matrix,
    confusions: topConfusions(matrix, 1),
    calibration: calibration(answers),
    confidentMistakes: confidentMistakes(answers).length,
    articles: articleProgress(answers, excerptCounts),
  };
}

export function Progress() {
  const state = useGameState();
  const { store, knownExcerptIds } = useUi();
  const { content } = useContent();
  const nameOf = useArticleName();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showAllRounds, setShowAllRounds] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  const language = state.settings.language;
  const data = state.profile;
  const report = useMemo(() => buildReport(data, content), [data, content]);
  const percent = (rate: number) => formatPercent(rate, language);
  const category = (c: Category) => t(`common:categoryShort.${c}`);
  const empty = data.rounds.length === 0;
  const shownRounds = showAllRounds ? report.rounds : report.rounds.slice(0, HISTORY_PREVIEW);
  const rated = report.calibration.some((row) => row.answered > 0);

  return (
    <section class="screen progress" aria-labelledby="progress-title">
      <div class="screen-head">
        <h1 id="progress-title" tabIndex={-1} ref={headingRef}>
          {t('progress:title')}
        </h1>
        <p class="profile-line">
          <span data-testid="progress-profile">{t('progress:profile', { name: activeProfile(state).name })}</span>{' '}
          <button type="button" class="link-button" onClick={() => store.dispatch({ type: 'navigate', screen: 'profiles' })}>
            {t('progress:switchProfile')}
          </button>
        </p>
      </div>
      {!state.storage.persistent && <p class="notice-inline">{t('progress:notKept')}</p>}
      {state.storage.persistent && state.storage.durability !== 'unknown' && (
        <p class={state.storage.durability === 'granted' ? 'profile-line' : 'notice-inline'} data-testid="progress-durability">
          {t(state.storage.durability === 'granted' ? 'progress:durable' : 'progress:notDurable')}
        </p>
      )}

      {empty ? (
        <div class="card empty-progress">
          <h2>{t('progress:empty.title')}</h2>
          <p>{t('progress:empty.text')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'start-round', mode: 'play' })}>
              {t('progress:empty.play')}
            </button>
          </div>
        </div>
      ) : (
        <div class="progress-grid">
          <section class="card wide" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('progress:summary.title')}</h2>
            <dl class="tiles">
              <div>
                <dt>{t('progress:summary.rounds')}</dt>
                <dd data-testid="rounds-played">{data.rounds.length}</dd>
              </div>
              <div>
                <dt>{t('progress:summary.answers')}</dt>
                <dd>{report.answers.length}</dd>
              </div>
              <div>
                <dt>{t('progress:summary.bestScore')}</dt>
                <dd data-testid="progress-best-score">{data.bestScore}</dd>
              </div>
              <div>
                <dt>{t('progress:summary.bestStreak')}</dt>
                <dd data-testid="progress-best-streak">{data.bestStreak}</dd>
              </div>
              <div>
                <dt>{t('progress:summary.due')}</dt>
                <dd data-testid="progress-due">{dueCount(state, knownExcerptIds, new Date())}</dd>
              </div>
            </dl>
          </section>

          <section class="card wide" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('progress:trend.title')}</h2>
            <p class="hint">
              {t('progress:trend.axis')}{' '}
              {data.rounds.length === 1 ? t('progress:trend.onlyOne') : t('progress:trend.note', { previous: TREND_WINDOW - 1 })}{' '}
              {report.trend.length < data.rounds.length && t('progress:trend.lastRounds', { shown: report.trend.length, total: data.rounds.length })}
            </p>
            <TrendCharts
              points={report.trend}
              firstRoundNumber={data.rounds.length - report.trend.length + 1}
              language={language}
              t={t}
              titleId="trend-title"
            />
          </section>

          <section class="card" aria-labelledby="discernment-title">
            <h2 id="discernment-title">{t('progress:discrimination.title')}</h2>
            {report.discrimination.balancedAccuracy !== null && report.chance !== null && (
              <>
                <p class="headline-figure" data-testid="discernment">
                  {percent(report.discrimination.balancedAccuracy)}
                </p>
                <Bar rate={report.discrimination.balancedAccuracy} class="discernment-bar" />
                <p>{t('progress:discrimination.explain', { chance: percent(report.chance) })}</p>
              </>
            )}
            {report.discrimination.accuracy !== null && (
              <p class="hint">
                {t('progress:discrimination.raw', {
                  rate: percent(report.discrimination.accuracy),
                  right: accuracy(report.answers).right,
                  total: report.answers.length,
                })}
              </p>
            )}
            <Halves halves={report.halves} who="you" language={language} t={t} />
            {report.discrimination.kappa !== null && (
              <p class="hint">{t('progress:discrimination.kappa', { kappa: formatDecimal(report.discrimination.kappa, language) })}</p>
            )}
          </section>

          <section class="card" aria-labelledby="calibration-title">
            <h2 id="calibration-title">{t('progress:calibration.title')}</h2>
            {rated ? (
              <>
                <p class="chart-title">{t('progress:calibration.chartTitle')}</p>
                <ul class="bar-list" data-testid="calibration">
                  {[...report.calibration].reverse().map((row) => (
                    <li key={row.confidence} class={`bar-row conf-${row.confidence}`}>
                      <span class="bar-head">
                        <span class="bar-name">{t(`play:confidence.${row.confidence}`)}</span>
                        <span class="bar-value">
                          {row.rate === null
                            ? t('progress:calibration.none')
                            : t('progress:calibration.bar', { rate: percent(row.rate), right: row.right, answered: row.answered })}
                        </span>
                      </span>
                      <Bar rate={row.rate ?? 0} class="calibration-bar" />
                    </li>
                  ))}
                </ul>
                {report.confidentMistakes > 0 && (
                  <p class="callout">{t('progress:calibration.confidentMistakes', { count: report.confidentMistakes })}</p>
                )}
              </>
            ) : (
              <p>{t('progress:calibration.off')}</p>
            )}
          </section>

          <section class="card" aria-labelledby="bias-title">
            <h2 id="bias-title">{t('progress:bias.title')}</h2>
            {report.bias.status === 'too-few' && <p>{t('progress:bias.tooFew', { needed: report.bias.needed, answered: report.bias.answered })}</p>}
            {report.bias.status === 'balanced' && <p data-testid="bias-readout">{t('progress:bias.balanced')}</p>}
            {report.bias.status === 'biased' && (
              <ul class="plain-list" data-testid="bias-readout">
                {report.bias.findings.map((finding) => (
                  <li key={finding.category}>
                    {t(finding.tendency === 'over' ? 'progress:bias.over' : 'progress:bias.under', {
                      category: category(finding.category),
                      yours: percent(finding.answeredShare),
                      key: percent(finding.keyShare),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {report.bias.status === 'biased' && report.bias.findings.some((f) => f.category === 'propaganda' && f.tendency === 'over') && (
              <p class="callout">{t('progress:bias.suspicion')}</p>
            )}
            {report.bias.status !== 'too-few' && (
              <div class="share-chart" role="group" aria-label={t('progress:bias.chartTitle')}>
                <p class="chart-title" aria-hidden="true">
                  {t('progress:bias.chartTitle')}
                </p>
                <p class="share-legend" aria-hidden="true">
                  <span class="legend-item">
                    <span class="swatch yours" /> {t('progress:bias.yours')}
                  </span>
                  <span class="legend-item">
                    <span class="swatch key" /> {t('progress:bias.key')}
                  </span>
                </p>
                {report.bias.readout.map((b) => (
                  <div
                    class="share-row"
                    key={b.category}
                    role="img"
                    aria-label={t('progress:bias.barLabel', {
                      category: category(b.category),
                      yours: percent(b.answeredShare),
                      key: percent(b.keyShare),
                    })}
                  >
                    <span class="share-head">
                      <span class="share-name">{category(b.category)}</span>
                      <span class="share-values">
                        {percent(b.answeredShare)} / {percent(b.keyShare)}
                      </span>
                    </span>
                    <Bar rate={b.answeredShare} class={`yours cat-${b.category}`} />
                    <Bar rate={b.keyShare} class="key" />
                  </div>
                ))}
              </div>
            )}
          </section>

          <section class="card" aria-labelledby="confusion-title">
            <h2 id="confusion-title">{t('progress:confusion.title')}</h2>
            <ConfusionGrid matrix={report.matrix} t={t} captionId="confusion-how" />
            <p class="hint" id="confusion-how">
              {t('progress:confusion.how')}
            </p>
            <p data-testid="top-confusion">
              {report.confusions[0]
                ? t('progress:confusion.top', {
                    expected: category(report.confusions[0].expected),
                    answered: category(report.confusions[0].answered),
                    count: report.confusions[0].count,
                  })
                : t('progress:confusion.none')}
            </p>
          </section>

          <section class="card wide" aria-labelledby="articles-title">
            <h2 id="articles-title">{t('progress:articles.title')}</h2>
            <p class="stack-legend" aria-hidden="true">
              <span class="legend-item">
                <span class="swatch mastered" /> {t('progress:articles.mastered')}
              </span>
              <span class="legend-item">
                <span class="swatch seen" /> {t('progress:articles.seen')}
              </span>
              <span class="legend-item">
                <span class="swatch unseen" /> {t('progress:articles.unseen')}
              </span>
            </p>
            <ul class="bar-list articles" data-testid="article-mastery">
              {report.articles.map((a) => {
                const label = t('progress:articles.bar', { mastered: a.mastered, total: a.excerptCount, seen: a.seen });
                const of = (n: number) => `${a.excerptCount === 0 ? 0 : (n / a.excerptCount) * 100}%`;
                return (
                  <li key={a.articleId} class="article-row">
                    <span class="bar-name">{nameOf(a.articleId)}</span>
                    <span class="stack-track" role="img" aria-label={label}>
                      <span class="stack mastered" style={{ width: of(a.mastered) }} />
                      <span class="stack seen" style={{ width: of(a.seen - a.mastered) }} />
                    </span>
                    <span class="bar-value" aria-hidden="true">
                      {label}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>

          <section class="card wide" aria-labelledby="history-title">
            <h2 id="history-title">{t('progress:history.title')}</h2>
            <div class="table-scroll">
              <table class="history" data-testid="round-history">
                <caption class="visually-hidden">{t('progress:history.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress:history.date')}</th>
                    <th scope="col" class="num">
                      {t('progress:history.score')}
                    </th>
                    <th scope="col">{t('progress:history.accuracy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownRounds.map((round) => (
                    <tr key={round.roundId}>
                      <th scope="row">
                        {formatDate(round.startedAt, language, 'medium')} <span class="small">{formatTime(round.startedAt, language)}</span>
                        {round.mode === 'review' && <span class="tag review-tag">{t('progress:history.modeReview')}</span>}
                        {round.mode === 'dossier' && <span class="tag review-tag">{t('career:history.modeDossier')}</span>}
                        {round.twoStep && <span class="tag two-step-tag">{t('progress:history.twoStep')}</span>}
                      </th>
                      <td class="num">{round.score}</td>
                      <td>
                        <span class="accuracy-cell">
                          {round.rate === null
                            ? '—'
                            : t('progress:history.accuracyValue', { right: round.right, answered: round.answered, rate: percent(round.rate) })}
                          <Bar rate={round.rate ?? 0} class="accuracy-bar" />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {report.rounds.length > HISTORY_PREVIEW && (
              <button type="button" class="link-button" aria-expanded={showAllRounds} onClick={() => setShowAllRounds(!showAllRounds)}>
                {showAllRounds ? t('progress:history.showFewer') : t('progress:history.showAll', { count: report.rounds.length })}
              </button>
            )}
          </section>
        </div>
      )}

      <ProgressData />

      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {/* Opened from a round's results, it closes to the menu (see close-screen): the button says so. */}
          {state.returnTo === 'results' ? t('common:menu') : t('common:back')}
        </button>
      </div>
    </section>
  );
}
