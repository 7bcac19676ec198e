import { useState } from 'preact/hooks';
import { matchesKey } from '../../core/categories';
import { decodeResultCode, displayCode } from '../../core/lessons';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';
import { QrImage } from './QrImage';
import { leaveLesson } from './leave';

/** The end of a pupil's lesson: their result code as text, a QR code and a file, to hand to the teacher. */
export function PupilResult() {
  const state = useGameState();
  const { store } = useUi();
  const { excerptById } = useContent();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [copied, setCopied] = useState(false);
  const pupil = state.pupil;
  if (!pupil?.result || !pupil.nickname) return null;
  const decoded = decodeResultCode(pupil.result);
  const right = decoded.ok
    ? decoded.result.answers.filter((a, i) => {
        const excerpt = excerptById.get(pupil.lesson.spec.excerptIds[i] as string);
        return excerpt ? matchesKey(a.category, excerpt.category) : false;
      }).length
    : 0;
  const fileText = `${t('lessons:result.fileHeader', { nickname: pupil.nickname, lesson: displayCode(pupil.lesson.code) })}\n${pupil.result}\n`;
  const fileName = `resultat-${
    pupil.nickname
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'eleve'
  }.txt`;

  return (
    <section class="screen pupil-result" aria-labelledby="pupil-result-title">
      <h1 id="pupil-result-title" tabIndex={-1} ref={headingRef}>
        {t('lessons:result.title', { nickname: pupil.nickname })}
      </h1>
      <section class="card result-card" aria-labelledby="result-code-title">
        <p class="big-score" data-testid="pupil-score">
          {t('lessons:result.score', { right, total: pupil.lesson.spec.excerptIds.length })}
        </p>
        <h2 id="result-code-title">{t('lessons:result.codeTitle')}</h2>
        <p class="hint">{t('lessons:result.codeHint')}</p>
        <QrImage text={pupil.result} label={t('lessons:result.qrAlt', { nickname: pupil.nickname })} class="result-qr" />
        <p class="result-code" data-testid="result-code">
          {displayCode(pupil.result)}
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => store.dispatch({ type: 'download-result', fileName, text: fileText })}>
            {t('lessons:result.download')}
          </button>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(pupil.result ?? '').then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('lessons:result.copy')}
          </button>
          <span role="status">{copied ? t('lessons:result.copied') : ''}</span>
        </div>
      </section>
      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'join-lesson', nickname: pupil.nickname ?? '' })}>
          {t('lessons:result.again')}
        </button>
        <button type="button" onClick={() => leaveLesson(store)}>
          {t('lessons:result.leave')}
        </button>
      </div>
    </section>
  );
}
