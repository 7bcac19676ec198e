/**
 * Fills in `position` and `clues[].at` of every excerpt from its text, so authors write
 * the words and let the tool count characters. Refuses (and changes nothing in that file)
 * when a text or clue is missing or occurs more than once without a recorded position.
 *   npm run content:locate
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findClue, findInArticle } from '../src/core/content/locate.ts';
import type { Article } from '../src/core/content/schema.ts';

const root = join(import.meta.dirname, '..', 'assets', 'content');
const articles = new Map<string, Article>();
for (const file of readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.json'))) {
  const article = JSON.parse(readFileSync(join(root, 'articles', file), 'utf8')) as Article;
  articles.set(article.id, article);
}

let failures = 0;
for (const file of readdirSync(join(root, 'excerpts'))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const path = join(root, 'excerpts', file);
  const excerpts = JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, any>>;
  const problems: string[] = [];
  for (const excerpt of excerpts) {
    const article = articles.get(excerpt.article);
    if (!article) {
      problems.push(`${excerpt.id}: unknown article ${excerpt.article}`);
      continue;
    }
    const places = findInArticle(article, excerpt.text);
    const recorded = excerpt.position;
    const keep = places.find((p) => recorded && p.block === recorded.block && p.offset === recorded.offset);
    if (places.length === 0) problems.push(`${excerpt.id}: text not found verbatim in article ${excerpt.article}`);
    else if (places.length > 1 && !keep) problems.push(`${excerpt.id}: text occurs ${places.length} times; lengthen it or set position by hand`);
    else excerpt.position = keep ?? places[0];
    for (const clue of excerpt.clues ?? []) {
      const offsets = findClue(excerpt.text, clue.text);
      if (offsets.length === 0) problems.push(`${excerpt.id}: clue «${clue.text}» not in the text`);
      else if (!offsets.includes(clue.at)) clue.at = offsets[0];
    }
  }
  if (problems.length) {
    failures += problems.length;
    console.error(`${file}: not rewritten\n  ${problems.join('\n  ')}`);
  } else {
    writeFileSync(path, `${JSON.stringify(excerpts, null, 2)}\n`);
    console.log(`${file}: ${excerpts.length} excerpts located`);
  }
}
process.exit(failures ? 1 : 0);
