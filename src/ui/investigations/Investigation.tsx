import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES } from '../../core/categories';
import { capitaliseFirst, excerptReading } from '../../core/content/prose';
import { otherArticlesView } from '../../core/content/related';
import type { Excerpt } from '../../core/content/schema';
import { playerSettings } from '../../core/game';
import { findInvestigation } from '../../core/game/investigations';
import { allClassified, type Investigation as InvestigationData } from '../../core/investigations';
import { CategoryIcon } from '../shared/CategoryIcon';
import { singleClick } from '../shared/clicks';
import { useContent, useGameState, useUi } from '../shared/context';
import { ExcerptText } from '../shared/ExcerptCard';
import { FiguresTable } from '../shared/FiguresTable';
import { Deeper } from '../shared/Explanation';
import { useFocusOnMount } from '../shared/focus';
import { type Translate, useT } from '../shared/i18n';
import { investigationTitle } from './labels';
import { choiceLabel, QuestionKey, questionText } from './question';
import { SeeInArticle } from '../shared/SeeInArticle';

/**
 * One investigation: its passages side by side (stacked on a phone), each classified with the
 * four categories; then the synthesis question; then what the key says of each passage and of
 * the point, each passage openable in its article.
 */
export function Investigation() {
  const state = useGameState();
  const { store, index } = useUi();
  const { content, excerptById } = useContent();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const shown = state.investigation;
  const investigation = shown ? findInvestigation(content, shown.progress.id) : undefined;
  if (!shown || !investigation) {
    return (
      <section class="screen investigation" aria-labelledby="investigation-title">
        <h1 id="investigation-title" tabIndex={-1} ref={headingRef}>
          {t('investigations:notFound')}
        </h1>
        <BackToList t={t} />
      </section>
    );
  }
  const language = state.settings.language;
  const { progress, result } = shown;
  const passages = investigation.excerptIds.flatMap((id) => {
    const excerpt = excerptById.get(id);
    return excerpt ? [excerpt] : [];
  });
  const missing = passages.filter((p) => progress.answers[p.id] === undefined).length;

  return (
    <section class="screen investigation" aria-labelledby="investigation-title" data-phase={result ? 'result' : progress.phase}>
      <h1 id="investigation-title" tabIndex={-1} ref={headingRef}>
        {investigationTitle(investigation, { articles: content.articles, topics: index.topics }, language, t)}
      </h1>
      {!result && <p>{t('investigations:playIntro')}</p>}
      {result && <ResultSummary investigation={investigation} t={t} />}
      <ol class="passage-grid">
        {passages.map((excerpt, index) => (
          <Passage key={excerpt.id} excerpt={excerpt} index={index} total={passages.length} investigation={investigation} t={t} />
        ))}
      </ol>
      {!result && progress.phase === 'classify' && (
        <div class="actions to-question">
          <button
            type="button"
            class="primary big"
            disabled={!allClassified(investigation, progress)}
            aria-describedby="still-to-classify"
            onClick={singleClick(() => store.dispatch({ type: 'investigation-question' }))}
          >
            {t('investigations:toQuestion')}
          </button>
          <p id="still-to-classify" class="hint" aria-live="polite">
            {missing > 0 ? t('investigations:stillToClassify', { count: missing }) : ''}
          </p>
        </div>
      )}
      {!result && progress.phase === 'question' && <Question investigation={investigation} t={t} />}
      <BackToList t={t} />
    </section>
  );
}

function BackToList(props: { t: Translate }) {
  const { store } = useUi();
  return (
    <div class="actions">
      <button type="button" onClick={() => store.dispatch({ type: 'back' })}>
        {props.t('investigations:backToList')}
      </button>
    </div>
  );
}

/** One passage with its article, and its four category buttons (or once answered, what the key says of it). */
function Passage(props: { excerpt: Excerpt; index: number; total: number; investigation: InvestigationData; t: Translate }) {
  const { excerpt, index, total, t } = props;
  const state = useGameState();
  const { store } = useUi();
  const { articleById } = useContent();
  const shown = state.investigation;
  const language = state.settings.language;
  const article = articleById.get(excerpt.article);
  const label = article ? article.label[language] : excerpt.article;
  const chosen = shown?.progress.answers[excerpt.id];
  const classifying = shown?.progress.phase === 'classify' && !shown.result;
  const reading = excerptReading(excerpt, articleById, language);
  const headingId = `passage-${excerpt.id}`;
  return (
    <li class="card passage" aria-labelledby={headingId} data-testid="passage" data-excerpt={excerpt.id}>
      <h2 id={headingId} class="card-kicker">
        {t('investigations:passageOf', { index: index + 1, total, article: label })}
      </h2>
      {reading.context && <p class="excerpt-context">{reading.context}</p>}
      <ExcerptText
        excerpt={excerpt}
        mode={{ kind: 'read' }}
        language={language}
        showOther={language === 'en'}
        frenchFirst={playerSettings(state).frenchFirst}
        t={t}
      />
      <p class="excerpt-source">
        {t('play:fromLabel')} <cite lang="fr">{article?.title ?? excerpt.article}</cite>
      </p>
      {classifying ? (
        <div class="choice-grid passage-choices" role="group" aria-label={t('investigations:classifyGroup', { index: index + 1 })}>
          {CATEGORIES.map((category) => (
            <button
              type="button"
              key={category}
              class={`choice cat-${category}`}
              aria-pressed={chosen === category}
              onClick={() => store.dispatch({ type: 'investigation-classify', excerptId: excerpt.id, category })}
            >
              <CategoryIcon category={category} /> {t(`common:category.${category}`)}
            </button>
          ))}
        </div>
      ) : shown?.result ? (
        <PassageFeedback excerpt={excerpt} t={t} />
      ) : (
        chosen && <p class="your-choice">{t('investigations:yourChoice', { category: t(`common:category.${chosen}`) })}</p>
      )}
    </li>
  );
}

