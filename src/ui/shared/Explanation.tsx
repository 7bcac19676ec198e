import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { excerptReading } from '../../core/content/prose';
import type { Excerpt } from '../../core/content/schema';
import { useContent, useGameState } from './context';
import { useT } from './i18n';
import { OtherArticles } from './OtherArticles';
import { SeeInArticle } from './SeeInArticle';

/**
 * The explanation of an excerpt once its answer is known: why (with the clue words), the
 * passage in its article, the tempting reading, what the other articles say, the caveat.
 * Shared by solo feedback and the classroom reveal.
 */
export function Explanation(props: { excerpt: Excerpt }) {
  const { excerpt } = props;
  const state = useGameState();
  const { articleById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const reading = excerptReading(excerpt, articleById, language);
  return (
    <>
      <h3>{t('play:why')}</h3>
      <p data-testid="explanation-long">{reading.why}</p>
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
        <SeeInArticle excerpt={excerpt} />
      </p>
      {excerpt.tempting && (
        <>
          <h3>{t('play:tempting', { category: t(`common:category.${excerpt.tempting.category}`) })}</h3>
          <p>{reading.tempting}</p>
        </>
      )}
      <h3>{t('play:others')}</h3>
      <p>{reading.others}</p>
      <OtherArticles excerpt={excerpt} />
      {reading.caveat && (
        <>
          <h3>{t('play:caveat')}</h3>
          <p class="caveat">{reading.caveat}</p>
        </>
      )}
    </>
  );
}

/** "Go deeper": the long explanation, opened in place under the short one; `children` share its row (Next, in play). */
export function Deeper(props: {
  excerpt: Excerpt;
  children?: ComponentChildren /** Under the row, above the long text. */;
  note?: ComponentChildren;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // Another excerpt starts closed.
  useEffect(() => setOpen(false), [props.excerpt.id]);
  return (
    <>
      <div class="actions feedback-actions">
        {props.children}
        <button type="button" class="deeper-toggle" aria-expanded={open} aria-controls={`deeper-${props.excerpt.id}`} onClick={() => setOpen(!open)}>
          {t(open ? 'play:deeperClose' : 'play:deeper')}
        </button>
      </div>
      {props.note}
      <div id={`deeper-${props.excerpt.id}`} class="deeper" hidden={!open}>
        {open && <Explanation excerpt={props.excerpt} />}
      </div>
    </>
  );
}
