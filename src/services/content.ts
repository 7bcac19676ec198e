/**
 * Loads the bundled content (articles and answer key). The JSON files are part of the build (no
 * request beyond the game's own files, precached for offline play) but not of its entry: they
 * come in a chunk of their own, fetched once the menu has painted (app/boot.ts), so the menu
 * does not wait for the answer key to be downloaded and compiled; the menu starts from the index. The full validation runs at build time
 * (the build fails on any problem); the game checks only that what it loaded has the shape it
 * reads (core/content/integrity.ts), except during development, where an author editing a file
 * gets the whole check on the content screen.
 */
import index from 'virtual:content-index';
import type { ContentIndex } from '../core/content/content-index';
import { checkIntegrity } from '../core/content/integrity';
import type { ContentBundle } from '../core/content/schema';
import type { ContentProblem, SourceFile } from '../core/content/validate';

// `@content` is assets/content, or the folder the build was given (CONTENT_DIR, vite.config.ts).
const articleFiles = import.meta.glob<unknown>('@content/articles/*.json', { import: 'default' });
const excerptFiles = import.meta.glob<unknown>('@content/excerpts/*.json', { import: 'default' });

const stemOf = (path: string) => path.replace(/^.*\/|\.json$/g, '');

/**
 * Each article's texts are a chunk of their own (its article and excerpts files, vite.config.ts):
 * they are asked for in `order` (what the player is likely to open first, core/game/content-order.ts),
 * then any other, and read in path order as the check reads them.
 */
async function asSources(files: Record<string, () => Promise<unknown>>, order: readonly string[]): Promise<SourceFile[]> {
  const rank = (path: string) => {
    const at = order.indexOf(stemOf(path));
    return at < 0 ? order.length : at;
  };
  // Code-unit order, as the check's `sort()` (scripts/lib/read-content.ts); localeCompare's collator
  // is also tens of milliseconds to set up on an old machine, for file names.
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const requested = Object.entries(files)
    .sort(([a], [b]) => rank(a) - rank(b) || byPath(a, b))
    .map(([path, load]) => ({ path, data: load() }));
  const entries = requested.sort((a, b) => byPath(a.path, b.path));
  // Paths as authors see them in the repository: the glob gives them from its root (/assets/content/…).
  return Promise.all(entries.map(async ({ path, data }) => ({ file: path.replace(/^\//, ''), data: await data })));
}

/**
 * What the menu needs of the content (ids, articles and answers of the excerpts, article labels,
 * investigations), in the entry: made by the build from the same files (scripts/lib/content-index.ts).
 */
export const contentIndex = index as ContentIndex;

export type ContentResult = { ok: true; content: ContentBundle } | { ok: false; problems: ContentProblem[] };

/** The texts of every article, asked for in `order` (article ids; the others after them). */
export async function loadContent(order: readonly string[] = []): Promise<ContentResult> {
  const [articles, excerpts] = await Promise.all([asSources(articleFiles, order), asSources(excerptFiles, order)]);
  const input = { articles, excerptFiles: excerpts };
  // Minimum counts are the content check's business (it gates the build); the game plays what exists.
  const { bundle, problems } = import.meta.env.DEV
    ? (await import('../core/content/validate')).validateContent(input, { minimums: false })
    : checkIntegrity(input);
  if (!bundle || bundle.excerpts.length === 0)
    return { ok: false, problems: problems.length ? problems : [{ file: 'assets/content', message: 'no excerpts' }] };
  return { ok: true, content: bundle };
}