/** After the question: the passage's verdict, its short explanation, its place in the article, and the rest behind "Go deeper". */
function PassageFeedback(props: { excerpt: Excerpt; t: Translate }) {
  const { excerpt, t } = props;
  const state = useGameState();
  const { articleById } = useContent();
  const language = state.settings.language;
  const chosen = state.investigation?.progress.answers[excerpt.id];
  const right = chosen === excerpt.category;
  const reading = excerptReading(excerpt, articleById, language);
  return (
    <div class={`passage-feedback ${right ? 'is-right' : 'is-wrong'}`} data-testid="passage-feedback">
      <p class="verdict-detail">
        <span class="verdict-icon" aria-hidden="true">
          {right ? '✓' : '✗'}
        </span>{' '}
        {right
          ? t('investigations:passageRight')
          : t('investigations:passageWrong', { category: t(`common:category.${chosen ?? excerpt.category}`) })}
        {' · '}
        {t('investigations:keyCategory')} <strong class={`tag cat-${excerpt.category}`}>{t(`common:category.${excerpt.category}`)}</strong>
      </p>
      <p class="short-explanation">{reading.short}</p>
      <Deeper excerpt={excerpt}>
        <SeeInArticle excerpt={excerpt} />
      </Deeper>
    </div>
  );
}

/** The synthesis question and its choices (relations, or the passages by number and article), one right by the key; keys 1–n. */
function Question(props: { investigation: InvestigationData; t: Translate }) {
  const { investigation, t } = props;
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { question } = investigation;
  return (
    <div class="card synthesis" role="group" aria-labelledby="synthesis-title" data-kind={question.kind}>
      <h2 id="synthesis-title" tabIndex={-1} ref={headingRef}>
        {t('investigations:questionTitle')}
      </h2>
      <p class="hint">{t('investigations:classificationFinal')}</p>
      <p class="question" id="synthesis-question">
        {questionText(question, t)}
      </p>
      <div class="synthesis-choices" role="group" aria-labelledby="synthesis-question">
        {question.choices.map((choice, index) => (
          <button
            type="button"
            key={choice}
            class="choice synthesis-choice"
            aria-keyshortcuts={String(index + 1)}
            onClick={singleClick(() => store.dispatch({ type: 'investigation-answer', answer: choice }))}
          >
            <span class="choice-key" aria-hidden="true">
              {index + 1}
            </span>{' '}
            {choiceLabel(question, choice, content, state.settings.language, t)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The synthesis verdict: the key's answer and why, the passages' score, the figures side by side. */
function ResultSummary(props: { investigation: InvestigationData; t: Translate }) {
  const { investigation, t } = props;
  const state = useGameState();
  const { content } = useContent();
  const result = state.investigation?.result;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (!result) return null;
  const language = state.settings.language;
  const [first] = investigation.excerptIds;
  // The figures table of the point, as the feedback's "other articles" view builds it.
  const figures = first && investigation.kind === 'topic' ? otherArticlesView(content, first).figures : [];
  return (
    <div class={`card feedback synthesis-result ${result.synthesisRight ? 'is-right' : 'is-wrong'}`} data-testid="investigation-feedback">
      <h2 id="synthesis-verdict" tabIndex={-1} class="verdict" ref={headingRef}>
        <span class="verdict-icon" aria-hidden="true">
          {result.synthesisRight ? '✓' : '✗'}
        </span>{' '}
        {t(result.synthesisRight ? 'investigations:resultTitleRight' : 'investigations:resultTitleWrong')}
      </h2>
      {!result.synthesisRight && (
        <p>{t('investigations:yourAnswer', { answer: choiceLabel(investigation.question, result.synthesis, content, language, t) })}</p>
      )}
      <QuestionKey question={investigation.question} content={content} language={language} t={t} />
      {figures.map((topic) => (
        <FiguresTable key={topic.topic} topic={topic} rowLabel={(row) => capitaliseFirst(row.article.label[language])} />
      ))}
      <p>{t('investigations:passagesScore', { right: result.passagesRight, total: result.passages })}</p>
      <h3>{t('investigations:eachSource')}</h3>
    </div>
  );
}
