import { useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { quizLabels } from '../shared/quiz-labels';

/** A lesson into the school's platform: its excerpts as a Moodle quiz (Moodle XML or GIFT). */
export function PlatformExport(props: { lessonId: string }) {
  const { store } = useUi();
  const t = useT();
  const { lessonId } = props;
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
    </section>
  );
}
