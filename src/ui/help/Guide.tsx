import { useEffect, useState } from 'preact/hooks';
import { useMaybeContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';

const PLAN_STEPS = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;
const PRIVACY = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
const QUIZ_STEPS = ['s1', 's2', 's3', 's4'] as const;
const SCORM_STEPS = ['s1', 's2', 's3', 's4', 's5', 's6'] as const;

/**
 * The teachers' help: a 45-minute plan, a two-lesson plan, discussion questions per article, a
 * booster a week later, the links with the French curriculum (EMI, CRCN), and a one-page privacy
 * notice for the school's data-protection officer (printable alone).
 */
export function Guide() {
  const { store } = useUi();
  const t = useT();
  // One discussion question per article, from the content (issue #15): a new article brings its own.
  const articles = useMaybeContent()?.content.articles;
  const language = useGameState().settings.language;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [printPrivacy, setPrintPrivacy] = useState(false);
  // The notice alone is printed until the print dialog closes.
  useEffect(() => {
    const done = () => setPrintPrivacy(false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  return (
    <section class={`screen guide${printPrivacy ? ' print-privacy' : ''}`} aria-labelledby="guide-title">
      <h1 id="guide-title" tabIndex={-1} ref={headingRef}>
        {t('guide:title')}
      </h1>
      <div class="card prose">
        <p>{t('guide:intro')}</p>
        <nav aria-label={t('guide:toc')}>
          <ul>
            <li>
              <a href="#guide-45">{t('guide:plan45.title')}</a>
            </li>
            <li>
              <a href="#guide-two">{t('guide:plan2.title')}</a>
            </li>
            <li>
              <a href="#guide-questions">{t('guide:questions.title')}</a>
            </li>
            <li>
              <a href="#guide-booster">{t('guide:booster.title')}</a>
            </li>
            <li>
              <a href="#guide-curriculum">{t('guide:curriculum.title')}</a>
            </li>
            <li>
              <a href="#guide-lms">{t('lms:help.title')}</a>
            </li>
            <li>
              <a href="#guide-privacy">{t('guide:privacy.title')}</a>
            </li>
          </ul>
        </nav>
        <h2 id="guide-45">{t('guide:plan45.title')}</h2>
        <ol class="plan">
          {PLAN_STEPS.map((step) => (
            <li key={step}>{t(`guide:plan45.${step}`)}</li>
          ))}
        </ol>
        <h2 id="guide-two">{t('guide:plan2.title')}</h2>
        <p>{t('guide:plan2.one')}</p>
        <p>{t('guide:plan2.two')}</p>
        <p>{t('guide:plan2.say')}</p>
        <h2 id="guide-questions">{t('guide:questions.title')}</h2>
        <ul>
          {articles ? (
            articles.map((article) => <li key={article.id}>{article.discussion[language]}</li>)
          ) : (
            <li role="status">{t('texts:loading')}</li>
          )}
        </ul>
        <h2 id="guide-booster">{t('guide:booster.title')}</h2>
        <p>{t('guide:booster.text')}</p>
        <h2 id="guide-curriculum">{t('guide:curriculum.title')}</h2>
        <p>{t('guide:curriculum.emi')}</p>
        <p>{t('guide:curriculum.crcn')}</p>
        <h2 id="guide-lms">{t('lms:help.title')}</h2>
        <p>{t('lms:help.intro')}</p>
        <h3>{t('lms:help.quizTitle')}</h3>
        <ol>
          {QUIZ_STEPS.map((step) => (
            <li key={step}>{t(`lms:help.quiz.${step}`)}</li>
          ))}
        </ol>
        <h3>{t('lms:help.scormTitle')}</h3>
        <ol>
          {SCORM_STEPS.map((step) => (
            <li key={step}>{t(`lms:help.scorm.${step}`)}</li>
          ))}
        </ol>
        <h3>{t('lms:help.recordsTitle')}</h3>
        <ul>
          {(['s1', 's2', 's3', 's4'] as const).map((step) => (
            <li key={step}>{t(`lms:help.records.${step}`)}</li>
          ))}
        </ul>
      </div>
      <section class="card prose privacy-notice" aria-labelledby="guide-privacy">
        <h2 id="guide-privacy">{t('guide:privacy.title')}</h2>
        {PRIVACY.map((p) => (
          <p key={p}>{t(`guide:privacy.${p}`)}</p>
        ))}
        <div class="actions no-print">
          <button
            type="button"
            onClick={() => {
              setPrintPrivacy(true);
              window.setTimeout(() => window.print(), 0);
            }}
          >
            {t('guide:privacy.print')}
          </button>
        </div>
      </section>
      <div class="actions no-print">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}
