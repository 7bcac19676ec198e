/**
 * The content check: schema, verbatim positions, cross-references, the rules of the prose
 * (short explanations of at most 45 words that open with the answer's name, articles named by
 * placeholder and never by code, context lines, French typography, tu) and minimum counts.
 * Pure (no file system) so the same code runs in the check script, the export, the
 * game loader and the unit tests. Every problem names its file and, where there is
 * one, the excerpt id, so an author can fix it without reading code.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../categories';
import { findClue, findInArticle, isAtPosition, isClueAt, type BlockPosition } from './locate';
import {
  SHORT_MAX_WORDS,
  articleProse,
  bareArticleCodes,
  excerptProse,
  needsContext,
  placeholderProblems,
  resolveArticleRefs,
  typographyProblems,
  vousInFrench,
  wordCount,
  type Language,
  type ProseField,
} from './prose';
import { ARTICLE_ID_PATTERN, Article, Excerpt, formatIssues, type ArticleId, type ContentBundle, type Topic, TopicFile } from './schema';

export interface ContentProblem {
  file: string;
  id?: string;
  message: string;
}

export interface SourceFile {
  /** Path as shown to the author, e.g. assets/content/excerpts/003.json. */
  file: string;
  /** The parsed JSON, not yet trusted. */
  data: unknown;
}

export interface ContentInput {
  articles: SourceFile[];
  excerptFiles: SourceFile[];
  /**
   * assets/content/topics.json, the topics' labels (see topics.ts). The content's files always
   * have it (scripts/lib/read-content.ts reads it, a missing file is a problem); the game's loader
   * leaves it out, the labels reach the game in the content index.
   */
  topics?: SourceFile;
}

export interface ValidateOptions {
  /** Check the minimum counts (default true). Off while content is being written. */
  minimums?: boolean;
  /** Ids that must not be used again, with why each was retired (the scripts pass RETIRED_EXCERPTS). */
  retired?: Readonly<Record<string, string>>;
  /**
   * The answers' names as the game shows them (locales/<language>/common.json `category`; the
   * scripts pass them). When given, every short explanation opens with its answer's name and a
   * colon, « Citation de propagande\u00a0: » / "Propaganda quote:", so the feedback, the printed
   * key and the category buttons use one name.
   */
  categoryNames?: Readonly<Record<Language, Readonly<Record<Category, string>>>>;
  /**
   * Every related link written on both excerpts, with the same relation (the scripts ask for it),
   * so the printed key's `related` lists what the game shows. The game itself reads links from
   * either side.
   */
  linksBothWays?: boolean;
}

export type Difficulty = Excerpt['difficulty'];
export const DIFFICULTIES: readonly Difficulty[] = ['clear', 'tricky'];

/**
 * The counts the game needs for varied rounds: enough per article and per category. The first
 * five articles were written to the counts below; any other article needs `perNewArticle` (a
 * dossier of fewer would be over before it teaches anything).
 */
export const MINIMUMS = {
  total: 70,
  perArticle: { '000': 12, '001': 12, '002': 8, '003': 8, '004': 12 } as Readonly<Record<ArticleId, number>>,
  perNewArticle: 8,
  perCategory: 10,
} as const;

/** The minimum number of excerpts of one article. */
export function minimumOf(article: ArticleId): number {
  return MINIMUMS.perArticle[article] ?? MINIMUMS.perNewArticle;
}

/** Where an excerpt sits in the file that holds it, for messages and cross-file checks. */
interface Located {
  excerpt: Excerpt;
  file: string;
}

