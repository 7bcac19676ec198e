import type { Ref } from 'preact';
import { clueSegments } from '../../core/content/locate';
import { resolveArticleRefs } from '../../core/content/prose';
import type { Excerpt } from '../../core/content/schema';
import type { RoundState } from '../../core/round';
import { useGameState, useUi } from './context';
import { type Translate, useT } from './i18n';

/** The excerpt on its card: text, source, and the other language one click (or T) away. Solo and class play share it. */
export function ExcerptCard(props: { excerpt: Excerpt; round: RoundState; headingRef: Ref<HTMLHeadingElement>; class?: string }) {
  const { excerpt, round } = props;
  const state = useGameState();
  const { store, articleById } = useUi();
  const t = useT();
  const language = state.settings.language;
  const article = articleById.get(excerpt.article);
  return (
    <article class={`card excerpt-card${props.class ? ` ${props.class}` : ''}`}>
      <h2 id="excerpt-heading" tabIndex={-1} class="card-kicker" ref={props.headingRef}>
        {t('play:excerptLabel')} {round.index + 1}/{round.excerptIds.length}
      </h2>
      {excerpt.context && (
        // Who "il" or "certaines" is: the fragment cannot be read without it.
        <p class="excerpt-context" data-testid="excerpt-context">
          {resolveArticleRefs(excerpt.context[language], articleById, language)}
        </p>
      )}
      <ExcerptText excerpt={excerpt} revealed={round.phase !== 'answering'} language={language} showOther={state.showOtherLanguage} t={t} />
      <p class="excerpt-source">
        {t('play:fromLabel')} <cite lang="fr">{article?.title ?? excerpt.article}</cite>
      </p>
      {!(language === 'en' && round.phase !== 'answering') && (
        <button type="button" class="link-button" aria-keyshortcuts="T" onClick={() => store.dispatch({ type: 'toggle-other-language' })}>
          {language === 'en'
            ? t(state.showOtherLanguage ? 'play:hideOriginal' : 'play:showOriginal')
            : t(state.showOtherLanguage ? 'play:hideTranslation' : 'play:showTranslation')}
        </button>
      )}
    </article>
  );
}

/** The excerpt in French (the source), with its translation at hand; clue words marked once revealed. */
export function ExcerptText(props: { excerpt: Excerpt; revealed: boolean; language: 'fr' | 'en'; showOther: boolean; t: Translate }) {
  const { excerpt, revealed, language, showOther, t } = props;
  const french = (
    <blockquote class="excerpt-text" lang="fr" data-testid="excerpt-text">
      {revealed
        ? clueSegments(excerpt).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))
        : excerpt.text}
    </blockquote>
  );
  const english = (
    <blockquote class="excerpt-text translation" lang="en">
      {excerpt.translation.en}
    </blockquote>
  );
  // English players read the translation first; French players read the source and may ask for the translation.
  if (language === 'en') {
    return (
      <div class="excerpt-texts">
        {showOther || revealed ? (
          <>
            <p class="text-label">{t('play:originalLabel')}</p>
            {french}
            <p class="text-label">{t('play:translationLabel')}</p>
            {english}
          </>
        ) : (
          english
        )}
      </div>
    );
  }
  return (
    <div class="excerpt-texts">
      {french}
      {showOther && (
        <>
          <p class="text-label">{t('play:translationLabel')}</p>
          {english}
        </>
      )}
    </div>
  );
}
