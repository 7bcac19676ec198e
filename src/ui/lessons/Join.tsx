import { useState } from 'preact/hooks';
import { NICKNAME_MAX_LENGTH, cleanNickname } from '../../core/lessons';
import { useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';
import { leaveLesson } from './leave';

/**
 * A pupil joins a lesson: from a link or a scanned QR code (the lesson is already open), or by
 * typing its code. A nickname only, never a full name; then the lesson plays like a round.
 */
export function Join() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const { pupil } = state;
  const error = state.lessons.joinError;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(`${pupil?.lesson.code}-${error}`);
  const [code, setCode] = useState('');
  const [nickname, setNickname] = useState(pupil?.nickname ?? '');
  const [tried, setTried] = useState(false);
  const lesson = !error && pupil && !pupil.result ? pupil.lesson : null;
  const missing = tried && cleanNickname(nickname) === '';

  return (
    <section class="screen join" aria-labelledby="join-title">
      <h1 id="join-title" tabIndex={-1} ref={headingRef}>
        {lesson ? t('lessons:join.lessonTitle', { name: lesson.name || t('lessons:join.unnamed') }) : t('lessons:join.title')}
      </h1>
      {error && (
        <p class="message error" role="alert" data-testid="join-error">
          {t('lessons:join.error', { reason: t(`lessons:failure.${error}`) })}
        </p>
      )}
      {lesson ? (
        <form
          class="card form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (cleanNickname(nickname)) store.dispatch({ type: 'join-lesson', nickname });
          }}
        >
          <p>{t('lessons:join.about', { count: lesson.spec.excerptIds.length })}</p>
          <label for="nickname">{t('lessons:join.nicknameLabel')}</label>
          <input
            id="nickname"
            type="text"
            value={nickname}
            maxLength={NICKNAME_MAX_LENGTH}
            autoComplete="off"
            spellcheck={false}
            aria-describedby={missing ? 'nickname-hint nickname-error' : 'nickname-hint'}
            aria-invalid={missing ? 'true' : undefined}
            onInput={(e) => setNickname(e.currentTarget.value)}
          />
          <p id="nickname-hint" class="hint strong-hint">
            {t('lessons:join.nicknameHint')}
          </p>
          {missing && (
            <p id="nickname-error" class="field-error">
              {t('lessons:join.nicknameMissing')}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary big">
              {t('lessons:join.start')}
            </button>
            <button type="button" onClick={() => leaveLesson(store)}>
              {t('lessons:join.leave')}
            </button>
          </div>
        </form>
      ) : (
        <form
          class="card form"
          onSubmit={(event) => {
            event.preventDefault();
            store.dispatch({ type: 'open-lesson-link', code, name: '' });
          }}
        >
          <label for="join-code">{t('lessons:join.codeLabel')}</label>
          <input
            id="join-code"
            type="text"
            class="code-input"
            value={code}
            autoComplete="off"
            spellcheck={false}
            aria-describedby="join-code-hint"
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <p id="join-code-hint" class="hint">
            {t('lessons:join.codeHint')}
          </p>
          <div class="actions">
            <button type="submit" class="primary">
              {t('lessons:join.open')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
              {t('common:back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
