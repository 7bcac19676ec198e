/**
 * The prose of the answer key (explanations, context lines, article notes) and the rules it
 * follows. Pure string work, shared by the content check, the export and the views.
 *
 * Articles are named for people, never by their internal code: prose writes `{{article:004}}`,
 * and `resolveArticleRefs` puts the article's label in its place ("le blog du 19 juin 2025"),
 * capitalised when it opens a sentence. French needs the contracted forms after « de » and « à »:
 * `{{article:004|de}}` gives "du blog du 19 juin 2025", `{{article:000|à}}` "à la tribune de
 * Marquette" (the forms exist in French prose only).
 */
import { LANGUAGES, type Language } from '../progress/records';
import type { Article, Excerpt } from './schema';

export { LANGUAGES, type Language };

/** The longest short explanation, in words (see wordCount), in each language. */
export const SHORT_MAX_WORDS = 45;

/** Articles to resolve placeholders against: a list, or a map by id. */
export type ArticleLabels = readonly Pick<Article, 'id' | 'label'>[] | ReadonlyMap<string, Pick<Article, 'id' | 'label'>>;

export const FRENCH_FORMS = ['de', 'à'] as const;
export type FrenchForm = (typeof FRENCH_FORMS)[number];

/** `{{article:004}}`, `{{article:004|de}}`, `{{article:004|à}}`. */
const ARTICLE_REF = /\{\{article:(\d{3})(?:\|([^{}|]*))?\}\}/gu;

export interface ArticleRef {
  /** The placeholder as written. */
  raw: string;
  id: string;
  /** The French contracted form asked for, if any (as written, unchecked). */
  form: string | undefined;
  index: number;
}

/** Every placeholder in the text, in order. */
export function articleRefs(text: string): ArticleRef[] {
  return [...text.matchAll(ARTICLE_REF)].map((match) => ({
    raw: match[0],
    id: match[1] ?? '',
    form: match[2],
    index: match.index ?? 0,
  }));
}

function labelMap(articles: ArticleLabels): ReadonlyMap<string, Pick<Article, 'id' | 'label'>> {
  if (articles instanceof Map) return articles;
  return new Map((articles as readonly Pick<Article, 'id' | 'label'>[]).map((article) => [article.id, article]));
}

/**
 * The text with every `{{article:NNN}}` replaced by that article's label in the language,
 * contracted after « de » / « à » when asked, and capitalised when it opens the text or a
 * sentence (after . ! ? … or ⚠). A placeholder with an unknown id or form is left as written
 * (the content check refuses it, so the shipped game never shows one).
 */
export function resolveArticleRefs(text: string, articles: ArticleLabels, language: Language): string {
  const byId = labelMap(articles);
  let out = '';
  let cursor = 0;
  for (const ref of articleRefs(text)) {
    out += text.slice(cursor, ref.index);
    cursor = ref.index + ref.raw.length;
    const article = byId.get(ref.id);
    const phrase = article === undefined ? undefined : labelPhrase(article.label[language], ref.form, language);
    if (phrase === undefined) {
      out += ref.raw;
      continue;
    }
    out += opensSentence(out) ? capitaliseFirst(phrase) : phrase;
  }
  return out + text.slice(cursor);
}