export function validateContent(input: ContentInput, options: ValidateOptions = {}): { bundle: ContentBundle | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (file: string, id: string | undefined, message: string) =>
    problems.push(id === undefined ? { file, message } : { file, id, message });

  const articles = checkArticles(input.articles, report);
  const excerptsDir = excerptDirectory(input);

  // Ids as written, even in excerpts that fail the schema, so a related link to a
  // broken excerpt is not reported as "does not exist" on top of its own problem.
  const writtenIds = new Set<string>();
  const valid: Located[] = [];
  // Excerpts whose text is verified at its position: the only ones whose ranges can be compared.
  const placed: Located[] = [];
  const firstFileOfId = new Map<string, string>();

  for (const { file, data } of input.excerptFiles) {
    const fileArticle = fileStem(file);
    const fileArticleIsKnown = articles.has(fileArticle);
    if (!isArticleId(fileArticle)) report(file, undefined, 'file name must be an article id (three digits, e.g. 005) followed by .json');
    else if (!fileArticleIsKnown && !input.articles.some((f) => fileStem(f.file) === fileArticle))
      report(file, undefined, `excerpts of article ${fileArticle}, which has no file: add articles/${fileArticle}.json or remove this one`);
    if (!Array.isArray(data)) {
      report(file, undefined, 'must hold a JSON array of excerpts');
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const rawId = idOf(raw);
      if (rawId !== undefined) writtenIds.add(rawId);
      const parsed = v.safeParse(Excerpt, raw);
      if (!parsed.success) {
        const where = rawId === undefined ? `excerpt #${index + 1} (no id): ` : '';
        for (const line of formatIssues(parsed.issues.map(clarifyIssue))) report(file, rawId, where + line);
        return;
      }
      const excerpt = parsed.output;
      const id = excerpt.id;
      const retiredBecause = options.retired?.[id];
      if (retiredBecause !== undefined) {
        report(
          file,
          id,
          `id ${id} is retired (${retiredBecause}): ids are stored in players' progress, so give this excerpt the next free number of article ${excerpt.article}`,
        );
      }
      const earlierFile = firstFileOfId.get(id);
      if (earlierFile !== undefined) {
        report(file, id, earlierFile === file ? 'duplicate id: used twice in this file' : `duplicate id: already used in ${earlierFile}`);
      } else {
        firstFileOfId.set(id, file);
      }
      if (fileArticleIsKnown && excerpt.article !== fileArticle) {
        report(file, id, `excerpt of article ${excerpt.article} in the file of article ${fileArticle}: move it to ${excerpt.article}.json`);
      }
      const article = articles.get(excerpt.article);
      if (article === undefined && !input.articles.some((f) => fileStem(f.file) === excerpt.article))
        report(file, id, `article ${excerpt.article} does not exist (no articles/${excerpt.article}.json)`);
      const untrimmed = untrimmedTexts(raw);
      for (const message of untrimmed.messages) report(file, id, message);
      // The schema trims texts, which shifts every offset: positions of a trimmed text mean nothing.
      // A missing or broken article is reported on its own; positions cannot be checked without it.
      const isPlaced = article !== undefined && !untrimmed.text && checkPosition(article, excerpt, (message) => report(file, id, message));
      if (!untrimmed.text) checkClues(excerpt, untrimmed.clues, (message) => report(file, id, message));
      valid.push({ excerpt, file });
      if (isPlaced) placed.push({ excerpt, file });
    });
  }

  // A misplaced excerpt would "overlap" whatever sits at its wrong position: noise, not a problem.
  checkOverlaps(placed, report);
  checkRelated(valid, writtenIds, report, options.linksBothWays ?? false);
  const knownIds: ReadonlySet<string> = new Set(articles.keys());
  checkArticleProse(input.articles, articles, knownIds, report);
  checkExcerptProse(valid, articles, knownIds, report, options.categoryNames);
  checkTopics(valid, report);
  if (input.topics !== undefined)
    problems.push(
      ...checkTopicLabels(
        input.topics,
        valid.map((located) => located.excerpt),
      ).problems,
    );
  if (options.minimums ?? true) {
    checkMinimums(
      valid.map((located) => located.excerpt),
      [...articles.keys()],
      excerptsDir,
      report,
    );
  }

  problems.sort(byFileThenId);
  if (problems.length > 0) return { bundle: null, problems };
  return {
    bundle: {
      articles: [...articles.values()].sort((a, b) => compare(a.id, b.id)),
      excerpts: valid.map((located) => located.excerpt).sort(byArticleThenId),
    },
    problems,
  };
}

type Report = (file: string, id: string | undefined, message: string) => void;

