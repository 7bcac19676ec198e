import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../../core/categories';
import { excerptsOfArticle } from '../../core/content/related';
import { answeredExcerptIds } from '../../core/game';
import { ArticleIcon } from '../shared/CategoryIcon';
import { useContent, useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { quizLabels } from '../shared/quiz-labels';
import { formatDate, Legend } from './SourceViewer';

/** The sources library: the content's articles, each opened in full in the source viewer. */
export function Sources() {
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Off on every visit: a teacher turns it on for a projection, students never find it left on.
  const [showAllAnswers, setShowAllAnswers] = useState(false);
  const language = state.settings.language;
  const answered = answeredExcerptIds(state);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section class="screen sources" aria-labelledby="sources-title">
      <h1 id="sources-title" tabIndex={-1} ref={headingRef}>
        {t('viewer:library.title')}
      </h1>
      <div class="card library-intro">
        <p>{t('viewer:library.intro')}</p>
        <Legend t={t} categories={CATEGORIES} withClues note={t(showAllAnswers ? 'viewer:legend.allShown' : 'viewer:legend.unseen')} />
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={showAllAnswers}
            checked={showAllAnswers}
            aria-describedby="show-all-hint"
            onChange={(event) => setShowAllAnswers((event.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('viewer:library.showAll')}</span>
        </label>
        <p id="show-all-hint" class="hint">
          {t('viewer:library.showAllHint')}
        </p>
      </div>

      <ul class="library-list">
        {content.articles.map((article) => {
          const excerpts = excerptsOfArticle(content, article.id);
          const met = excerpts.filter((excerpt) => answered.has(excerpt.id)).length;
          return (
            <li class="card library-item" key={article.id}>
              <h2 lang="fr">{article.title}</h2>
              <p class="library-meta">
                {/* A missing author or date is said, not skipped: it matters when judging a source. */}
                {[
                  article.author ?? t('viewer:library.noAuthor'),
                  article.date ? formatDate(article.date, language) : t('viewer:library.noDate'),
                  t(`common:articleKind.${article.kind}`),
                ].join(' · ')}
              </p>
              <p class="library-met">{t('viewer:library.answered', { count: met, total: excerpts.length })}</p>
              <button
                type="button"
                class="source-button"
                aria-label={t('viewer:library.readNamed', { title: article.name[state.settings.language] })}
                onClick={() => store.dispatch({ type: 'open-viewer', articleId: article.id, focusExcerptId: null, showAllAnswers })}
              >
                <ArticleIcon /> {t('viewer:library.read')}
              </button>
            </li>
          );
        })}
      </ul>

      <section class="card library-quiz" aria-labelledby="quiz-title">
        <h2 id="quiz-title">{t('lms:export.title')}</h2>
        <p class="hint">{t('lms:export.keyHint')}</p>
        <div class="actions">
          <button type="button" onClick={() => store.dispatch({ type: 'export-quiz', format: 'moodle-xml', lessonId: null, labels: quizLabels(t) })}>
            {t('lms:export.moodleXml')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'export-quiz', format: 'gift', lessonId: null, labels: quizLabels(t) })}>
            {t('lms:export.gift')}
          </button>
        </div>
      </section>

      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}
