/**
 * The Progress screen's charts, drawn from the pure stats. Each is an image for sighted
 * players and a labelled set of numbers for screen readers: SVG charts carry role="img" with a
 * title, and their numbers sit in a table under "Show the numbers"; bar charts label each bar.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/categories';
import { lineRuns, pathThrough, xPositions, yForRate, type PlotArea } from '../../core/chart';
import type { Language } from '../../core/progress/records';
import type { TrendPoint } from '../../core/progress/report';
import type { ConfusionMatrix } from '../../core/progress/stats';
import { formatPercent, formatShortDay } from '../shared/format';
import type { Translate } from '../shared/i18n';

/** The width the chart's box has on screen, so text in the SVG keeps its CSS size on a phone and a wall screen. */
function useBoxWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(120, Math.round(element.clientWidth)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const PANEL_HEIGHT = 124;

/**
 * Accuracy per category over the rounds, one small chart per category: four lines on one chart
 * hide each other whenever two categories are at the same rate (often 100 %).
 */
export function TrendCharts(props: { points: readonly TrendPoint[]; firstRoundNumber: number; language: Language; t: Translate; titleId: string }) {
  const { points, firstRoundNumber, language, t, titleId } = props;
  return (
    <div class="trend" role="group" aria-labelledby={titleId} data-testid="trend-chart">
      <div class="trend-panels">
        {CATEGORIES.map((category) => (
          <TrendPanel key={category} category={category} points={points} firstRoundNumber={firstRoundNumber} language={language} t={t} />
        ))}
      </div>
      <NumbersTable t={t}>
        <table class="numbers">
          <caption class="visually-hidden">{t('progress:trend.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress:trend.roundColumn')}</th>
              {CATEGORIES.map((c) => (
                <th scope="col" key={c}>
                  {t(`common:categoryShort.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, i) => (
              <tr key={point.roundId}>
                <th scope="row">
                  {firstRoundNumber + i} <span class="small block">{formatShortDay(point.endedAt, language)}</span>
                </th>
                {CATEGORIES.map((c) => {
                  const tally = point.byCategory[c];
                  return (
                    <td key={c}>
                      {tally.rate === null ? (
                        <span class="small">{t('progress:trend.none')}</span>
                      ) : (
                        <>
                          <span class="nowrap">{formatPercent(tally.rate, language)}</span>{' '}
                          <span class="small block">
                            {tally.right}/{tally.answered}
                          </span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </NumbersTable>
    </div>
  );
}

function TrendPanel(props: { category: Category; points: readonly TrendPoint[]; firstRoundNumber: number; language: Language; t: Translate }) {
  const { category, points, firstRoundNumber, language, t } = props;
  const [boxRef, width] = useBoxWidth(150);
  const area: PlotArea = { width, height: PANEL_HEIGHT, left: 38, right: 10, top: 10, bottom: 22 };
  const rates = points.map((p) => p.byCategory[category].rate);
  const runs = lineRuns(rates, area);
  const xs = xPositions(points.length, area);
  const spacing = xs.length > 1 ? (xs[1] as number) - (xs[0] as number) : 20;
  const markerRadius = Math.min(4.5, Math.max(2.5, spacing / 3.5));
  // Dots closer than this blur the line: then only each run's last point (the latest value) keeps one.
  const everyPointMarked = spacing >= 12;
  const markers = runs.flatMap((run) => (everyPointMarked ? run : run.slice(-1)));
  const latest = [...rates].reverse().find((rate): rate is number => rate !== null);
  const name = t(`common:categoryShort.${category}`);
  const values = rates.map((rate) => (rate === null ? t('progress:trend.none') : formatPercent(rate, language))).join(', ');
  const bottom = area.height - area.bottom;
  const lastIndex = xs.length - 1;

  return (
    <figure class={`trend-panel cat-${category}`}>
      <figcaption class="panel-head">
        <span class="panel-name">{name}</span>
        <strong class="panel-latest" aria-hidden="true">
          {latest === undefined ? '—' : formatPercent(latest, language)}
        </strong>
      </figcaption>
      <div class="chart-box" ref={boxRef}>
        <svg
          class="trend-chart"
          role="img"
          aria-label={t('progress:trend.panelLabel', { category: name, values })}
          width={width}
          height={PANEL_HEIGHT}
          viewBox={`0 0 ${width} ${PANEL_HEIGHT}`}
        >
          {[0, 0.5, 1].map((rate) => {
            const y = yForRate(rate, area);
            return (
              <g key={rate} class="grid-line">
                <line x1={area.left} x2={width - area.right} y1={y} y2={y} />
                <text x={area.left - 5} y={y} dy="0.32em" text-anchor="end">
                  {formatPercent(rate, language)}
                </text>
              </g>
            );
          })}
          {lastIndex >= 0 && (
            <>
              <text class="axis-label" x={xs[0]} y={bottom + 16} text-anchor={lastIndex === 0 ? 'middle' : 'start'}>
                {firstRoundNumber}
              </text>
              {lastIndex > 0 && (
                <text class="axis-label" x={xs[lastIndex]} y={bottom + 16} text-anchor="end">
                  {firstRoundNumber + lastIndex}
                </text>
              )}
            </>
          )}
          {runs.map((run, i) =>
            run.length > 1 ? (
              <g key={i}>
                <path
                  class="series-area"
                  d={`${pathThrough(run)} L${(run[run.length - 1] as { x: number }).x} ${bottom} L${(run[0] as { x: number }).x} ${bottom} Z`}
                />
                <path class="series" d={pathThrough(run)} />
              </g>
            ) : null,
          )}
          {markers.map((p, i) => (
            <circle key={i} class="marker" cx={p.x} cy={p.y} r={markerRadius} />
          ))}
        </svg>
      </div>
    </figure>
  );
}

/** The numbers behind a drawn chart, one click away for everyone and read in full by screen readers. */
export function NumbersTable(props: { t: Translate; children: ComponentChildren }) {
  return (
    <details class="numbers-details">
      <summary>{props.t('progress:showNumbers')}</summary>
      <div class="table-scroll">{props.children}</div>
    </details>
  );
}

/** A horizontal bar, 0…1 of its track. */
export function Bar(props: { rate: number; class?: string }) {
  const width = `${Math.round(Math.min(1, Math.max(0, props.rate)) * 1000) / 10}%`;
  return (
    <span class={`bar-track ${props.class ?? ''}`}>
      <span class="bar-fill" style={{ width }} />
    </span>
  );
}

/** The 4×4 grid of answers: rows the key, columns the answer given; shade by share of the row. */
export function ConfusionGrid(props: { matrix: ConfusionMatrix; t: Translate; captionId: string }) {
  const { matrix, t, captionId } = props;
  return (
    <div class="table-scroll">
      <table class="confusion" aria-describedby={captionId} data-testid="confusion-grid">
        <caption class="visually-hidden">{t('progress:confusion.caption')}</caption>
        <thead>
          <tr>
            <td class="corner">{t('progress:confusion.corner')}</td>
            {matrix.categories.map((c) => (
              <th scope="col" key={c}>
                <span class={`dot cat-${c}`} aria-hidden="true" /> {t(`common:categoryShort.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.categories.map((expected, row) => {
            const counts = matrix.counts[row] ?? [];
            const total = counts.reduce((s, n) => s + n, 0);
            return (
              <tr key={expected}>
                <th scope="row">
                  <span class={`dot cat-${expected}`} aria-hidden="true" /> {t(`common:categoryShort.${expected}`)}
                </th>
                {counts.map((count, column) => {
                  const share = total === 0 ? 0 : count / total;
                  const kind = row === column ? 'hit' : 'miss';
                  // Shade steps rather than a continuous tint, so the count stays readable on every cell. Mix-ups
                  // darken a little faster: one excerpt in five taken for another category is already a lot.
                  const level = count === 0 ? 0 : Math.min(4, 1 + Math.floor(share * (kind === 'hit' ? 4 : 5)));
                  return (
                    <td key={column} class={`cell ${kind} level-${level}`}>
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
