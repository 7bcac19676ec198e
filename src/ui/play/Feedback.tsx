import { useEffect, useRef } from 'preact/hooks';
import type { Excerpt } from '../../core/content/schema';
import { soloVerdict } from '../../core/game';
import { SOLO, type Turn } from '../../core/round';
import { useUi } from '../shared/context';
import { Explanation } from '../shared/Explanation';
import { useT } from '../shared/i18n';

/** The verdict and the explanation, shown at once after each answer. */
export function Feedback(props: { excerpt: Excerpt; turn: Turn; isLast: boolean }) {
  const { excerpt, turn, isLast } = props;
  const { store } = useUi();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { answer, right } = soloVerdict(turn);
  const gained = turn.gained[SOLO.id] ?? { base: 0, bonus: 0 };
  const confidentMistake = !right && answer?.confidence === 'sure';

  // The verdict takes the focus: a screen reader reads it, and Enter/Space goes on from there.
  useEffect(() => headingRef.current?.focus(), [turn.excerptId]);

  return (
    <section class={`card feedback ${right ? 'is-right' : 'is-wrong'}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" tabIndex={-1} class="verdict" ref={headingRef}>
        <span class="verdict-icon" aria-hidden="true">
          {right ? '✓' : '✗'}
        </span>{' '}
        {t(right ? 'play:right' : 'play:wrong')}
      </h2>
      <p class="verdict-detail">
        {answer && !right && <span class="your-answer">{t('play:yourAnswer', { category: t(`common:category.${answer.category}`) })} · </span>}
        <strong class={`tag cat-${turn.expected}`} data-testid="right-answer">
          {t('play:theAnswer', { category: t(`common:category.${turn.expected}`) })}
        </strong>
        {right && (
          <span class="points">
            {' '}
            ·{' '}
            {gained.bonus > 0
              ? t('play:pointsWithBonus', { points: gained.base + gained.bonus, bonus: gained.bonus })
              : t('play:points', { points: gained.base })}
          </span>
        )}
      </p>
      {confidentMistake && <p class="callout">{t('play:confidentMistake')}</p>}

      <Explanation excerpt={excerpt} />

      <div class="actions">
        <button type="button" class="primary" aria-keyshortcuts="Enter Space" onClick={() => store.dispatch({ type: 'next' })}>
          {t(isLast ? 'play:seeResults' : 'play:next')}
        </button>
        <span class="hint key-hint">{t('play:nextHint')}</span>
      </div>
    </section>
  );
}
