import { useState } from 'preact/hooks';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { quizLabels } from '../shared/quiz-labels';

/** A lesson into the school's platform: its excerpts as a Moodle quiz (Moodle XML or GIFT), or the game playing it as a SCORM package. */
export function PlatformExport(props: { lessonId: string }) {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const { lessonId } = props;
  const [pass, setPass] = useState(0);
  const packaging = state.lessons.status?.kind === 'packaging';
  return (
    <section class="card" aria-labelledby="platform-title">
      <h2 id="platform-title">{t('lms:export.title')}</h2>
      <p class="hint">{t('lms:export.hint')}</p>
      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'export-quiz', format: 'moodle-xml', lessonId, labels: quizLabels(t) })}>
          {t('lms:export.moodleXml')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'export-quiz', format: 'gift', lessonId, labels: quizLabels(t) })}>
          {t('lms:export.gift')}
        </button>
      </div>
      <form
        class="form platform-scorm"
        onSubmit={(event) => {
          event.preventDefault();
          store.dispatch({ type: 'export-scorm', lessonId, passPercent: pass });
        }}
      >
        <label for="scorm-pass">{t('lms:export.thresholdLabel')}</label>
        <input
          id="scorm-pass"
          type="number"
          min={0}
          max={100}
          step={5}
          value={pass}
          aria-describedby="scorm-pass-hint"
          onInput={(e) => setPass(Math.max(0, Math.min(100, Math.round(Number(e.currentTarget.value) || 0))))}
        />
        <p id="scorm-pass-hint" class="hint">
          {t('lms:export.thresholdHint')}
        </p>
        <div class="actions">
          <button type="submit" class="primary" disabled={packaging} aria-busy={packaging}>
            {t('lms:export.scorm')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'guide' })}>
            {t('lms:export.help')}
          </button>
        </div>
      </form>
    </section>
  );
}
