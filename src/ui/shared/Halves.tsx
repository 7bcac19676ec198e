import type { DiscernmentHalves } from '../../core/progress/stats';
import { formatPercent } from './format';
import type { Translate } from './i18n';

/**
 * Both halves of discernment in one plain sentence each: accepting what is solid, catching what
 * is not. The two errors a media-literacy game can teach are "suspicious of everything" and
 * "believes everything"; a player (or a class) sees which one is theirs.
 */
export function Halves(props: { halves: DiscernmentHalves; who: 'you' | 'class'; language: 'fr' | 'en'; t: Translate }) {
  const { halves, who, language, t } = props;
  const { acceptedSolid: solid, caughtUnsound: unsound } = halves;
  if (solid.rate === null && unsound.rate === null) return null;
  const percent = (rate: number) => formatPercent(rate, language);
  // A gap of 20 points or more between the halves is a leaning worth saying.
  const leaning =
    solid.rate !== null && unsound.rate !== null
      ? solid.rate + 0.2 <= unsound.rate
        ? 'doubts'
        : unsound.rate + 0.2 <= solid.rate
          ? 'believes'
          : null
      : null;
  return (
    <div class="halves" data-testid={who === 'you' ? 'halves' : 'class-halves'}>
      {solid.rate !== null && <p>{t(`progress:halves.${who}.solid`, { rate: percent(solid.rate), right: solid.right, total: solid.answered })}</p>}
      {unsound.rate !== null && (
        <p>{t(`progress:halves.${who}.unsound`, { rate: percent(unsound.rate), right: unsound.right, total: unsound.answered })}</p>
      )}
      {leaning && <p class="callout">{t(`progress:halves.${who}.${leaning}`)}</p>}
    </div>
  );
}
