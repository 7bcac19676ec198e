/**
 * Loads the bundled content (articles and answer key) through the same validation as the
 * content check. The JSON is part of the build: no request, works offline.
 */
import type { ContentBundle } from '../core/content/schema';
import { validateContent, type ContentProblem } from '../core/content/validate';

const articleFiles = import.meta.glob<unknown>('../../assets/content/articles/*.json', { eager: true, import: 'default' });
const excerptFiles = import.meta.glob<unknown>('../../assets/content/excerpts/*.json', { eager: true, import: 'default' });

const asSources = (files: Record<string, unknown>) =>
  Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ file: path.replace(/^(\.\.\/)+/, ''), data }));

export type ContentResult = { ok: true; content: ContentBundle } | { ok: false; problems: ContentProblem[] };

export function loadContent(): ContentResult {
  // Minimum counts are the content check's business (it gates the build); the game plays what exists.
  const { bundle, problems } = validateContent({ articles: asSources(articleFiles), excerptFiles: asSources(excerptFiles) }, { minimums: false });
  if (!bundle || bundle.excerpts.length === 0)
    return { ok: false, problems: problems.length ? problems : [{ file: 'assets/content', message: 'no excerpts' }] };
  return { ok: true, content: bundle };
}
