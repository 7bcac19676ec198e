/** The career's figures in words a 14-year-old reads: each requirement, each star, a dossier's stars. */
import type { StarCheck } from '../../core/career/dossiers';
import type { RankId, Requirement } from '../../core/career/ranks';
import { STARS, type Star } from '../../core/career/schema';
import type { Translate } from '../shared/i18n';

export function rankName(t: Translate, rank: RankId): string {
  return t(`career:rank.${rank}`);
}

export function requirementText(t: Translate, req: Requirement): string {
  switch (req.kind) {
    case 'dossiers':
      return req.stars > 1
        ? t('career:req.dossiersStars', { count: req.count, stars: req.stars, have: req.have })
        : t('career:req.dossiers', { count: req.count, stars: req.stars, have: req.have });
    case 'answers':
      return t('career:req.answers', { need: req.need, have: req.have });
    case 'discernment': {
      const need = Math.round(req.need * 100);
      if (req.have === null) return t('career:req.discernmentNone', { need, window: req.window });
      return t('career:req.discernment', { need, window: req.window, have: Math.floor(req.have * 100) });
    }
    case 'sure': {
      const sure = t('play:confidence.sure');
      if (req.sureAnswers < req.of) return t('career:req.sureFew', { need: req.need, of: req.of, sure, sureAnswers: req.sureAnswers });
      return t('career:req.sure', { need: req.need, of: req.of, sure, have: req.have });
    }
  }
}

/** "2 stars of 3: accuracy, clues", or "0 stars of 3". */
export function starsSummary(t: Translate, stars: Readonly<Record<Star, boolean>> | null): string {
  const earned = STARS.filter((star) => stars?.[star]);
  if (earned.length === 0) return t('career:stars.none');
  return t('career:stars.summary', { count: earned.length, names: earned.map((star) => t(`career:star.${star}`)).join(', ') });
}

/** Why a star of this round was earned or missed, in figures. */
export function starWhy(t: Translate, check: StarCheck): string {
  const sure = t('play:confidence.sure');
  const fairly = t('play:confidence.fairly');
  switch (check.star) {
    case 'accuracy':
      return t('career:results.accuracyWhy', { count: check.right, right: check.right, total: check.total, need: check.need });
    case 'clues':
      if (check.stepOff) return t('career:results.cluesOff');
      return t('career:results.cluesWhy', { count: check.found, found: check.found, need: check.need });
    case 'calibration':
      if (check.stepOff) return t('career:results.calibrationOff');
      return t('career:results.calibrationWhy', {
        count: check.committed,
        committed: check.committed,
        total: check.total,
        needCommitted: check.needCommitted,
        committedRight: check.committedRight,
        needRight: check.needRight,
        sure,
        fairly,
      });
  }
}

/** Three small stars drawn (not an emoji: old school machines often lack an emoji font); the text says the same. */
export function StarRow(props: { stars: Readonly<Record<Star, boolean>> | null }) {
  return (
    <span class="star-row" aria-hidden="true">
      {STARS.map((star) => (
        <svg key={star} class={`star${props.stars?.[star] ? ' on' : ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
        </svg>
      ))}
    </span>
  );
}
