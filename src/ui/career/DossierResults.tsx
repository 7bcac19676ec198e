import { dossierOf } from '../../core/career/dossiers';
import { RANKS } from '../../core/career/ranks';
import { careerMoment, dossierRecord, roundStarChecks } from '../../core/game';
import type { RoundState } from '../../core/round';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { rankName, StarRow, starsSummary, starWhy } from './words';

/** On the results: a promotion if this round brought one, and after a dossier its stars, each earned or missing and why. */
export function DossierResults(props: { round: RoundState }) {
  const { round } = props;
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const moment = careerMoment(state);
  const article = dossierOf(round);
  const checks = roundStarChecks(round);
  const record = article ? dossierRecord(state, article) : null;
  const rankUp = moment?.rankUp ?? null;
  return (
    <>
      {rankUp !== null && (
        <div class="card rank-up" data-testid="rank-up">
          <p class="rank-up-lead">{t('career:results.rankUpLead')}</p>
          <p class="rank-up-text">{t('career:results.rankUp', { rank: rankName(t, RANKS[rankUp] ?? 'intern') })}</p>
        </div>
      )}
      {article && checks && (
        <section class="card dossier-results" aria-labelledby="dossier-stars-title" data-testid="dossier-results">
          <h2 id="dossier-stars-title">{t('career:results.starsTitle')}</h2>
          <ul class="star-checks">
            {checks.map((check) => {
              const before = moment?.dossier && !moment.dossier.newStars.includes(check.star) && check.earned;
              return (
                <li key={check.star} class={check.earned ? 'earned' : 'missing'}>
                  <strong>
                    {t('career:results.starLine', {
                      star: t(`career:star.${check.star}`),
                      state: t(check.earned ? 'career:results.earned' : 'career:results.missing'),
                    })}
                    {check.earned && moment?.dossier && (
                      <span class="hint star-note"> ({t(before ? 'career:results.kept' : 'career:results.new')})</span>
                    )}
                  </strong>
                  <span>{starWhy(t, check)}</span>
                </li>
              );
            })}
          </ul>
          {record && (
            <p data-testid="dossier-best">
              <StarRow stars={record.stars} /> {t('career:results.best', { summary: starsSummary(t, record.stars) })}
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'start-dossier', article })}>
              {t('career:results.replay')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'dossiers' })}>
              {t('career:results.dossiers')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
