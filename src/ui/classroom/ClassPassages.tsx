import type { Ref } from 'preact';
import { capitaliseFirst, excerptReading } from '../../core/content/prose';
import type { Excerpt } from '../../core/content/schema';
import type { RoundState } from '../../core/round';
import { CategoryIcon } from '../shared/CategoryIcon';
import { useContent, useGameState } from '../shared/context';
import { ExcerptCard } from '../shared/ExcerptCard';
import { useT } from '../shared/i18n';

/**
 * An investigation's passages side by side on the projector: the one the teams classify now as
 * the class round's excerpt card, the others beside it, each revealed one with the key's category.
 */
export function ClassPassages(props: { round: RoundState; current: Excerpt | undefined; headingRef?: Ref<HTMLHeadingElement> }) {
  const { round, current, headingRef } = props;
  const state = useGameState();
  const { excerptById, articleById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const total = round.excerptIds.length;
  return (
    <section class="class-passages" aria-labelledby="class-passages-title">
      <h2 id="class-passages-title" class="visually-hidden">
        {t('synthesis:class.passagesTitle')}
      </h2>
      <ol class="class-passage-grid" data-count={total}>
        {round.excerptIds.map((id, index) => {
          const excerpt = excerptById.get(id);
          if (!excerpt) return null;
          if (current && id === current.id && headingRef) {
            return (
              <li key={id} class="class-passage is-current" aria-current="step">
                <ExcerptCard excerpt={excerpt} round={round} headingRef={headingRef} class="class-excerpt" />
              </li>
            );
          }
          const turn = round.turns[index];
          const article = articleById.get(excerpt.article);
          const reading = excerptReading(excerpt, articleById, language);
          return (
            <li key={id} class={`class-passage card${turn ? ' is-revealed' : ''}`} data-testid="class-passage">
              <h3 class="card-kicker">
                {t('synthesis:class.passageOf', {
                  index: index + 1,
                  total,
                  article: capitaliseFirst(article ? article.label[language] : excerpt.article),
                })}
              </h3>
              {reading.context && <p class="excerpt-context">{reading.context}</p>}
              <blockquote class="excerpt-text" lang="fr">
                {excerpt.text}
              </blockquote>
              {language === 'en' && (
                <blockquote class="excerpt-text translation" lang="en">
                  {excerpt.translation.en}
                </blockquote>
              )}
              <p class="class-passage-status">
                {turn ? (
                  <span class={`tag cat-${turn.expected}`}>
                    <CategoryIcon category={turn.expected} /> {t('play:theAnswer', { category: t(`common:category.${turn.expected}`) })}
                  </span>
                ) : (
                  t('synthesis:class.statusLater')
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
