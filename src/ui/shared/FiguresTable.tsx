import type { FigureRow, TopicFigures } from '../../core/content/related';
import { useGameState } from './context';
import { useT } from './i18n';

/**
 * The figures several articles give on one point, side by side (after an answer and at the end of an
 * investigation). `currentId` marks the excerpt on show, when there is one.
 */
export function FiguresTable(props: { topic: TopicFigures; rowLabel: (row: FigureRow) => string; caption?: string; currentId?: string }) {
  const { topic, rowLabel, caption, currentId } = props;
  const language = useGameState().settings.language;
  const t = useT();
  return (
    <table class="figures-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('viewer:others.article')}</th>
          <th scope="col">{t('viewer:others.figure')}</th>
        </tr>
      </thead>
      <tbody>
        {topic.rows.map((row) => {
          const current = row.excerpt.id === currentId;
          return (
            <tr key={row.excerpt.id} class={current ? 'is-current' : undefined} aria-current={current ? 'true' : undefined}>
              <th scope="row">
                {rowLabel(row)}
                {current && <span class="this-excerpt"> ({t('viewer:others.thisExcerpt')})</span>}
              </th>
              <td>{row.figure[language]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
