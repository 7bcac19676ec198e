import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES } from '../../core/categories';
import { type ClassSetup, printableSheet } from '../../core/classroom';
import { CategoryIcon } from '../shared/CategoryIcon';
import { useContent, useGameState } from '../shared/context';
import { useT } from '../shared/i18n';
import { choiceLabel, QuestionKey, questionText } from '../investigations/question';

/**
 * A page to print for the round a setup will deal: the student sheet (numbered excerpts,
 * four boxes to tick, no answer) or the answer key (answer, clue words, why). The print
 * dialog opens at once; the page stays on screen to print again or go back.
 */
export function PrintableSheet(props: { kind: 'student' | 'key'; setup: ClassSetup; onBack: () => void }) {
  const { kind, setup } = props;
  const state = useGameState();
  const { content, articleById } = useContent();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const language = state.settings.language;
  const sheet = printableSheet(content, setup, kind, language);
  const synthesis = sheet.synthesis;

  useEffect(() => {
    headingRef.current?.focus();
    window.print();
  }, [kind]);

  return (
    <section class={`screen printable printable-${kind}`} aria-labelledby="sheet-title">
      <div class="actions print-toolbar">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('classroom:sheet.print')}
        </button>
        <button type="button" onClick={props.onBack} aria-keyshortcuts="Escape">
          {t('classroom:sheet.back')}
        </button>
      </div>
      <article class="sheet">
        <header class="sheet-header">
          <h1 id="sheet-title" tabIndex={-1} ref={headingRef}>
            {t('common:appName')} — {t(kind === 'student' ? 'classroom:sheet.studentTitle' : 'classroom:sheet.keyTitle')}
          </h1>
          <p class="sheet-series">
            {sheet.lessonCode ? (
              <>
                {sheet.lessonName && <span class="sheet-lesson-name">{sheet.lessonName} · </span>}
                <span data-testid="sheet-lesson-code">{t('classroom:lessonCode', { code: sheet.lessonCode })}</span>
              </>
            ) : (
              t('classroom:series', { code: sheet.series })
            )}
          </p>
          {kind === 'student' && (
            <div class="sheet-fields">
              <p class="sheet-name">
                {t('classroom:sheet.pupilName')} <span class="write-line" aria-hidden="true" />
              </p>
              <p class="sheet-name">
                {t('classroom:sheet.className')} <span class="write-line short" aria-hidden="true" />
              </p>
              <p class="sheet-name">
                {t('classroom:sheet.date')} <span class="write-line short" aria-hidden="true" />
              </p>
            </div>
          )}
          <p>{t(kind === 'student' ? 'classroom:sheet.lessonInstructions' : 'classroom:sheet.keyInstructions')}</p>
        </header>
        <ol class="sheet-items">
          {sheet.items.map((item) => (
            <li class="sheet-item" key={item.excerptId}>
              <h2 class="sheet-item-title">
                {t('play:excerptLabel')} {item.number}
              </h2>
              {item.context && <p class="excerpt-context">{item.context}</p>}
              <blockquote class="excerpt-text" lang="fr">
                {item.answer
                  ? item.answer.segments.map((segment, i) =>
                      segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
                    )
                  : item.text}
              </blockquote>
              {item.translation && (
                <blockquote class="excerpt-text translation" lang="en">
                  {item.translation}
                </blockquote>
              )}
              <p class="excerpt-source">
                {t('play:fromLabel')} <cite lang="fr">{articleById.get(item.articleId)?.title ?? item.articleId}</cite>
              </p>
              {item.answer ? (
                <div class="sheet-answer">
                  <p>
                    <strong class={`tag cat-${item.answer.category}`}>
                      <CategoryIcon category={item.answer.category} />{' '}
                      {t('classroom:sheet.answer', { category: t(`common:category.${item.answer.category}`) })}
                    </strong>
                  </p>
                  <p class="clue-list">
                    {t('play:clues')}
                    {item.answer.clues.map((clue, i) => (
                      <>
                        {i > 0 && ', '}
                        <mark lang="fr">{clue}</mark>
                      </>
                    ))}
                  </p>
                  <p>
                    <strong>{t('play:why')}</strong> — {item.answer.short}
                  </p>
                </div>
              ) : (
                <>
                  <ul class="tick-boxes" aria-label={t('classroom:sheet.tick')}>
                    {CATEGORIES.map((category) => (
                      <li key={category}>
                        <span class="tick-box" aria-hidden="true" /> <CategoryIcon category={category} /> {t(`common:category.${category}`)}
                      </li>
                    ))}
                  </ul>
                  <p class="sheet-justify">
                    {t('classroom:sheet.justify')} <span class="write-line" aria-hidden="true" />
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
        {synthesis && (
          <section class="sheet-item sheet-synthesis" aria-labelledby="sheet-synthesis-title">
            <h2 id="sheet-synthesis-title" class="sheet-item-title">
              {t('synthesis:sheet.questionTitle')}
            </h2>
            <p>{questionText(synthesis, t)}</p>
            {kind === 'student' ? (
              <>
                <p class="hint">{t('synthesis:sheet.questionInstructions')}</p>
                <ul class="tick-boxes" aria-label={t('classroom:sheet.tick')}>
                  {synthesis.choices.map((choice) => (
                    <li key={choice}>
                      <span class="tick-box" aria-hidden="true" /> {choiceLabel(synthesis, choice, content, language, t)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <div class="sheet-answer">
                <QuestionKey question={synthesis} content={content} language={language} t={t} />
              </div>
            )}
          </section>
        )}
      </article>
    </section>
  );
}
