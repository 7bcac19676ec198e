import { CATEGORIES, type Category } from '../../core/categories';
import {
  classAnswers,
  CSV_COLUMNS,
  classCsvRows,
  csvFileName,
  questionTable,
  standings,
  teamTallies,
  type ClassCsvRow,
  type CsvColumn,
} from '../../core/classroom';
import type { RoundState } from '../../core/round';
import { discernmentHalves } from '../../core/progress/stats';
import { CategoryIcon } from '../shared/CategoryIcon';
import { Halves } from '../shared/Halves';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { type Translate, useT } from '../shared/i18n';
import { ClassDebrief } from './ClassDebrief';

/** The class round's results: the ranking, each team per category, each excerpt; to export or print. */
export function ClassResults() {
  const state = useGameState();
  const { store } = useUi();
  const { content, excerptById } = useContent();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const exported = state.outcome?.scope === 'class-results' ? state.outcome : null;
  const round = state.round as RoundState;
  const language = state.settings.language;
  const played = round.turns.length;
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, round.turns.filter((turn) => turn.expected === c).length])) as Record<
    Category,
    number
  >;
  const categoryName = (category: Category) => t(`common:category.${category}`);
  const showRanking = state.classroom.setup?.showRanking !== false;

  function exportCsv(): void {
    const rows = classCsvRows(round, content);
    store.dispatch({
      type: 'export-class-csv',
      fileName: csvFileName(round),
      header: CSV_COLUMNS.map((column) => t(`classroom:csv.${column}`)),
      rows: rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row, column, t))),
      // ';' for French spreadsheets (the comma is their decimal mark).
      delimiter: language === 'fr' ? ';' : ',',
    });
  }

  return (
    <section class="screen class-results class-screen" aria-labelledby="class-results-title">
      <h1 id="class-results-title" tabIndex={-1} ref={headingRef}>
        {t('classroom:resultsTitle')}
      </h1>

      {round.endedEarly && (
        <p class="callout" data-testid="ended-early">
          {t('classroom:endedEarly', { played, total: round.endedEarly })}
        </p>
      )}
      {round.investigation && <ClassDebrief round={round} />}
      <section class="card" aria-labelledby="class-halves-title">
        <h2 id="class-halves-title">{t('classroom:halvesTitle')}</h2>
        <Halves halves={discernmentHalves(classAnswers(round))} who="class" language={language} t={t} />
      </section>

      {!showRanking && <p class="hint">{t('classroom:noRanking')}</p>}
      {showRanking && (
        <section class="card" aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('classroom:ranking')}</h2>
          <table class="tally ranking">
            <thead>
              <tr>
                <th scope="col">{t('classroom:colRank')}</th>
                <th scope="col">{t('classroom:colTeam')}</th>
                <th scope="col">{t('classroom:colScore')}</th>
                <th scope="col">{t('classroom:colRight')}</th>
              </tr>
            </thead>
            <tbody>
              {standings(round).map((standing) => (
                <tr key={standing.team.id} class={standing.rank === 1 ? 'is-leading' : undefined}>
                  <td>{standing.rank}</td>
                  <th scope="row">{standing.team.name}</th>
                  <td>{standing.score}</td>
                  <td>{t('classroom:rightOf', { right: standing.right, total: played })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <div class="card">
        <h2 id="per-category-title">{t('classroom:perCategory')}</h2>
        {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="per-category-title">
          <table class="tally">
            <caption>{t('classroom:perCategoryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('classroom:colTeam')}</th>
                {CATEGORIES.map((category) => (
                  <th scope="col" key={category}>
                    <span class={`dot cat-${category}`} aria-hidden="true" />{' '}
                    {t('classroom:colCategoryCount', { category: categoryName(category), count: perCategory[category] })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {teamTallies(round).map(({ team, tally }) => (
                <tr key={team.id}>
                  <th scope="row">{team.name}</th>
                  {CATEGORIES.map((category) => (
                    <td key={category}>
                      {t('classroom:rightOf', { right: tally[category].right, total: tally[category].right + tally[category].wrong })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div class="card">
        <h2 id="per-question-title">{t('classroom:perQuestion')}</h2>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="per-question-title">
          <table class="tally per-question">
            <thead>
              <tr>
                <th scope="col">{t('classroom:colNumber')}</th>
                <th scope="col">{t('classroom:colExcerpt')}</th>
                <th scope="col">{t('classroom:colAnswer')}</th>
                {round.players.map((team) => (
                  <th scope="col" key={team.id}>
                    {team.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questionTable(round).map((row) => {
                const excerpt = excerptById.get(row.excerptId);
                return (
                  <tr key={row.excerptId}>
                    <th scope="row">{row.number}</th>
                    <td class="question-text">
                      <span lang="fr">{excerpt?.text ?? row.excerptId}</span>
                    </td>
                    <td>
                      <span class={`tag cat-${row.expected}`}>
                        <CategoryName category={row.expected} t={t} />
                      </span>
                    </td>
                    {row.outcomes.map((outcome) => (
                      <td key={outcome.team.id} class={outcome.correct ? 'is-right' : 'is-wrong'}>
                        <span class="verdict-mark" aria-hidden="true">
                          {outcome.correct ? '✓' : '✗'}
                        </span>{' '}
                        {outcome.answer ? (
                          <>
                            <CategoryIcon category={outcome.answer} /> <CategoryName category={outcome.answer} t={t} />
                          </>
                        ) : (
                          t('classroom:noAnswer')
                        )}
                        <span class="visually-hidden">, {t(outcome.correct ? 'classroom:right' : 'classroom:wrong')}</span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div class="actions">
        <button type="button" class="primary" onClick={exportCsv}>
          {t('classroom:exportCsv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('classroom:printResults')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'board' })}>
          {t('classroom:openBoard')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'classroom' })}>
          {t('classroom:newRound')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
          {t('results:menu')}
        </button>
      </div>
      <p class="export-status" role="status">
        {exported?.kind === 'exported'
          ? t('classroom:exported', { file: exported.file })
          : exported?.kind === 'export-stale'
            ? t('classroom:exportStale')
            : exported
              ? t('classroom:exportFailed')
              : ''}
      </p>
    </section>
  );
}

/** A CSV cell in the interface language: category names, not ids; "no answer" said, not left blank. */
function csvCell(row: ClassCsvRow, column: CsvColumn, t: Translate): string | number {
  switch (column) {
    case 'rightAnswer':
      return t(`common:category.${row.rightAnswer}`);
    case 'teamAnswer':
      return row.teamAnswer ? t(`common:category.${row.teamAnswer}`) : t('classroom:noAnswer');
    default:
      return row[column];
  }
}

/** The category's full name on screen; its short name on paper, where six team columns must fit an A4 width. */
function CategoryName(props: { category: Category; t: Translate }) {
  return (
    <>
      <span class="screen-name">{props.t(`common:category.${props.category}`)}</span>
      <span class="print-name">{props.t(`common:categoryShort.${props.category}`)}</span>
    </>
  );
}