function checkArticles(files: readonly SourceFile[], report: Report): Map<ArticleId, Article> {
  const articles = new Map<ArticleId, Article>();
  for (const { file, data } of files) {
    const parsed = v.safeParse(Article, data);
    if (!parsed.success) {
      for (const line of formatIssues(parsed.issues.map(clarifyIssue))) report(file, undefined, line);
      continue;
    }
    const article = parsed.output;
    // Checked on the raw blocks: the schema trims them, which would shift every offset into the block.
    const rawBlocks = (data as { blocks: unknown[] }).blocks;
    rawBlocks.forEach((block, index) => {
      if (hasEdgeSpace((block as { text: unknown }).text)) {
        report(file, undefined, `blocks[${index}].text starts or ends with white space: remove it, offsets are counted on the trimmed text`);
      }
    });
    const stem = fileStem(file);
    if (article.id !== stem) {
      report(file, undefined, `id "${article.id}" does not match the file name ${stem}.json`);
      continue;
    }
    if (articles.has(article.id)) {
      report(file, undefined, `duplicate article id ${article.id}`);
      continue;
    }
    articles.set(article.id, article);
  }
  if (files.length === 0) report('articles', undefined, 'no article: the content needs at least one articles/NNN.json');
  return articles;
}

/** True when the text is at its position; otherwise reports where it is instead. */
function checkPosition(article: Article, excerpt: Excerpt, report: (message: string) => void): boolean {
  if (isAtPosition(article, excerpt)) return true;
  const { block, offset } = excerpt.position;
  const found = findInArticle(article, excerpt.text);
  const elsewhere = found.length > 0 ? `found at ${found.map(describePosition).join(', ')}` : `not found anywhere in article ${article.id}`;
  const noSuchBlock = article.blocks[block] === undefined ? `; article ${article.id} has ${article.blocks.length} blocks` : '';
  report(`text not found verbatim at block ${block} offset ${offset} (${elsewhere}${noSuchBlock})`);
  return false;
}

function checkClues(excerpt: Excerpt, skip: ReadonlySet<number>, report: (message: string) => void): void {
  for (const [index, clue] of excerpt.clues.entries()) {
    if (skip.has(index) || isClueAt(excerpt.text, clue)) continue;
    const offsets = findClue(excerpt.text, clue.text);
    report(
      offsets.length > 0
        ? `clue «${clue.text}» is not at ${clue.at} in the text (found at ${offsets.join(', ')})`
        : `clue «${clue.text}» does not occur in the text`,
    );
  }
}

/** Two excerpts of the same passage would show the player the same words twice, with two answers. */
function checkOverlaps(located: readonly Located[], report: Report): void {
  const sorted = [...located].sort((a, b) => byArticleThenId(a.excerpt, b.excerpt));
  sorted.forEach((later, index) => {
    for (const earlier of sorted.slice(0, index)) {
      const a = earlier.excerpt;
      const b = later.excerpt;
      if (a.article !== b.article || a.position.block !== b.position.block || a.id === b.id) continue;
      const aEnd = a.position.offset + a.text.length;
      const bEnd = b.position.offset + b.text.length;
      if (a.position.offset < bEnd && b.position.offset < aEnd) {
        report(
          later.file,
          b.id,
          `overlaps ${a.id} in block ${b.position.block} (offsets ${b.position.offset}–${bEnd} and ${a.position.offset}–${aEnd})`,
        );
      }
    }
  });
}

function checkRelated(located: readonly Located[], writtenIds: ReadonlySet<string>, report: Report, bothWays: boolean): void {
  const byId = new Map(located.map((item) => [item.excerpt.id, item.excerpt]));
  for (const { excerpt, file } of located) {
    // A link written on both sides must name the same relation: the view shows it once, from either side.
    for (const link of excerpt.related) {
      const other = byId.get(link.id);
      const back = other?.related.find((candidate) => candidate.id === excerpt.id);
      if (back !== undefined && back.relation !== link.relation && excerpt.id < link.id) {
        report(file, excerpt.id, `related ${link.id} is "${link.relation}" here but "${back.relation}" on ${link.id}: say the same on both sides`);
      }
      if (bothWays && back === undefined && other !== undefined && other.article !== excerpt.article) {
        report(
          file,
          excerpt.id,
          `related ${link.id} does not list ${excerpt.id} back: add { "id": "${excerpt.id}", "relation": "${link.relation}" } to its related`,
        );
      }
    }
    const seen = new Set<string>();
    for (const { id } of excerpt.related) {
      if (seen.has(id)) report(file, excerpt.id, `related ${id} is listed twice`);
      seen.add(id);
      if (id === excerpt.id) report(file, excerpt.id, 'related lists the excerpt itself');
      else if (!writtenIds.has(id)) report(file, excerpt.id, `related ${id} does not exist`);
      // The schema ties an id's first three digits to its article.
      else if (id.startsWith(`${excerpt.article}-`)) {
        report(file, excerpt.id, `related ${id} is in the same article ${excerpt.article}: related passages must come from other articles`);
      }
    }
  }
}

