import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/categories';
import { articleReading } from '../../core/content/prose';
import { excerptsOfArticle } from '../../core/content/related';
import type { Article, Block } from '../../core/content/schema';
import { articleSegments, excerptMarks, type BlockView, type ExcerptMark } from '../../core/content/segments';
import { type ViewerState, viewerAnsweredIds } from '../../core/game';
import { CategoryIcon, CloseIcon, PassageIcon } from '../shared/CategoryIcon';
import { useContent, useGameState, useUi } from '../shared/context';
import { useT, type Translate } from '../shared/i18n';

/**
 * The source viewer: one article in full, as DOM text, in a native modal dialog (focus
 * stays inside, Escape closes, focus goes back to the control that opened it). It opens
 * scrolled to the passage asked for; answered excerpts carry their category.
 */
export function SourceViewer(props: { viewer: ViewerState }) {
  const { viewer } = props;
  const state = useGameState();
  const { store } = useUi();
  const { content, articleById } = useContent();
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const article = articleById.get(viewer.articleId);
  const language = state.settings.language;

  useEffect(() => {
    // Taken before showModal moves the focus into the dialog.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // At the passage asked for (centred, so the paragraphs around it are in view), or at the top.
  useEffect(() => {
    const dialog = dialogRef.current;
    const focusMark = viewer.focusExcerptId ? dialog?.querySelector<HTMLElement>(`mark[data-excerpt-id="${viewer.focusExcerptId}"]`) : null;
    if (focusMark) {
      focusMark.focus({ preventScroll: true });
      focusMark.scrollIntoView({ block: 'center' });
    } else {
      titleRef.current?.focus({ preventScroll: true });
      dialog?.querySelector('.viewer-body')?.scrollTo({ top: 0 });
    }
  }, [viewer.articleId, viewer.focusExcerptId]);

  if (!article) return null;
  const excerpts = excerptsOfArticle(content, article.id);
  const marks = excerptMarks(excerpts, {
    answered: viewerAnsweredIds(state),
    showAllAnswers: viewer.showAllAnswers,
    focusExcerptId: viewer.focusExcerptId,
  });
  const blocks = articleSegments(article, excerpts, {
    mark: (excerpt) => marks.has(excerpt.id),
    // Clue words only where the answer is known: they would give it away otherwise.
    showClues: (excerpt) => marks.get(excerpt.id)?.category != null,
  });
  const bilingual = language === 'en';
  const close = () => store.dispatch({ type: 'close-viewer' });
  const titleBlock = blocks.find((view) => view.block.kind === 'title');

  return (
    <dialog
      ref={dialogRef}
      class="viewer-dialog"
      aria-labelledby="viewer-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div class="viewer-bar">
        <p class="viewer-kicker">{t('viewer:kicker')}</p>
        <span class="viewer-hint" aria-hidden="true">
          {t('viewer:closeHint')}
        </span>
        <button type="button" class="viewer-close" aria-keyshortcuts="Escape" onClick={close}>
          <CloseIcon /> {t('common:close')}
        </button>
      </div>
      {/* Focusable, so the keyboard scrolls the article whatever has the focus (arrows, Page Down). */}
      <div class="viewer-body" tabIndex={0} role="region" aria-labelledby="viewer-title">
        <header class="viewer-head">
          <h2 id="viewer-title" class="viewer-title" lang="fr" tabIndex={-1} ref={titleRef}>
            {titleBlock ? <Runs view={titleBlock} marks={marks} t={t} /> : article.title}
          </h2>
          {bilingual && (
            <>
              <p class="viewer-title-en" lang="en">
                {t('viewer:titleInEnglish', { title: article.name.en })}
              </p>
              <p class="viewer-note">{t('viewer:sourceNoteEn')}</p>
            </>
          )}
          <ArticleFacts article={article} language={language} t={t} />
          {marks.size > 0 && <Legend t={t} categories={presentCategories(marks)} withPassage={hasUntoldFocus(marks)} withClues={hasTold(marks)} />}
        </header>
        <article class={`viewer-article${bilingual ? ' bilingual' : ''}`} aria-labelledby="viewer-title">
          {blocks
            .filter((view) => view !== titleBlock)
            .map((view) => (
              <BlockText key={view.index} view={view} marks={marks} translations={bilingual} t={t} />
            ))}
        </article>
        <div class="viewer-end">
          <button type="button" class="primary" onClick={close}>
            {t('viewer:close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

function presentCategories(marks: Map<string, ExcerptMark>): Category[] {
  const present = new Set([...marks.values()].map((mark) => mark.category));
  return CATEGORIES.filter((category) => present.has(category));
}
const hasUntoldFocus = (marks: Map<string, ExcerptMark>) => [...marks.values()].some((mark) => mark.focus && mark.category === null);
const hasTold = (marks: Map<string, ExcerptMark>) => [...marks.values()].some((mark) => mark.category !== null);

/** Author, date, kind of text and what was cut from the page, so the reader can judge the source. */
export function ArticleFacts(props: { article: Article; language: 'fr' | 'en'; t: Translate }) {
  const { article, language, t } = props;
  const { articleById } = useContent();
  const notes = articleReading(article, articleById, language);
  return (
    <dl class="article-facts">
      <div>
        <dt>{t('viewer:author')}</dt>
        <dd>{article.author ?? t('viewer:noAuthor')}</dd>
      </div>
      <div>
        <dt>{t('viewer:date')}</dt>
        <dd>
          {article.date ? <time dateTime={article.date}>{formatDate(article.date, language)}</time> : t('viewer:noDate')}
          <span class="fact-note"> — {notes.dateNote}</span>
        </dd>
      </div>
      <div>
        <dt>{t('viewer:kind')}</dt>
        <dd>
          {t(`common:articleKind.${article.kind}`)}
          <span class="fact-note"> — {notes.kindNote}</span>
        </dd>
      </div>
      <div>
        <dt>{t('viewer:omitted')}</dt>
        <dd>{notes.omitted}</dd>
      </div>
    </dl>
  );
}

export function formatDate(isoDate: string, language: 'fr' | 'en'): string {
  // Noon UTC and a UTC formatter: the calendar date never shifts with the reader's time zone.
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** What the marks mean: colour, icon, label and underline together. */
export function Legend(props: { t: Translate; categories: readonly Category[]; withPassage?: boolean; withClues?: boolean; note?: string }) {
  const { t } = props;
  return (
    <div class="viewer-legend">
      <p class="legend-title">{t('viewer:legend.title')}</p>
      <ul>
        {props.categories.map((category) => (
          <li key={category}>
            <MarkBadge mark={{ category, focus: false }} t={t} />{' '}
            <mark class={`excerpt-mark cat-${category}`}>{t(`viewer:legend.underline.${category}`)}</mark>
          </li>
        ))}
        {props.withPassage && (
          <li>
            <MarkBadge mark={{ category: null, focus: true }} t={t} /> <mark class="excerpt-mark untold">{t('viewer:legend.underline.untold')}</mark>{' '}
            <span class="legend-text">{t('viewer:legend.thisPassage')}</span>
          </li>
        )}
      </ul>
      {props.withClues && <p class="legend-text">{t('viewer:legend.clues')}</p>}
      {props.note && <p class="legend-text">{props.note}</p>}
    </div>
  );
}

/** The label before a marked passage: icon and words, so the colour is never the only cue. */
export function MarkBadge(props: { mark: ExcerptMark; t: Translate; id?: string }) {
  const { category } = props.mark;
  // In the UI language, though it sits inside the French text.
  const language = useGameState().settings.language;
  return category ? (
    <span id={props.id} class={`mark-badge cat-${category}`} lang={language}>
      <CategoryIcon category={category} />
      {props.t(`common:category.${category}`)}
    </span>
  ) : (
    <span id={props.id} class="mark-badge untold" lang={language}>
      <PassageIcon />
      {props.t('viewer:thisPassage')}
    </span>
  );
}

type RunsProps = { view: BlockView; marks: Map<string, ExcerptMark>; translations?: boolean; t: Translate };

function BlockText(props: RunsProps) {
  const runs = <Runs {...props} />;
  const kind: Block['kind'] = props.view.block.kind;
  switch (kind) {
    case 'title':
    case 'heading':
      return (
        <h3 class={`viewer-block ${kind}`} lang="fr">
          {runs}
        </h3>
      );
    case 'subtitle':
      return (
        <p class="viewer-block subtitle" lang="fr">
          {runs}
        </p>
      );
    case 'caption':
      return (
        <p class="viewer-block caption" lang="fr">
          {runs}
        </p>
      );
    case 'meta':
      return (
        <p class="viewer-block meta" lang="fr">
          {runs}
        </p>
      );
    case 'paragraph':
      return (
        <p class="viewer-block paragraph" lang="fr">
          {runs}
        </p>
      );
  }
}

function Runs(props: RunsProps) {
  const { view, marks, translations, t } = props;
  return (
    <>
      {view.runs.map((run, i) => {
        if (run.type === 'text') return run.text;
        const mark = marks.get(run.excerpt.id);
        if (!mark) return run.excerpt.text;
        const tone = mark.category ? `cat-${mark.category}` : 'untold';
        return (
          <Fragment key={i}>
            <MarkBadge mark={mark} t={t} id={`badge-${run.excerpt.id}`} />
            {/* The passage opened at takes the focus; its label is said with it. */}
            <mark
              class={`excerpt-mark ${tone}${mark.focus ? ' is-focus' : ''}`}
              data-excerpt-id={run.excerpt.id}
              tabIndex={mark.focus ? -1 : undefined}
              aria-describedby={mark.focus ? `badge-${run.excerpt.id}` : undefined}
            >
              {run.parts.map((part, j) =>
                part.marked ? (
                  <strong key={j} class="clue-word">
                    {part.text}
                  </strong>
                ) : (
                  part.text
                ),
              )}
            </mark>
            {translations && (
              // Right after the excerpt in reading order (screen readers, phones); in the margin beside it on a wide screen.
              <span class={`sidenote ${tone}${mark.focus ? ' is-focus' : ''}`} lang="en">
                <span class="sidenote-label">{t('viewer:translation')}</span> {run.excerpt.translation.en}
              </span>
            )}
          </Fragment>
        );
      })}
    </>
  );
}
