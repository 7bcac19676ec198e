import { useState } from 'preact/hooks';
import { DEFAULT_TEAM_COUNT } from '../../core/classroom';
import { lessonLink, openLesson } from '../../core/game/lessons';
import { contentVersionLabel, displayCode, LESSON_ACCOMMODATIONS } from '../../core/lessons';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { formatDate } from '../shared/format';
import { useT } from '../shared/i18n';
import { StatusLine } from './Lessons';
import { QrImage } from './QrImage';
import { PlatformExport } from './PlatformExport';

/** One lesson: its code, its link and the QR code to project; print, play in class, collect results; rename, duplicate, export, delete. */
export function LessonShare() {
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(state.lessons.openId);
  const lesson = state.lessons.list.find((l) => l.id === state.lessons.openId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [copied, setCopied] = useState(false);
  const [group, setGroup] = useState('');
  if (!lesson) return null;
  const open = openLesson(lesson, content);
  const defaultTeamNames = Array.from({ length: DEFAULT_TEAM_COUNT }, (_, i) => t('classroom:teamDefault', { number: i + 1 }));
  const link = open ? lessonLink(location.href, open.code, lesson.name) : '';
  const yes = (on: boolean) => t(on ? 'lessons:share.on' : 'lessons:share.off');
  const spec = lesson.spec;

  function printSheet(sheet: 'student' | 'key'): void {
    store.dispatch({ type: 'class-use-lesson', id: lesson?.id ?? null, defaultTeamNames });
    store.dispatch({ type: 'class-print', sheet });
  }

  return (
    <section class="screen lesson-share" aria-labelledby="share-title">
      <h1 id="share-title" tabIndex={-1} ref={headingRef}>
        {lesson.name}
      </h1>
      <StatusLine status={state.lessons.status} t={t} />
      <p class="hint">
        {t('lessons:share.summary', {
          count: spec.excerptIds.length,
          order: t(spec.order === 'fixed' ? 'lessons:share.orderFixed' : 'lessons:share.orderShuffled'),
          clues: yes(spec.clues),
          confidence: yes(spec.confidence),
          ranking: yes(spec.ranking),
          timer: spec.timerMinutes === 0 ? t('lessons:share.timerOff') : t('lessons:share.timerMinutes', { count: spec.timerMinutes }),
        })}
      </p>
      {LESSON_ACCOMMODATIONS.some((key) => spec.accommodations[key]) && (
        <p class="hint" data-testid="lesson-accommodations">
          {t('lessons:share.accommodations', {
            list: LESSON_ACCOMMODATIONS.filter((key) => spec.accommodations[key])
              .map((key) => t(`lessons:share.accommodation.${key}`))
              .join(', '),
          })}
        </p>
      )}
      {!open && (
        <p class="message error" role="alert">
          {t('lessons:status.importFailed', { reason: t('lessons:failure.missing-excerpts') })}
        </p>
      )}
      {open && (
        <div class="share-grid">
          <section class="card" aria-labelledby="code-title">
            <h2 id="code-title">{t('lessons:share.codeTitle')}</h2>
            <p class="lesson-code" data-testid="lesson-code">
              {displayCode(open.code)}
            </p>
            <p class="hint">{t('lessons:share.codeHint')}</p>
            <p class="hint">{t('lessons:share.contentVersion', { version: contentVersionLabel(open.contentVersion) })}</p>
            <h2 id="link-title">{t('lessons:share.linkTitle')}</h2>
            <p class="lesson-link">
              <a href={link} data-testid="lesson-link">
                {link}
              </a>
            </p>
            <p class="hint">{t('lessons:share.linkHint')}</p>
            <div class="actions">
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
              >
                {t('lessons:share.copyLink')}
              </button>
              <span role="status">{copied ? t('lessons:share.copied') : ''}</span>
            </div>
          </section>
          <section class="card qr-card" aria-labelledby="qr-title">
            <h2 id="qr-title">{t('lessons:share.qrTitle')}</h2>
            <QrImage text={link} label={t('lessons:share.qrAlt', { name: lesson.name })} class="projected" />
            {state.lessons.qr[link] && <p class="hint">{t('lessons:share.qrVersion', { version: state.lessons.qr[link].version })}</p>}
          </section>
        </div>
      )}

      {open && (
        <section class="card" aria-labelledby="run-title">
          <h2 id="run-title">{t('lessons:share.printTitle')}</h2>
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'class-use-lesson', id: lesson.id, defaultTeamNames })}>
              {t('lessons:share.playClass')}
            </button>
            <button type="button" onClick={() => printSheet('student')}>
              {t('lessons:share.printStudent')}
            </button>
            <button type="button" onClick={() => printSheet('key')}>
              {t('lessons:share.printKey')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'voting-cards' })}>
              {t('lessons:share.printCards')}
            </button>
          </div>
          <form
            class="form collect-start"
            onSubmit={(event) => {
              event.preventDefault();
              store.dispatch({
                type: 'start-collect',
                lessonId: lesson.id,
                name: group.trim() ? `${lesson.name} — ${group.trim()}` : lesson.name,
              });
            }}
          >
            <label for="collect-group">{t('lessons:share.collectNameLabel')}</label>
            <input id="collect-group" type="text" value={group} maxLength={30} autoComplete="off" onInput={(e) => setGroup(e.currentTarget.value)} />
            <button type="submit" class="primary">
              {t('lessons:share.collect')}
            </button>
          </form>
        </section>
      )}

      {open && <PlatformExport lessonId={lesson.id} />}

      <section class="card" aria-labelledby="manage-title">
        <h2 id="manage-title">{t('lessons:share.manageTitle')}</h2>
        <p class="hint">{formatDate(lesson.updatedAt, language, 'long')}</p>
        {renaming !== null ? (
          <form
            class="form rename-lesson"
            onSubmit={(event) => {
              event.preventDefault();
              store.dispatch({ type: 'rename-lesson', id: lesson.id, name: renaming });
              setRenaming(null);
            }}
          >
            <label for="rename-lesson">{t('lessons:share.renameLabel')}</label>
            <input
              id="rename-lesson"
              type="text"
              value={renaming}
              maxLength={60}
              autoComplete="off"
              onInput={(e) => setRenaming(e.currentTarget.value)}
            />
            <div class="actions">
              <button type="submit" class="primary">
                {t('lessons:share.rename')}
              </button>
              <button type="button" onClick={() => setRenaming(null)}>
                {t('common:cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <button type="button" onClick={() => store.dispatch({ type: 'edit-lesson', id: lesson.id })}>
              {t('lessons:share.edit')}
            </button>
            <button type="button" onClick={() => setRenaming(lesson.name)}>
              {t('lessons:share.rename')}
            </button>
            <button
              type="button"
              onClick={() => store.dispatch({ type: 'duplicate-lesson', id: lesson.id, name: t('lessons:share.copyName', { name: lesson.name }) })}
            >
              {t('lessons:share.duplicate')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'export-lesson', id: lesson.id })}>
              {t('lessons:share.export')}
            </button>
            <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
              {t('lessons:share.delete')}
            </button>
          </div>
        )}
      </section>
      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'lessons' })}>
          {t('lessons:share.back')}
        </button>
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={t('lessons:share.delete')}
          confirmLabel={t('lessons:share.delete')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => {
            setConfirmDelete(false);
            store.dispatch({ type: 'delete-lesson', id: lesson.id });
          }}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>{t('lessons:share.deleteConfirm', { name: lesson.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
