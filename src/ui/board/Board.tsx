import { useArticleName } from '../shared/article-name';
import { type BoardString, buildBoard, type Clipping, otherEnd } from '../../core/board';
import { excerptsOfArticle } from '../../core/content/related';
import { RELATIONS, type Relation } from '../../core/content/schema';
import { boardSource, playerSettings } from '../../core/game';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { type Translate, useT } from '../shared/i18n';

/**
 * The investigation board in words: the DOM twin of the corkboard the stage draws above it. Every
 * pin (a clipping of a completed dossier) and every string (two related passages) is a link to
 * its place in the article, grouped by dossier and by point, for keyboard and screen reader.
 */
export function Board() {
  const state = useGameState();
  const { store } = useUi();
  const { content, excerptById } = useContent();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { completed, answered, classRound } = boardSource(state, content.excerpts);
  const board = buildBoard(content, completed);
  const language = state.settings.language;
  const clippingById = new Map(board.clippings.map((c) => [c.id, c]));

  const articleName = useArticleName();
  const open = (clipping: Clipping) => store.dispatch({ type: 'open-viewer', articleId: clipping.article, focusExcerptId: clipping.id });
  const quote = (id: string) => {
    const excerpt = excerptById.get(id);
    if (!excerpt) return null;
    const english = language === 'en' && !playerSettings(state).frenchFirst;
    return (
      <q class="board-quote" lang={english ? 'en' : 'fr'}>
        {shorten(english ? excerpt.translation.en : excerpt.text)}
      </q>
    );
  };
  const link = (clipping: Clipping, short = false) => (
    <button
      type="button"
      class="link-button board-link"
      data-excerpt={clipping.id}
      aria-label={t('board:openNamed', { number: clipping.number, article: articleName(clipping.article) })}
      onClick={() => open(clipping)}
    >
      {short
        ? t('board:clippingShort', { number: clipping.number, category: t(`common:categoryShort.${clipping.category}`) })
        : t('board:clipping', {
            number: clipping.number,
            article: articleName(clipping.article),
            category: t(`common:categoryShort.${clipping.category}`),
          })}
    </button>
  );

  return (
    <section class="screen board" aria-labelledby="board-title">
      <h1 id="board-title" tabIndex={-1} ref={headingRef}>
        {t('board:title')}
      </h1>
      {board.clippings.length > 0 && <p class="board-stage-hint">{t('board:stageHint')}</p>}
      <div class="card">
        <p>{classRound ? t('classroom:boardIntro') : t('board:intro')}</p>
        <p data-testid="board-summary">
          {t('board:summary', {
            done: board.dossiers.length,
            total: content.articles.length,
            pins: board.clippings.length,
            strings: board.strings.length,
          })}
        </p>
        <h2 class="board-subtitle">{t('board:legendTitle')}</h2>
        <ul class="board-legend">
          {RELATIONS.map((relation) => (
            <li key={relation}>
              <StringSwatch relation={relation} /> {t(`board:relation.${relation}`)} ({t(`board:pattern.${relation}`)})
            </li>
          ))}
        </ul>
      </div>

      {board.clippings.length === 0 && (
        <div class="card board-empty" data-testid="board-empty">
          <p>{t('board:empty')}</p>
        </div>
      )}

      <section class="card" aria-labelledby="board-dossiers">
        <h2 id="board-dossiers">{t('board:dossiersTitle')}</h2>
        <ul class="board-dossiers">
          {content.articles.map((article) => {
            const done = completed.has(article.id);
            const excerpts = excerptsOfArticle(content, article.id);
            return (
              <li key={article.id} data-dossier={article.id} data-complete={done}>
                <h3 class="board-dossier-name">
                  {articleName(article.id)}{' '}
                  <span class="board-dossier-state">
                    {done
                      ? `(${t('board:dossierDone')})`
                      : `(${t('board:dossierOpen', { answered: excerpts.filter((e) => answered.has(e.id)).length, total: excerpts.length })})`}
                  </span>
                </h3>
                {done && (
                  <ol class="board-clippings">
                    {board.clippings
                      .filter((c) => c.article === article.id)
                      .map((clipping) => (
                        <li key={clipping.id} data-clipping={clipping.id}>
                          {link(clipping, true)} {quote(clipping.id)}
                          {clipping.leads > 0 && <span class="board-leads"> {t('board:leads', { count: clipping.leads })}</span>}
                        </li>
                      ))}
                  </ol>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {board.points.length > 0 && (
        <section class="card" aria-labelledby="board-points">
          <h2 id="board-points">{t('board:pointsTitle')}</h2>
          {board.points.map((point) => {
            const hub = clippingById.get(point.id);
            if (!hub) return null;
            return (
              <section class="board-point" key={point.id} data-point={point.id} aria-labelledby={`point-${point.id}`}>
                <h3 id={`point-${point.id}`}>{t('board:pointHeading', { number: hub.number, article: articleName(hub.article) })}</h3>
                <p class="board-point-quote">{quote(hub.id)}</p>
                <ul class="board-strings">
                  {point.strings.map((s) => (
                    <StringLine key={s.id} string={s} hub={hub} other={clippingById.get(otherEnd(s, hub.id))} link={link} t={t} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}

      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {state.returnTo === 'results' ? t('common:menu') : t('common:back')}
        </button>
      </div>
    </section>
  );
}

function StringLine(props: {
  string: BoardString;
  hub: Clipping;
  other: Clipping | undefined;
  link: (c: Clipping, short?: boolean) => preact.JSX.Element;
  t: Translate;
}) {
  const { string, hub, other, link, t } = props;
  if (!other) return null;
  return (
    <li data-string={string.id} data-relation={string.relation}>
      <StringSwatch relation={string.relation} /> {link(hub)} {t(`board:relationSentence.${string.relation}`)} {link(other)}{' '}
      <span class="board-relation-tag">({t(`board:relation.${string.relation}`)})</span>
    </li>
  );
}

/** The string's pattern, as on the board (decoration: the words beside it say the relation). */
function StringSwatch(props: { relation: Relation }) {
  const { relation } = props;
  const path = relation === 'contradicts' ? 'M2 8 L6 4 L10 12 L14 4 L18 12 L22 4 L26 12 L30 8' : 'M2 8 L30 8';
  const dash = relation === 'differs' ? '6 4' : relation === 'same-event' ? '1.5 4' : undefined;
  return (
    <svg class={`board-swatch rel-${relation}`} width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-dasharray={dash} />
    </svg>
  );
}

/** The first words of a passage, enough to recognise it: the whole text is one click away, in the article. */
function shorten(text: string, words = 12): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}
