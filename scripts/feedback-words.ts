/**
 * How much a player reads by default after an answer, before "Go deeper": the feedback card's
 * words for every excerpt, in both languages, as the game shows them (article labels in place),
 * counted as the length rule counts them:  npm run --silent feedback:words
 *
 * Two figures per language: the short explanation alone, and the whole card in its longest form
 * (a wrong answer marked with words and total confidence: the verdict, "your answer · the right
 * answer · points", the clue line, the short explanation, the confident-mistake note, Next and
 * Go deeper). A right answer shows less.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../src/core/categories';
import { excerptReading, LANGUAGES, wordCount } from '../src/core/content/prose';
import { checkContentFiles, formatProblem, REPO_ROOT } from './lib/read-content';

const { bundle, problems } = checkContentFiles({ minimums: false });
if (!bundle || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}

type Dict = Record<string, unknown>;
const locale = (language: string, namespace: string): Dict =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'locales', language, `${namespace}.json`), 'utf8')) as Dict;
const at = (dict: Dict, path: string): string => String(path.split('.').reduce<unknown>((node, key) => (node as Dict)[key], dict));
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const articles = new Map(bundle.articles.map((a) => [a.id, a]));
for (const language of LANGUAGES) {
  const play = locale(language, 'play');
  const common = locale(language, 'common');
  const category = (id: string) => at(common, `category.${id}`);
  const shorts: number[] = [];
  const cards: number[] = [];
  for (const excerpt of bundle.excerpts) {
    const reading = excerptReading(excerpt, articles, language);
    const wrongAnswer = CATEGORIES.find((c) => c !== excerpt.category) as string;
    const card = [
      at(play, 'wrong'),
      fill(at(play, 'yourAnswer'), { category: category(wrongAnswer) }),
      at(play, 'answerIs'),
      category(excerpt.category),
      fill(at(play, 'points'), { points: '−600' }),
      at(play, 'clue.missed'),
      reading.short,
      at(play, 'confidentMistake'),
      at(play, 'next'),
      at(play, 'deeper'),
    ].join(' ');
    shorts.push(wordCount(reading.short));
    cards.push(wordCount(card));
  }
  console.log(
    `${language}: short explanation median ${median(shorts)}, max ${Math.max(...shorts)} words; ` +
      `whole card (longest form) median ${median(cards)}, max ${Math.max(...cards)} words; ${bundle.excerpts.length} excerpts`,
  );
}
