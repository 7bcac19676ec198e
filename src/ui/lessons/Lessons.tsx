import { useRef, useState } from 'preact/hooks';
import { useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { formatDate } from '../shared/format';
import { type Translate, useT } from '../shared/i18n';
import type { GameState } from '../../core/game';

/** The teacher's lessons on this device, the class reports, and two ways to add a lesson made elsewhere (its code, its file). */
export function Lessons() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const fileRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const { list, reports, status } = state.lessons;

  async function fileChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    store.dispatch({ type: 'import-lesson', text, fallbackName: file.name.replace(/\.[a-z]+$/i, '') });
  }

  return (
    <section class="screen lessons" aria-labelledby="lessons-title">
      <h1 id="lessons-title" tabIndex={-1} ref={headingRef}>
        {t('lessons:title')}
      </h1>
      <p class="lesson-intro">{t('lessons:intro')}</p>
      <div class="actions">
        <button type="button" class="primary big" onClick={() => store.dispatch({ type: 'edit-lesson', id: null })}>
          {t('lessons:new')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'guide' })}>
          {t('lessons:guideLink')}
        </button>
      </div>
      <StatusLine status={status} t={t} />

      <section class="card" aria-labelledby="lesson-list-title">
        <h2 id="lesson-list-title">{t('lessons:listTitle')}</h2>
        {list.length === 0 ? (
          <p>{t('lessons:none')}</p>
        ) : (
          <ul class="lesson-list">
            {list.map((lesson) => (
              <li key={lesson.id}>
                <button
                  type="button"
                  class="lesson-open"
                  aria-label={t('lessons:open', { name: lesson.name })}
                  onClick={() => store.dispatch({ type: 'open-lesson', id: lesson.id })}
                >
                  <strong>{lesson.name}</strong>
                </button>{' '}
                <span class="hint">
                  {t('lessons:excerptCount', { count: lesson.spec.excerptIds.length })} ·{' '}
                  {t('lessons:updated', { date: formatDate(lesson.updatedAt, language, 'medium') })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="reports-title">
        <h2 id="reports-title">{t('lessons:reportsTitle')}</h2>
        {reports.length === 0 ? (
          <p>{t('lessons:noReports')}</p>
        ) : (
          <ul class="lesson-list">
            {reports.map((report) => {
              const date = formatDate(report.createdAt, language, 'medium');
              return (
                <li key={report.id}>
                  <button
                    type="button"
                    class="lesson-open"
                    aria-label={t('lessons:openReport', { name: report.lessonName, date })}
                    onClick={() => store.dispatch({ type: 'open-report', id: report.id })}
                  >
                    {t('lessons:reportLine', { name: report.lessonName, date, count: report.codes.length })}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="add-lesson-title">
        <h2 id="add-lesson-title">{t('lessons:addTitle')}</h2>
        <form
          class="form add-lesson"
          onSubmit={(event) => {
            event.preventDefault();
            store.dispatch({
              type: 'add-lesson-code',
              code,
              name: name || t('lessons:defaultName', { date: formatDate(new Date().toISOString(), language, 'medium') }),
            });
          }}
        >
          <label for="add-code">{t('lessons:addCodeLabel')}</label>
          <input
            id="add-code"
            type="text"
            class="code-input"
            value={code}
            autoComplete="off"
            spellcheck={false}
            aria-describedby="add-code-hint"
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <p id="add-code-hint" class="hint">
            {t('lessons:addCodeHint')}
          </p>
          <label for="add-name">{t('lessons:addNameLabel')}</label>
          <input id="add-name" type="text" value={name} maxLength={60} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
          <div class="actions">
            <button type="submit">{t('lessons:addCode')}</button>
            <button type="button" onClick={() => fileRef.current?.click()}>
              {t('lessons:importFile')}
            </button>
          </div>
        </form>
        <input
          ref={fileRef}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="lesson-file"
          onChange={(e) => void fileChosen(e.currentTarget)}
        />
      </section>

      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}

/** What the last operation on the lessons came to, said once in a live region. */
export function StatusLine(props: { status: GameState['lessons']['status']; t: Translate }) {
  const { status, t } = props;
  let text = '';
  if (status?.kind === 'saved') text = t('lessons:status.saved', { name: status.name });
  else if (status?.kind === 'deleted') text = t('lessons:status.deleted', { name: status.name });
  else if (status?.kind === 'duplicated') text = t('lessons:status.duplicated', { name: status.name });
  else if (status?.kind === 'added') text = t('lessons:status.added', { name: status.name });
  else if (status?.kind === 'exported') text = t('lessons:status.exported', { file: status.file });
  else if (status?.kind === 'import-failed') text = t('lessons:status.importFailed', { reason: t(`lessons:failure.${status.reason}`) });
  else if (status?.kind === 'packaging') text = t('lms:export.making');
  else if (status?.kind === 'package-failed') text = t(status.reason === 'unavailable' ? 'lms:export.scormUnavailable' : 'lms:export.failed');
  const failed = status?.kind === 'import-failed' || status?.kind === 'package-failed';
  return (
    <p class={`message ${failed ? 'error' : 'ok'}`} role="status" data-testid="lessons-status">
      {text}
    </p>
  );
}
