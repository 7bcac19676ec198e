import { useEffect, useRef } from 'preact/hooks';
import { excerptReading } from '../../core/content/prose';
import type { Excerpt } from '../../core/content/schema';
import { soloVerdict } from '../../core/game';
import { SOLO, type Turn } from '../../core/round';
import { totalOf } from '../../core/scoring';
import { useContent, useGameState, useUi } from '../shared/context';
import { Deeper } from '../shared/Explanation';
import { formatSigned } from '../shared/format';
import { ClueLine } from '../shared/ClueLine';
import { useT } from '../shared/i18n';

/**
 * The feedback after an answer, short first: the verdict, the answer, the points, whether the
 * marked words found a clue, and the short explanation, with Next right under it. "Go deeper"
 * opens the rest in place (the long explanation, the tempting reading, the other articles).
 */
export function Feedback(props: { excerpt: Excerpt; turn: Turn; isLast: boolean }) {
  const { excerpt, turn, isLast } = props;
  const state = useGameState();
  const { store } = useUi();
  const { articleById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { answer, right } = soloVerdict(turn);
  const gained = turn.gained[SOLO.id] ?? { base: 0, bonus: 0, clue: 0 };
  const total = totalOf(gained);
  const confidentMistake = !right && answer?.confidence === 'sure';
  const reading = excerptReading(excerpt, articleById, language);

  // The verdict takes the focus and the whole short feedback comes into view: a screen reader
  // reads it, and Enter/Space goes on from there.
  useEffect(() => {
    const heading = headingRef.current;
    heading?.focus({ preventScroll: true });
    // Scroll just enough for Next to be in view, never past the verdict.
    const next = heading?.closest('section')?.querySelector('.feedback-actions');
    if (!heading || !next) return;
    const below = next.getBoundingClientRect().bottom - window.innerHeight + 8;
    const above = heading.getBoundingClientRect().top - 8;
    if (below > 0 || above < 0) window.scrollBy({ top: above < 0 ? above : Math.min(below, above) });
  }, [turn.excerptId]);

  return (
    <section class={`card feedback ${right ? 'is-right' : 'is-wrong'}`} aria-labelledby="verdict-heading" data-testid="feedback">
      <h2 id="verdict-heading" tabIndex={-1} class="verdict" ref={headingRef}>
        <span class="verdict-icon" aria-hidden="true">
          {right ? '✓' : '✗'}
        </span>{' '}
        {t(right ? 'play:right' : 'play:wrong')}
      </h2>
      <p class="verdict-detail">
        {answer && !right && <span class="your-answer">{t('play:yourAnswer', { category: t(`common:category.${answer.category}`) })} · </span>}
        <span data-testid="right-answer">
          {t('play:answerIs')} <strong class={`tag cat-${turn.expected}`}>{t(`common:category.${turn.expected}`)}</strong>
        </span>{' '}
        <span class={`points${total < 0 ? ' negative' : ''}`} data-testid="points">
          {t('play:points', { points: formatSigned(total, language) })}
          {gained.bonus > 0 && ` · ${t('play:pointsDetail.streak', { points: gained.bonus })}`}
          {gained.clue > 0 && ` · ${t('play:pointsDetail.clue', { points: gained.clue })}`}
        </span>
      </p>
      {answer?.marks !== undefined && <ClueLine excerpt={excerpt} marks={answer.marks} t={t} language={language} right={right} />}
      <p class="short-explanation" data-testid="explanation">
        {reading.short}
      </p>
      <Deeper
        excerpt={excerpt}
        note={
          // Hypercorrection: a confident mistake is the one most worth understanding; lost points say why, once.
          confidentMistake ? (
            <p class="callout">{t('play:confidentMistake')}</p>
          ) : total < 0 ? (
            <p class="callout">{t('play:negativePoints')}</p>
          ) : null
        }
      >
        <button type="button" class="primary" aria-keyshortcuts="Enter Space N" onClick={() => store.dispatch({ type: 'next' })}>
          {t(isLast ? 'play:seeResults' : 'play:next')}
        </button>
      </Deeper>
      <p class="hint key-hint">{t('play:nextHint')}</p>
    </section>
  );
}
