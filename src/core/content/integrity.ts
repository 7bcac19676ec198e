/**
 * The game's start-up check of the content: cheap, because the full validation (schema,
 * verbatim text at its position, clues, overlaps, prose, links) runs at build time and a build
 * with a problem fails (`npm run content:check`, and the content-check plugin of vite.config.ts).
 * What reaches a player is the checked files themselves, precached under hashed names: this
 * only makes sure that what was loaded has the shape the game reads (a damaged or foreign file
 * says so on the content screen instead of breaking a round), in one pass without parsing.
 */
import { CATEGORIES } from '../categories';
import type { Article, ContentBundle, Excerpt } from './schema';
import { ARTICLE_ID_PATTERN } from './schema';
import type { ContentInput, ContentProblem } from './validate';

type Shape = 'string' | 'number' | 'object' | 'array' | 'bilingual';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fits(value: unknown, shape: Shape): boolean {
  switch (shape) {
    case 'string':
      return typeof value === 'string' && value.length > 0;
    case 'number':
      return typeof value === 'number';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'bilingual':
      return isObject(value) && typeof value.fr === 'string' && typeof value.en === 'string';
  }
}

const ARTICLE_FIELDS: Record<string, Shape> = {
  stem: 'string',
  title: 'string',
  label: 'bilingual',
  name: 'bilingual',
  discussion: 'bilingual',
  kindNote: 'bilingual',
  omitted: 'bilingual',
  blocks: 'array',
};
const EXCERPT_FIELDS: Record<string, Shape> = {
  text: 'string',
  position: 'object',
  short: 'bilingual',
  translation: 'object',
  explanation: 'object',
  clues: 'array',
  related: 'array',
};

/** What is wrong with one excerpt's shape, or null. */
function excerptProblem(raw: unknown, id: string | undefined, seen: ReadonlySet<string>, known: ReadonlySet<string>): string | null {
  if (!isObject(raw) || id === undefined) return 'no id';
  if (seen.has(id)) return 'duplicate id';
  if (typeof raw.article !== 'string' || !known.has(raw.article)) return 'its article is missing';
  if (!(CATEGORIES as readonly unknown[]).includes(raw.category)) return 'no known category';
  const wrong = Object.entries(EXCERPT_FIELDS).filter(([key, shape]) => !fits(raw[key], shape));
  return wrong.length > 0 ? `damaged: ${wrong.map(([key]) => key).join(', ')}` : null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The bundle the game plays, in the validator's order (articles by id, excerpts by article then id), or what is wrong. */
export function checkIntegrity(input: ContentInput): { bundle: ContentBundle | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for (const { file, data } of input.articles) {
    if (!isObject(data) || typeof data.id !== 'string' || !ARTICLE_ID_PATTERN.test(data.id)) {
      problems.push({ file, message: 'not an article of this game' });
      continue;
    }
    const wrong = Object.entries(ARTICLE_FIELDS).filter(([key, shape]) => !fits(data[key], shape));
    if (wrong.length > 0) problems.push({ file, message: `damaged: ${wrong.map(([key]) => key).join(', ')}` });
    else articles.push(data as unknown as Article);
  }
  const known = new Set<string>(articles.map((a) => a.id));
  const seen = new Set<string>();
  const excerpts: Excerpt[] = [];
  for (const { file, data } of input.excerptFiles) {
    if (!Array.isArray(data)) {
      problems.push({ file, message: 'must hold a JSON array of excerpts' });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const problem = excerptProblem(raw, id, seen, known);
      if (id !== undefined) seen.add(id);
      if (problem === null) excerpts.push(raw as Excerpt);
      else problems.push(id === undefined ? { file, message: `excerpt #${index + 1}: ${problem}` } : { file, id, message: problem });
    });
  }
  if (problems.length > 0) return { bundle: null, problems };
  return {
    bundle: {
      articles: articles.sort((a, b) => compare(a.id, b.id)),
      excerpts: excerpts.sort((a, b) => compare(a.article, b.article) || compare(a.id, b.id)),
    },
    problems,
  };
}
