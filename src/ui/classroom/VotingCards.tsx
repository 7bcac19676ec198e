import { useEffect } from 'preact/hooks';
import { CATEGORIES } from '../../core/categories';
import { CategoryIcon } from '../shared/CategoryIcon';
import { useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';

/** Printable voting cards, one per category and per page: large number, colour band, icon and name, for pupils without a device. */
export function VotingCards() {
  const { store } = useUi();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => window.print(), []);
  return (
    <section class="screen printable voting-cards" aria-labelledby="cards-title">
      <div class="actions print-toolbar">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('classroom:cardsPrint')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('classroom:cardsBack')}
        </button>
      </div>
      <h1 id="cards-title" tabIndex={-1} ref={headingRef} class="no-print-heading">
        {t('classroom:cardsTitle')}
      </h1>
      <p class="no-print-heading">{t('classroom:cardsIntro')}</p>
      <ol class="card-sheet">
        {CATEGORIES.map((category, i) => (
          <li
            key={category}
            class={`voting-card cat-${category}`}
            aria-label={t('classroom:cardLabel', { number: i + 1, category: t(`common:category.${category}`) })}
          >
            <span class="card-number" aria-hidden="true">
              {i + 1}
            </span>
            <span class="card-icon" aria-hidden="true">
              <CategoryIcon category={category} />
            </span>
            <span class="card-name">{t(`common:category.${category}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