/** The rules every piece of prose follows, in the excerpts and in the article notes. */
function proseRuleProblems(field: ProseField, knownIds: ReadonlySet<string>): string[] {
  const problems = placeholderProblems(field.text, field.language, knownIds);
  const codes = bareArticleCodes(field.text, knownIds);
  if (codes.length > 0) {
    problems.push(`names an article by its code (${codes.join(', ')}): write {{article:NNN}}, which the game replaces with the article's label`);
  }
  problems.push(...typographyProblems(field.text, field.language));
  if (field.language === 'fr') {
    const vous = vousInFrench(field.text);
    if (vous.length > 0) problems.push(`addresses the player with vous (${vous.join(', ')}): the game says tu`);
  }
  return problems.map((problem) => `${field.path}: ${problem}`);
}

function checkArticleProse(
  files: readonly SourceFile[],
  articles: ReadonlyMap<ArticleId, Article>,
  knownIds: ReadonlySet<string>,
  report: Report,
): void {
  for (const article of articles.values()) {
    const file = files.find((f) => fileStem(f.file) === article.id)?.file ?? `articles/${article.id}.json`;
    for (const field of articleProse(article)) {
      for (const problem of proseRuleProblems(field, knownIds)) report(file, undefined, problem);
    }
    // The name is shown alone as a title, the discussion question read by a teacher: typography only.
    for (const language of ['fr', 'en'] as const) {
      for (const problem of typographyProblems(article.name[language], language)) report(file, undefined, `name.${language}: ${problem}`);
      for (const problem of typographyProblems(article.discussion[language], language)) report(file, undefined, `discussion.${language}: ${problem}`);
    }
    for (const language of ['fr', 'en'] as const) {
      const label = article.label[language];
      if (label.charAt(0) !== label.charAt(0).toLocaleLowerCase('fr')) {
        report(file, undefined, `label.${language} "${label}" must start in lower case: it is read mid-sentence, and capitalised where it opens one`);
      }
      if (/\{\{/u.test(label)) report(file, undefined, `label.${language} must not hold a placeholder`);
    }
  }
}

function checkExcerptProse(
  located: readonly Located[],
  articles: ReadonlyMap<ArticleId, Article>,
  knownIds: ReadonlySet<string>,
  report: Report,
  categoryNames: ValidateOptions['categoryNames'],
): void {
  for (const { excerpt, file } of located) {
    for (const field of excerptProse(excerpt)) {
      for (const problem of proseRuleProblems(field, knownIds)) report(file, excerpt.id, problem);
    }
    for (const language of ['fr', 'en'] as const) {
      const opening = categoryNames === undefined ? undefined : shortOpening(categoryNames[language][excerpt.category], language);
      if (opening !== undefined && !excerpt.short[language].startsWith(opening)) {
        report(
          file,
          excerpt.id,
          `short.${language} must open with the answer's name as the game shows it, then a colon: «${opening}» (locales/${language}/common.json category.${excerpt.category})`,
        );
      }
      const words = wordCount(resolveArticleRefs(excerpt.short[language], articles, language));
      if (words > SHORT_MAX_WORDS) {
        report(file, excerpt.id, `short.${language} has ${words} words; at most ${SHORT_MAX_WORDS} (counted with the article labels in place)`);
      }
    }
    if (excerpt.context === undefined && needsContext(excerpt.text)) {
      report(
        file,
        excerpt.id,
        'the text opens on a lower-case word or a bare pronoun: add a `context` line (fr and en) saying who or what it is about',
      );
    }
  }
}

/** How a short explanation opens: the answer's name and a colon, after a no-break space in French. */
export function shortOpening(categoryName: string, language: Language): string {
  return language === 'fr' ? `${categoryName}\u00a0:` : `${categoryName}:`;
}

function checkTopics(located: readonly Located[], report: Report): void {
  const countByTopic = new Map<string, number>();
  for (const { excerpt } of located) {
    if (excerpt.topic !== undefined) countByTopic.set(excerpt.topic, (countByTopic.get(excerpt.topic) ?? 0) + 1);
  }
  for (const { excerpt, file } of located) {
    if (excerpt.topic !== undefined && countByTopic.get(excerpt.topic) === 1) {
      report(file, excerpt.id, `topic "${excerpt.topic}" is used by this excerpt only: a side-by-side needs at least two`);
    }
  }
}

/**
 * The topics' labels of `file` (assets/content/topics.json, issue #11), and what is wrong with them: not the schema's shape, an id given twice,
 * a topic an excerpt uses without a label, a label no excerpt uses, a label whose typography is
 * wrong. `excerpts` are the valid ones (an invalid excerpt reports its own problem).
 */
export function checkTopicLabels(
  file: SourceFile,
  excerpts: readonly Pick<Excerpt, 'id' | 'topic'>[],
): { topics: Topic[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (message: string, id?: string) => problems.push(id === undefined ? { file: file.file, message } : { file: file.file, id, message });
  const parsed = v.safeParse(TopicFile, file.data);
  if (!parsed.success) {
    for (const line of formatIssues(parsed.issues.map(clarifyIssue))) report(line);
    return { topics: [], problems };
  }
  const topics: Topic[] = [];
  const labelled = new Set<string>();
  for (const topic of parsed.output) {
    if (labelled.has(topic.id)) {
      report(`topic "${topic.id}" is labelled twice`);
      continue;
    }
    labelled.add(topic.id);
    topics.push(topic);
    for (const language of ['fr', 'en'] as const) {
      for (const problem of typographyProblems(topic.label[language], language)) report(`topic "${topic.id}" label.${language}: ${problem}`);
    }
  }
  const used = new Set<string>();
  for (const excerpt of excerpts) {
    if (excerpt.topic === undefined) continue;
    used.add(excerpt.topic);
    if (!labelled.has(excerpt.topic)) {
      report(`topic "${excerpt.topic}" (excerpt ${excerpt.id}) has no label: add { "id": "${excerpt.topic}", "label": { "fr": …, "en": … } }`);
    }
  }
  for (const topic of topics) if (!used.has(topic.id)) report(`topic "${topic.id}" is labelled but no excerpt uses it: remove it`);
  return { topics, problems };
}

function checkMinimums(excerpts: readonly Excerpt[], articleIds: readonly ArticleId[], excerptsDir: string, report: Report): void {
  const stats = contentStats({ excerpts }, articleIds);
  if (stats.total < MINIMUMS.total) {
    report(excerptsDir, undefined, `${excerptCount(stats.total)} in all; at least ${MINIMUMS.total} needed`);
  }
  for (const article of articleIds) {
    const count = stats.byArticle[article]?.total ?? 0;
    const needed = minimumOf(article);
    if (count < needed) {
      report(joinPath(excerptsDir, `${article}.json`), undefined, `article ${article} has ${excerptCount(count)}; at least ${needed} needed`);
    }
  }
  for (const category of CATEGORIES) {
    const count = stats.byCategory[category];
    if (count < MINIMUMS.perCategory) {
      report(excerptsDir, undefined, `category ${category} has ${excerptCount(count)}; at least ${MINIMUMS.perCategory} needed`);
    }
  }
}

function excerptCount(count: number): string {
  return `${count} valid excerpt${count === 1 ? '' : 's'}`;
}

export type CategoryCounts = Record<Category, number> & { total: number };

export interface ContentStats {
  total: number;
  byArticle: Record<ArticleId, CategoryCounts>;
  byCategory: Record<Category, number>;
  byDifficulty: Record<Difficulty, number>;
  byArticleDifficulty: Record<ArticleId, Record<Difficulty, number>>;
}

/**
 * Counts per article × category, per difficulty, and totals. Every article of `articleIds` (by
 * default those of the excerpts) and every category is present, even at zero.
 */
export function contentStats(
  bundle: { readonly excerpts: readonly Excerpt[] },
  articleIds: readonly ArticleId[] = [...new Set(bundle.excerpts.map((e) => e.article))].sort(),
): ContentStats {
  const zeroCategories = (): CategoryCounts => ({ fact: 0, estimate: 0, opinion: 0, propaganda: 0, total: 0 });
  const zeroDifficulties = (): Record<Difficulty, number> => ({ clear: 0, tricky: 0 });
  const byArticle: Record<ArticleId, CategoryCounts> = Object.fromEntries(articleIds.map((id) => [id, zeroCategories()]));
  const byArticleDifficulty: Record<ArticleId, Record<Difficulty, number>> = Object.fromEntries(articleIds.map((id) => [id, zeroDifficulties()]));
  const byCategory: Record<Category, number> = { fact: 0, estimate: 0, opinion: 0, propaganda: 0 };
  const byDifficulty = zeroDifficulties();
  for (const excerpt of bundle.excerpts) {
    const counts = byArticle[excerpt.article] ?? zeroCategories();
    const difficulties = byArticleDifficulty[excerpt.article] ?? zeroDifficulties();
    byArticle[excerpt.article] = counts;
    byArticleDifficulty[excerpt.article] = difficulties;
    counts[excerpt.category] += 1;
    counts.total += 1;
    difficulties[excerpt.difficulty] += 1;
    byCategory[excerpt.category] += 1;
    byDifficulty[excerpt.difficulty] += 1;
  }
  return { total: bundle.excerpts.length, byArticle, byCategory, byDifficulty, byArticleDifficulty };
}

/** Valibot's wording for a missing or unknown key is cryptic for authors; say it plainly. */
export function clarifyIssue(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  if (issue.type !== 'strict_object') return issue;
  const last = issue.path?.[issue.path.length - 1];
  const key = last === undefined ? '' : String(last.key);
  if (issue.received === 'undefined') {
    const message = key === 'fr' ? 'the French version is missing' : key === 'en' ? 'the English version is missing' : 'required field is missing';
    return { ...issue, message };
  }
  if (issue.expected === 'never') return { ...issue, message: `unknown field "${key}" (misspelt, or not in the schema)` };
  return issue;
}

const EDGE_SPACE_HINT = 'cut it at its first and last character, offsets are counted on the trimmed text';

function hasEdgeSpace(value: unknown): boolean {
  return typeof value === 'string' && value !== value.trim();
}

/** White space at either end of an excerpt's text or clues (read before the schema trims it). */
function untrimmedTexts(raw: unknown): { text: boolean; clues: Set<number>; messages: string[] } {
  const record = raw as { text?: unknown; clues?: unknown };
  const text = hasEdgeSpace(record.text);
  const clues = new Set<number>();
  const messages = text ? [`text starts or ends with white space: ${EDGE_SPACE_HINT}`] : [];
  if (Array.isArray(record.clues)) {
    record.clues.forEach((clue: unknown, index) => {
      const clueText = (clue as { text?: unknown } | null)?.text;
      if (hasEdgeSpace(clueText)) {
        clues.add(index);
        messages.push(`clue «${String(clueText)}» starts or ends with white space: ${EDGE_SPACE_HINT}`);
      }
    });
  }
  return { text, clues, messages };
}

function describePosition(position: BlockPosition): string {
  return `block ${position.block} offset ${position.offset}`;
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return typeof raw.id === 'string' ? raw.id : undefined;
}

function isArticleId(value: string): value is ArticleId {
  return ARTICLE_ID_PATTERN.test(value);
}

/** `assets/content/excerpts/003.json` → `003`. Paths may come from Windows. */
function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.json$/i, '');
}

function directoryOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '.' : path.slice(0, cut);
}

function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Where count problems are filed: the excerpts folder, or beside the articles when there are no excerpt files yet. */
function excerptDirectory(input: ContentInput): string {
  const first = input.excerptFiles[0] ?? input.articles[0];
  if (!first) return 'excerpts';
  const dir = directoryOf(first.file);
  return input.excerptFiles[0] ? dir : joinPath(directoryOf(dir), 'excerpts');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byArticleThenId(a: Excerpt, b: Excerpt): number {
  return compare(a.article, b.article) || compare(a.id, b.id);
}

/** Problems grouped by file, file-level ones (no id) first; stable otherwise, so checks keep their order. */
export function byFileThenId(a: ContentProblem, b: ContentProblem): number {
  return compare(a.file, b.file) || compare(a.id ?? '', b.id ?? '');
}
