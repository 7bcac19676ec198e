import { useFocusOnMount } from '../shared/focus';
import { CATEGORIES } from '../../core/categories';
import { useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { HELP_KEYS } from '../shared/keymap';

export function Help() {
  const { store } = useUi();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="screen help" aria-labelledby="help-title">
      <h1 id="help-title" tabIndex={-1} ref={headingRef}>
        {t('help:title')}
      </h1>
      <div class="card prose">
        <h2>{t('help:howTitle')}</h2>
        <p>{t('help:how')}</p>
        <h2>{t('help:categoriesTitle')}</h2>
        <dl class="category-list">
          {CATEGORIES.map((category) => (
            <div key={category}>
              <dt>
                <span class={`dot cat-${category}`} aria-hidden="true" /> {t(`common:category.${category}`)}
              </dt>
              <dd>{t(`common:categoryHint.${category}`)}</dd>
            </div>
          ))}
        </dl>
        <h2>{t('help:scoringTitle')}</h2>
        <p>{t('help:scoring')}</p>
        <h2>{t('help:clueTitle')}</h2>
        <p>{t('help:clue')}</p>
        <h2>{t('help:keysTitle')}</h2>
        <ul class="keys">
          {HELP_KEYS.map((key) => (
            <li key={key}>{t(`help:keys.${key}`)}</li>
          ))}
        </ul>
        <h2>{t('help:privacyTitle')}</h2>
        <p>{t('help:privacy')}</p>
        <h2>{t('help:teachersTitle')}</h2>
        <p>{t('help:teachers')}</p>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'guide' })}>
          {t('lessons:guideLink')}
        </button>
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}