/** The label, contracted for a French form; undefined for a form that does not exist. */
function labelPhrase(label: string, form: string | undefined, language: Language): string | undefined {
  if (form === undefined) return label;
  if (language !== 'fr' || !(FRENCH_FORMS as readonly string[]).includes(form)) return undefined;
  const de = form === 'de';
  if (/^le /u.test(label)) return `${de ? 'du' : 'au'} ${label.slice(3)}`;
  if (/^les /u.test(label)) return `${de ? 'des' : 'aux'} ${label.slice(4)}`;
  if (/^la /u.test(label)) return `${de ? 'de' : 'à'} ${label}`;
  if (/^l[’']/u.test(label)) return `${de ? 'de' : 'à'} ${label}`;
  if (de && /^[aeiouyhâàéèêîïôûœ]/iu.test(label)) return `d’${label}`;
  return `${de ? 'de' : 'à'} ${label}`;
}

function opensSentence(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed === '' || /[.!?…⚠]$/u.test(trimmed);
}

/** The text with its first letter in upper case (for labels that open a sentence or a heading). */
export function capitaliseFirst(text: string): string {
  const at = text.search(/\p{L}/u);
  if (at < 0) return text;
  return text.slice(0, at) + text.charAt(at).toLocaleUpperCase('fr') + text.slice(at + 1);
}

/** Words as the length rule counts them: white-space-separated tokens holding a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Problems with the placeholders of one text: unknown id, unknown or English form, stray braces. */
export function placeholderProblems(text: string, language: Language, knownIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const ref of articleRefs(text)) {
    if (!knownIds.has(ref.id)) problems.push(`${ref.raw} names no article (known: ${[...knownIds].sort().join(', ')})`);
    if (ref.form !== undefined) {
      if (language !== 'fr') problems.push(`${ref.raw}: contracted forms are for French prose only`);
      else if (!(FRENCH_FORMS as readonly string[]).includes(ref.form)) problems.push(`${ref.raw}: unknown form "${ref.form}" (use |de or |à)`);
    }
  }
  const rest = text.replace(ARTICLE_REF, '');
  if (/\{\{|\}\}|\{article|article:\d/u.test(rest)) problems.push('malformed placeholder: write {{article:NNN}}');
  return problems;
}

/**
 * Internal article codes written in prose outside a placeholder: "003", "(003)", "004-04".
 * A code is the id of one of the content's articles (`knownIds`) standing alone, not a group of a larger number ("10 000", "30 000",
 * "6,000", "2004"). Returns the codes found, in order.
 */
export function bareArticleCodes(text: string, knownIds: ReadonlySet<string>): string[] {
  const rest = text.replace(ARTICLE_REF, ' ');
  const code = /(?<!\p{N})(?<!\p{N}[\s,.’'])(\d{3})(?!\p{N})(?![\s,.]\p{N}{3})(?:-\d{2}(?!\p{N}))?/gu;
  return [...rest.matchAll(code)].filter((match) => knownIds.has(match[1] ?? '')).map((match) => match[0]);
}

/** Words that, opening an excerpt, leave the pupil asking "who?" or "what?". */
const BARE_PRONOUNS = new Set([
  'Il',
  'Elle',
  'Ils',
  'Elles',
  'On',
  'Ce',
  'C',
  'Cela',
  'Ceci',
  'Ça',
  'Celui',
  'Celle',
  'Ceux',
  'Celles',
  'Ces',
  'Cette',
  'Cet',
]);

/** True when an excerpt's text needs a context line: it opens on a lower-case word or a bare pronoun. */
export function needsContext(excerptText: string): boolean {
  const start = excerptText.replace(/^[^\p{L}\p{N}]+/u, '');
  const first = /^\p{L}+/u.exec(start)?.[0];
  if (first === undefined) return false;
  if (first.charAt(0) !== first.charAt(0).toLocaleUpperCase('fr')) return true;
  return BARE_PRONOUNS.has(first);
}

/** The text without what is quoted in it (« … », “ … ”, innermost first): quotations keep their own words. */
export function withoutQuotations(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(/«[^«»]*»/gu, '[…]').replace(/“[^“”]*”/gu, '[…]');
    if (next === current) return current;
    current = next;
  }
}

/** French prose addresses the pupil with tu: "vous", "votre", "vos", or an -ez imperative opening a sentence, outside quotations. */
export function vousInFrench(text: string): string[] {
  const rest = withoutQuotations(text);
  const found = [...rest.matchAll(/(?<!\p{L})(vous|votre|vos)(?!\p{L})/giu)].map((match) => match[0]);
  for (const match of rest.matchAll(/(?:^|[.!?…:]\s+)(\p{Lu}\p{Ll}+ez)(?!\p{L})/gu)) {
    const word = match[1] ?? '';
    if (!['Chez', 'Assez'].includes(word)) found.push(word);
  }
  return found;
}

/** Typography of our own prose: French spacing (U+00A0 before : ; ! ? » and after «), curly apostrophes and quotes in both languages. */
export function typographyProblems(text: string, language: Language): string[] {
  const problems: string[] = [];
  if (language === 'fr') {
    if (/ [:;!?»]/u.test(text)) problems.push('a plain space before : ; ! ? or »: use a non-breaking space (U+00A0)');
    if (/« /u.test(text)) problems.push('a plain space after «: use a non-breaking space (U+00A0)');
  }
  if (text.includes("'")) problems.push('a straight apostrophe: use ’');
  if (text.includes('"'))
    problems.push(
      language === 'fr' ? 'a straight quotation mark: use « » (or “ ” inside them)' : 'a straight quotation mark: use “ ” (or ‘ ’ inside them)',
    );
  if (text.includes('·')) problems.push('a point médian (·): write the words out');
  return problems;
}

/** One piece of prose the player reads, with where it sits (for messages). */
export interface ProseField {
  path: string;
  language: Language;
  text: string;
}

/** Every piece of prose of an excerpt the player may read, in both languages (not the verbatim text). */
export function excerptProse(excerpt: Excerpt): ProseField[] {
  const fields: ProseField[] = [];
  for (const language of LANGUAGES) {
    fields.push({ path: `short.${language}`, language, text: excerpt.short[language] });
    if (excerpt.context) fields.push({ path: `context.${language}`, language, text: excerpt.context[language] });
    const explanation = excerpt.explanation[language];
    fields.push({ path: `explanation.${language}.why`, language, text: explanation.why });
    fields.push({ path: `explanation.${language}.others`, language, text: explanation.others });
    if (explanation.caveat !== undefined) fields.push({ path: `explanation.${language}.caveat`, language, text: explanation.caveat });
    if (excerpt.tempting) fields.push({ path: `tempting.why.${language}`, language, text: excerpt.tempting.why[language] });
    if (excerpt.figure) fields.push({ path: `figure.${language}`, language, text: excerpt.figure[language] });
  }
  fields.push({ path: 'translation.en', language: 'en', text: excerpt.translation.en });
  return fields;
}

/** Every piece of an article's metadata the player may read (label and notes), in both languages. */
export function articleProse(article: Article): ProseField[] {
  const fields: ProseField[] = [];
  for (const language of LANGUAGES) {
    fields.push({ path: `label.${language}`, language, text: article.label[language] });
    fields.push({ path: `dateNote.${language}`, language, text: article.dateNote[language] });
    fields.push({ path: `kindNote.${language}`, language, text: article.kindNote[language] });
    fields.push({ path: `omitted.${language}`, language, text: article.omitted[language] });
  }
  return fields;
}

/** The long explanation (why, others, caveat) as one paragraph, placeholders as written. */
export function longExplanation(explanation: Excerpt['explanation']['fr']): string {
  return explanation.caveat === undefined
    ? `${explanation.why} ${explanation.others}`
    : `${explanation.why} ${explanation.others} ${explanation.caveat}`;
}

/** What the game shows of an excerpt in one language, every placeholder already replaced by its label. */
export interface ExcerptReading {
  /** Shown first after an answer. */
  short: string;
  /** The line above the excerpt, or null when it reads alone. */
  context: string | null;
  /** Behind "Pour aller plus loin / Go deeper". */
  why: string;
  others: string;
  caveat: string | null;
  /** Why the tempting reading is not the answer (tricky excerpts), or null. */
  tempting: string | null;
  /** The figure this excerpt gives on its topic, or null. */
  figure: string | null;
}

/** Every piece of an excerpt's prose, resolved for one language: the one call a view needs. */
export function excerptReading(excerpt: Excerpt, articles: ArticleLabels, language: Language): ExcerptReading {
  const resolve = (text: string) => resolveArticleRefs(text, articles, language);
  const explanation = excerpt.explanation[language];
  return {
    short: resolve(excerpt.short[language]),
    context: excerpt.context ? resolve(excerpt.context[language]) : null,
    why: resolve(explanation.why),
    others: resolve(explanation.others),
    caveat: explanation.caveat === undefined ? null : resolve(explanation.caveat),
    tempting: excerpt.tempting ? resolve(excerpt.tempting.why[language]) : null,
    figure: excerpt.figure ? resolve(excerpt.figure[language]) : null,
  };
}

/** An article's label and notes, resolved for one language (notes may name other articles). */
export function articleReading(
  article: Article,
  articles: ArticleLabels,
  language: Language,
): { label: string; dateNote: string; kindNote: string; omitted: string } {
  const resolve = (text: string) => resolveArticleRefs(text, articles, language);
  return {
    label: article.label[language],
    dateNote: resolve(article.dateNote[language]),
    kindNote: resolve(article.kindNote[language]),
    omitted: resolve(article.omitted[language]),
  };
}
