/**
 * Reads the articles and excerpt files from assets/content for the content scripts and
 * the real-content test. Files that cannot be read or parsed become problems (file name +
 * the parser's message) rather than stack traces, so the check lists everything at once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CATEGORIES, type Category } from '../../src/core/categories';
import type { Language } from '../../src/core/content/prose';
import { RETIRED_EXCERPTS } from '../../src/core/content/retired';
import type { ContentBundle } from '../../src/core/content/schema';
import {
  byFileThenId,
  validateContent,
  type ContentInput,
  type ContentProblem,
  type SourceFile,
  type ValidateOptions,
} from '../../src/core/content/validate';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * The content folder of `root`: its assets/content, or for the repository itself the folder
 * CONTENT_DIR names, relative to the repository (the bench builds the game from a synthetic ×10
 * content that way, scripts/content-multiply.ts; vite.config.ts reads the same variable).
 */
export function contentDir(root: string = REPO_ROOT): string {
  const chosen = process.env.CONTENT_DIR;
  return root === REPO_ROOT && chosen ? resolve(REPO_ROOT, chosen) : join(root, 'assets', 'content');
}

export interface ReadContentResult {
  input: ContentInput;
  /** Files that could not be read or are not valid JSON; they are left out of `input`. */
  problems: ContentProblem[];
}

export function readContent(root: string = REPO_ROOT): ReadContentResult {
  const problems: ContentProblem[] = [];
  const readFolder = (folder: string): SourceFile[] => {
    const dir = join(contentDir(root), folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      problems.push({ file: displayPath(root, dir), message: `cannot list the folder: ${messageOf(error)}` });
      return [];
    }
    // Only *.json: editors' swap and backup files next to them are not content.
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .flatMap((name) => readJson(join(dir, name)) ?? []);
  };
  /** One JSON file, or undefined with its problem. */
  const readJson = (path: string): SourceFile | undefined => {
    const file = displayPath(root, path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file, message: `cannot read the file: ${messageOf(error)}` });
      return undefined;
    }
    try {
      return { file, data: JSON.parse(text) as unknown };
    } catch (error) {
      problems.push({ file, message: `not valid JSON: ${jsonErrorMessage(error, text)}` });
      return undefined;
    }
  };
  const articles = readFolder('articles');
  const excerptFiles = readFolder('excerpts');
  const topics = readJson(join(contentDir(root), 'topics.json'));
  return { input: topics === undefined ? { articles, excerptFiles } : { articles, excerptFiles, topics }, problems };
}

/** The answers' names as the game shows them (locales/<language>/common.json `category`), for the shorts' opening. */
export function categoryNames(root: string = REPO_ROOT): Record<Language, Record<Category, string>> {
  const read = (language: Language) => {
    const common = JSON.parse(readFileSync(join(root, 'locales', language, 'common.json'), 'utf8')) as { category: Record<Category, string> };
    return Object.fromEntries(CATEGORIES.map((category) => [category, common.category[category]])) as Record<Category, string>;
  };
  return { fr: read('fr'), en: read('en') };
}

/**
 * Reads and validates the content as it ships: retired ids refused, shorts opening with the
 * answers' names from the locales, related links written on both sides (unless `options` says
 * otherwise). Unreadable files and content problems in one list, by file.
 */
export function checkContentFiles(
  options: ValidateOptions = {},
  root: string = REPO_ROOT,
): { bundle: ContentBundle | null; problems: ContentProblem[] } {
  const { input, problems: readProblems } = readContent(root);
  // The locales are the repository's, not the content folder's: a test folder holds content only.
  const { bundle, problems } = validateContent(input, {
    retired: RETIRED_EXCERPTS,
    categoryNames: categoryNames(),
    linksBothWays: true,
    ...options,
  });
  const all = [...readProblems, ...problems].sort(byFileThenId);
  return { bundle: all.length === 0 ? bundle : null, problems: all };
}

/** One line per problem, as the check prints it: `file id: message`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.id === undefined ? '' : ` ${problem.id}`}: ${problem.message}`;
}

/** Relative to the repository, with forward slashes on every system, as authors see paths in the repo. */
function displayPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The parser's message on one line, with the line and column an editor needs when it gives a position. */
export function jsonErrorMessage(error: unknown, text: string): string {
  // V8 may quote a slice of the input, newlines included: keep the problem on one line.
  const message = messageOf(error).replace(/\r?\n/g, '\\n');
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position)).split('\n');
  const column = (before[before.length - 1] ?? '').length + 1;
  return `${message} (line ${before.length}, column ${column})`;
}
