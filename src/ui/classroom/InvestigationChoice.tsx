import type { ClassSetup } from '../../core/classroom';
import { investigationsOf } from '../../core/investigations';
import { useContent, useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { investigationTitle } from '../investigations/labels';

/**
 * Beside "A dossier": an investigation played by the class, its passages side by side then its
 * synthesis question. Every investigation is offered, whatever the teacher's own dossiers: in
 * class the teacher leads.
 */
export function InvestigationChoice(props: { setup: ClassSetup; onChange: (setup: ClassSetup) => void }) {
  const { setup, onChange } = props;
  const { content } = useContent();
  const { index } = useUi();
  const language = useGameState().settings.language;
  const t = useT();
  const list = investigationsOf(content);
  const first = list[0];
  if (!first) return null;
  const chosen = list.find((i) => i.id === setup.investigation);
  return (
    <div class="class-dossier class-investigation">
      <label class="radio">
        <input
          type="radio"
          name="class-size"
          value="investigation"
          checked={chosen !== undefined}
          onChange={() => onChange({ ...setup, dossier: undefined, investigation: first.id })}
        />
        <span>{t('synthesis:class.option')}</span>
      </label>
      {chosen !== undefined && (
        <div class="class-dossier-pick">
          <label for="class-investigation-pick">{t('synthesis:class.label')}</label>
          <select
            id="class-investigation-pick"
            value={chosen.id}
            aria-describedby="class-investigation-hint"
            onChange={(event) => onChange({ ...setup, dossier: undefined, investigation: event.currentTarget.value })}
          >
            {list.map((investigation) => (
              <option key={investigation.id} value={investigation.id}>
                {t('synthesis:class.optionItem', {
                  title: investigationTitle(investigation, { articles: content.articles, topics: index.topics }, language, t),
                  count: investigation.excerptIds.length,
                })}
              </option>
            ))}
          </select>
          <span id="class-investigation-hint" class="hint">
            {t('synthesis:class.hint')}
          </span>
        </div>
      )}
    </div>
  );
}
