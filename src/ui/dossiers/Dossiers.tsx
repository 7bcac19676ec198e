import { useArticleName } from '../shared/article-name';
import { dossierArticles, dossierExcerptIds } from '../../core/career/dossiers';
import { dossierBest, nextStar } from '../../core/career/next-star';
import { dossierRecord } from '../../core/game';
import { StarRow, starsSummary } from '../career/words';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';
import { formatDate } from '../sources/SourceViewer';
import { nextStarText, starRuleLines } from './next-star-words';

/** The five articles as dossiers: what each is, its stars in words, and a button to play it. */
export function Dossiers() {
  const state = useGameState();
  const { store } = useUi();
  const { content, articleById } = useContent();
  const nameOf = useArticleName();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const language = state.settings.language;

  return (
    <section class="screen dossiers" aria-labelledby="dossiers-title">
      <h1 id="dossiers-title" tabIndex={-1} ref={headingRef}>
        {t('career:dossiers.title')}
      </h1>
      <div class="card">
        {/* One line a pupil reads; the exact thresholds behind a disclosure, for who wants them. */}
        <p>{t('career:dossiers.line')}</p>
        <details class="star-rules" data-testid="star-rules">
          <summary>{t('career:dossiers.rulesTitle')}</summary>
          <ul>
            {starRuleLines(t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p class="hint">{t('career:dossiers.ruleHow')}</p>
        </details>
        {state.resumable && <p class="hint warning">{t('career:dossiers.replaces')}</p>}
      </div>
      <ul class="dossier-list" data-testid="dossier-list">
        {dossierArticles(content).map((id) => {
          const article = articleById.get(id);
          if (!article) return null;
          const record = dossierRecord(state, id);
          const total = dossierExcerptIds(content, id).length;
          const next = nextStar(total, record?.stars ?? null, dossierBest(state.profile.rounds, id, record?.bestRight), state.settings);
          // The same short name as on the board and in the investigations (the source's own title keeps its
          // capitals as published, « Kim jong un… la russie », which read as a mistake of ours: playtest).
          const title = nameOf(id);
          return (
            <li key={id} class="card dossier-item" data-testid={`dossier-${id}`}>
              <h2>{title}</h2>
              <p class="dossier-meta">
                {/* A missing source or date is said, not skipped: it matters when judging a source. */}
                {[
                  article.publication ?? article.author ?? t('career:dossiers.noPublication'),
                  article.date ? formatDate(article.date, language) : t('career:dossiers.noDate'),
                  t(`common:articleKind.${article.kind}`),
                  t('career:dossiers.excerpts', { count: total }),
                ].join(' · ')}
              </p>
              <p class="dossier-stars" data-testid={`dossier-stars-${id}`}>
                <StarRow stars={record?.stars ?? null} /> {record ? starsSummary(t, record.stars) : t('career:stars.notPlayed')}
              </p>
              {record && (
                <p class="hint">
                  {t('career:dossiers.best', { count: record.bestRight, right: record.bestRight, total: Math.max(total, record.bestRight) })}
                </p>
              )}
              <p class="dossier-next" data-testid={`dossier-next-${id}`}>
                {nextStarText(t, next)}
              </p>
              <button
                type="button"
                class={record ? undefined : 'primary'}
                aria-label={t(record ? 'career:dossiers.replayNamed' : 'career:dossiers.openNamed', { title })}
                onClick={() => store.dispatch({ type: 'start-dossier', article: id })}
              >
                {t(record ? 'career:dossiers.replay' : 'career:dossiers.open')}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
          {t('results:menu')}
        </button>
      </div>
    </section>
  );
}
