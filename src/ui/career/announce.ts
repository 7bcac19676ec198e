/** What the live region adds to the results for the career: a dossier's stars, a promotion. */
import { RANKS } from '../../core/career/ranks';
import { STARS } from '../../core/career/schema';
import { careerMoment, type GameState } from '../../core/game';
import type { Translate } from '../shared/i18n';
import { rankName, starsSummary } from './words';

export function careerAnnouncement(state: Pick<GameState, 'screen' | 'round' | 'careerMoment'>, t: Translate): string | null {
  const moment = careerMoment(state);
  if (!moment) return null;
  const parts: string[] = [];
  const dossier = moment.dossier;
  if (dossier) {
    const stars = Object.fromEntries(STARS.map((star) => [star, dossier.earned.includes(star)])) as Record<(typeof STARS)[number], boolean>;
    parts.push(t('career:results.announceStars', { summary: starsSummary(t, stars) }));
  }
  if (moment.rankUp !== null) parts.push(t('career:results.announceRankUp', { rank: rankName(t, RANKS[moment.rankUp] ?? 'intern') }));
  return parts.join(' ');
}
