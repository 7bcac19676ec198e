import './career-card.css';
import { careerOf } from '../../core/game';
import { useGameState } from '../shared/context';
import { useT } from '../shared/i18n';
import { rankName, requirementText } from './words';

/**
 * The menu's career line: the rank, the next one and what it takes. Compact for a phone: the
 * conditions sit in a disclosure whose summary already says how many are met.
 */
export function CareerCard() {
  const state = useGameState();
  const t = useT();
  const view = careerOf(state);
  const next = view.next;
  const met = next ? next.requirements.filter((req) => req.met).length : 0;
  return (
    <section class="card career-card" aria-labelledby="career-title" data-testid="career-card">
      <h2 id="career-title" class="visually-hidden">
        {t('career:menu.title')}
      </h2>
      <p class="career-rank" data-testid="career-rank">
        <span class="rank-badge" aria-hidden="true">
          {view.rank + 1}
        </span>{' '}
        <strong>{t('career:menu.rank', { rank: rankName(t, view.rankId) })}</strong>
      </p>
      {next ? (
        <details class="career-next">
          <summary data-testid="career-next">
            {t('career:menu.next', { rank: rankName(t, next.rankId) })} ·{' '}
            {t('career:menu.progress', { count: met, met, total: next.requirements.length })}
          </summary>
          <ul class="career-reqs">
            {next.requirements.map((req) => (
              <li key={req.kind + ('stars' in req ? req.stars : '')} class={req.met ? 'met' : 'todo'}>
                <span class="req-mark" aria-hidden="true">
                  {req.met ? '✓' : '○'}
                </span>{' '}
                <span class="visually-hidden">{t(req.met ? 'career:req.met' : 'career:req.todo')}, </span>
                {requirementText(t, req)}
              </li>
            ))}
          </ul>
          <p class="hint">{t('career:menu.how', { sure: t('play:confidence.sure') })}</p>
        </details>
      ) : (
        <p class="hint">{t('career:menu.top')}</p>
      )}
    </section>
  );
}
