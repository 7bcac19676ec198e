/**
 * Prints how many excerpts there are per article and category, the clear/tricky split,
 * which minimum counts are not met yet, and how long the explanations are (median and
 * maximum words of the short and of the long explanation, FR and EN, counted as the
 * length rule counts them, article labels in place):  npm run content:stats
 * Works while excerpts are still being written (minimums are shown, not enforced), but
 * refuses content with other problems, since counts of broken content would mislead.
 */
import { CATEGORIES } from '../src/core/categories';
import { LANGUAGES, SHORT_MAX_WORDS, longExplanation, resolveArticleRefs, wordCount } from '../src/core/content/prose';
import type { ContentBundle } from '../src/core/content/schema';
import { MINIMUMS, contentStats, minimumOf, type ContentStats } from '../src/core/content/validate';
import { checkContentFiles, formatProblem } from './lib/read-content';

const { bundle, problems } = checkContentFiles({ minimums: false });
if (!bundle || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content stats: ${problems.length} problem(s) to fix first; see npm run content:check`);
  process.exit(1);
}
console.log(
  statsTable(
    contentStats(
      bundle,
      bundle.articles.map((a) => a.id),
    ),
  ),
);
console.log('');
console.log(lengthTable(bundle));

/** Median and maximum words of the short and the long explanations, per language, with the longest excerpt. */
function lengthTable(content: ContentBundle): string {
  const articles = new Map(content.articles.map((article) => [article.id, article]));
  const lines = [`explanation words (labels in place; short at most ${SHORT_MAX_WORDS})`];
  for (const [name, textOf] of [
    ['short', (e: ContentBundle['excerpts'][number], l: 'fr' | 'en') => e.short[l]],
    ['long (why+others+caveat)', (e: ContentBundle['excerpts'][number], l: 'fr' | 'en') => longExplanation(e.explanation[l])],
  ] as const) {
    for (const language of LANGUAGES) {
      const counts = content.excerpts.map((excerpt) => ({
        id: excerpt.id,
        words: wordCount(resolveArticleRefs(textOf(excerpt, language), articles, language)),
      }));
      const sorted = counts.map((c) => c.words).sort((a, b) => a - b);
      const longest = counts.reduce((best, c) => (c.words > best.words ? c : best), { id: '-', words: 0 });
      lines.push(`  ${name} ${language}: median ${median(sorted)}, max ${longest.words} (${longest.id})`);
    }
  }
  return lines.join('\n');
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function statsTable(stats: ContentStats): string {
  const header = ['article', ...CATEGORIES, 'total', 'minimum'];
  const articles = Object.entries(stats.byArticle);
  const rows: string[][] = articles.map(([id, counts]) => [
    id,
    ...CATEGORIES.map((category) => String(counts[category])),
    String(counts.total),
    String(minimumOf(id)),
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
    ...articles.filter(([id, counts]) => counts.total < minimumOf(id)).map(([id, counts]) => `article ${id} (${counts.total} of ${minimumOf(id)})`),
    ...CATEGORIES.filter((category) => stats.byCategory[category] < MINIMUMS.perCategory).map(
      (category) => `${category} (${stats.byCategory[category]} of ${MINIMUMS.perCategory})`,
    ),
    ...(stats.total < MINIMUMS.total ? [`total (${stats.total} of ${MINIMUMS.total})`] : []),
  ];
  const minimumsLine = shortfalls.length === 0 ? 'minimums: all met' : `below minimum: ${shortfalls.join(', ')}`;

  return [line(header), rule, ...rows.slice(0, -2).map(line), rule, ...rows.slice(-2).map(line), '', split, minimumsLine].join('\n');
}
