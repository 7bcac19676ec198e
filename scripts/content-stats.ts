/**
 * Prints how many excerpts there are per article and category, the clear/tricky split,
 * and which minimum counts are not met yet:  npm run content:stats
 * Works while excerpts are still being written (minimums are shown, not enforced), but
 * refuses content with other problems, since counts of broken content would mislead.
 */
import { CATEGORIES } from '../src/core/categories';
import { ARTICLE_IDS } from '../src/core/content/schema';
import { MINIMUMS, contentStats, type ContentStats } from '../src/core/content/validate';
import { checkContentFiles, formatProblem } from './lib/read-content';

const { bundle, problems } = checkContentFiles({ minimums: false });
if (!bundle || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content stats: ${problems.length} problem(s) to fix first; see npm run content:check`);
  process.exit(1);
}
console.log(statsTable(contentStats(bundle)));

function statsTable(stats: ContentStats): string {
  const header = ['article', ...CATEGORIES, 'total', 'minimum'];
  const rows: string[][] = ARTICLE_IDS.map((id) => [
    id,
    ...CATEGORIES.map((category) => String(stats.byArticle[id][category])),
    String(stats.byArticle[id].total),
    String(MINIMUMS.perArticle[id]),
  ]);
  rows.push(['total', ...CATEGORIES.map((category) => String(stats.byCategory[category])), String(stats.total), String(MINIMUMS.total)]);
  rows.push(['minimum', ...CATEGORIES.map(() => String(MINIMUMS.perCategory)), String(MINIMUMS.total), '']);

  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  // First column left-aligned (labels), numbers right-aligned so digits line up.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');

  const percent = (count: number) => (stats.total === 0 ? 0 : Math.round((100 * count) / stats.total));
  const { clear, tricky } = stats.byDifficulty;
  const split = `clear/tricky: ${clear} clear (${percent(clear)} %), ${tricky} tricky (${percent(tricky)} %)`;

  const shortfalls = [
    ...ARTICLE_IDS.filter((id) => stats.byArticle[id].total < MINIMUMS.perArticle[id]).map(
      (id) => `article ${id} (${stats.byArticle[id].total} of ${MINIMUMS.perArticle[id]})`,
    ),
    ...CATEGORIES.filter((category) => stats.byCategory[category] < MINIMUMS.perCategory).map(
      (category) => `${category} (${stats.byCategory[category]} of ${MINIMUMS.perCategory})`,
    ),
    ...(stats.total < MINIMUMS.total ? [`total (${stats.total} of ${MINIMUMS.total})`] : []),
  ];
  const minimumsLine = shortfalls.length === 0 ? 'minimums: all met' : `below minimum: ${shortfalls.join(', ')}`;

  return [line(header), rule, ...rows.slice(0, -2).map(line), rule, ...rows.slice(-2).map(line), '', split, minimumsLine].join('\n');
}
