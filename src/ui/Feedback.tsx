import { useEffect, useRef } from 'preact/hooks';
import type { Excerpt } from '../core/content/schema';
import type { Turn } from '../core/round';
import { SOLO } from '../core/round';
import { ArticleIcon } from './CategoryIcon';
import { useGameState, useServices } from './context';
import { useT } from './i18n-hooks';
import { OtherArticles } from './OtherArticles';

/** The verdict and the explanation, shown at once after each answer. */
export function Feedback(props: { excerpt: Excerpt; turn: Turn; isLast: boolean }) {
  const { excerpt, turn, isLast } = props;
  const { store } = useServices();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answer = turn.answers[SOLO.id];
  const right = answer?.category === turn.expected;
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
        <button
          type="button"
          class="primary"
          aria-keyshortcuts="Enter Space"
          onClick={() => store.dispatch({ type: 'next', at: new Date().toISOString() })}
        >
          {t(isLast ? 'play:seeResults' : 'play:next')}
        </button>
        <span class="hint key-hint">{t('play:nextHint')}</span>
      </div>
    </section>
  );
}

/**
 * The explanation of an excerpt once its answer is known: why (with the clue words), the
 * passage in its article, the tempting reading, what the other articles say, the caveat.
 * Shared by solo feedback and the classroom reveal.
 */
export function Explanation(props: { excerpt: Excerpt }) {
  const { excerpt } = props;
  const state = useGameState();
  const { store } = useServices();
  const t = useT();
  const language = state.settings.language;
  const explanation = excerpt.explanation[language];
  return (
    <>
      <h3>{t('play:why')}</h3>
      <p data-testid="explanation">{explanation.why}</p>
      <p class="clue-list">
        {t('play:clues')}
        {excerpt.clues.map((clue, i) => (
          <>
            {i > 0 && ', '}
            <mark lang="fr">{clue.text}</mark>
          </>
        ))}
      </p>
      <p>
        <button
          type="button"
          class="source-button"
          onClick={() => store.dispatch({ type: 'open-viewer', articleId: excerpt.article, focusExcerptId: excerpt.id })}
        >
          <ArticleIcon /> {t('viewer:seeInArticle')}
        </button>
      </p>
      {excerpt.tempting && (
        <>
          <h3>{t('play:tempting', { category: t(`common:category.${excerpt.tempting.category}`) })}</h3>
          <p>{excerpt.tempting.why[language]}</p>
        </>
      )}
      <h3>{t('play:others')}</h3>
      <p>{explanation.others}</p>
      <OtherArticles excerpt={excerpt} />
      {explanation.caveat && (
        <>
          <h3>{t('play:caveat')}</h3>
          <p class="caveat">{explanation.caveat}</p>
        </>
      )}
    </>
  );
}
