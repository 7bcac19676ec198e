/**
 * The answer key as a quiz for a school's own platform (Moodle, Éléa): one multiple-choice
 * question per excerpt, the four categories as answers (the key's marked right), feedback on
 * each answer, and the short explanation with the passage in its article as general feedback.
 * One model, two writers (Moodle XML in moodle-xml.ts, GIFT in gift.ts): both show the same
 * items with the same feedback.
 *
 * Texts are kept as plain strings here; each writer turns them into HTML (escaped) and then into
 * its own format. The words the quiz adds around the content (the answers' names, the prompt…)
 * come from the locales, handed in as `QuizLabels`: the core has no i18n.
 */
import { CATEGORIES, type Category } from '../categories';
import { capitaliseFirst, type Language, resolveArticleRefs } from '../content/prose';
import type { ContentBundle } from '../content/schema';

/** The words around the content, in the teacher's language (locales/<lang>/lms.json). */
export interface QuizLabels {
  /** The four answers, in CATEGORIES order. */
  category: Record<Category, string>;
  /** The question asked under each excerpt. */
  prompt: string;
  /** Feedback on the right answer, before the short explanation. */
  right: string;
  /** Feedback on a wrong answer: `{{chosen}}` and `{{right}}` are the answers' names. */
  wrong: string;
  /** The heading of the passage in the general feedback: `{{source}}` is the article's label. */
  passage: string;
  /** Above the English translation (English quizzes only). */
  translation: string;
  /** The top question-bank category the article categories sit in. */
  bank: string;
}

/** A paragraph: runs of text, some emphasised (the excerpt inside its passage). */
export interface Run {
  text: string;
  strong?: boolean;
}
export interface Paragraph {
  runs: Run[];
  /** The paragraph's language when it is not the quiz's (the excerpts are French). */
  lang?: Language;
  /** A quotation: the excerpt itself. */
  quote?: boolean;
  emphasis?: boolean;
}

export interface QuizAnswer {
  category: Category;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface QuizQuestion {
  /** The excerpt id, kept as the question's id number in the bank ("001-04"). */
  id: string;
  /** The name in the question bank: the id and the first words. */
  name: string;
  /** The bank category: the root, then the article's title. */
  category: string[];
  stem: Paragraph[];
  answers: QuizAnswer[];
  generalFeedback: Paragraph[];
}

const NAME_WORDS = 8;

/**
 * The quiz of some excerpts (a lesson's, in its order) or of the whole key (null: by article,
 * in reading order). Unknown ids are left out.
 */
export function quizQuestions(content: ContentBundle, ids: readonly string[] | null, language: Language, labels: QuizLabels): QuizQuestion[] {
  const articleOf = new Map(content.articles.map((a) => [a.id, a]));
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const excerpts = ids === null ? content.excerpts : ids.flatMap((id) => byId.get(id) ?? []);
  const resolve = (text: string) => resolveArticleRefs(text, articleOf, language);
  return excerpts.map((excerpt) => {
    const article = articleOf.get(excerpt.article);
    if (!article) throw new Error(`excerpt ${excerpt.id}: article ${excerpt.article} is not in the content`);
    const stem: Paragraph[] = [];
    if (excerpt.context) stem.push({ runs: [{ text: resolve(excerpt.context[language]) }], emphasis: true });
    stem.push({ runs: [{ text: excerpt.text }], lang: 'fr', quote: true });
    if (language === 'en') stem.push({ runs: [{ text: `${labels.translation} ${excerpt.translation.en}` }] });
    stem.push({ runs: [{ text: labels.prompt }] });
    const short = resolve(excerpt.short[language]);
    const answers = CATEGORIES.map((category): QuizAnswer => {
      const correct = category === excerpt.category;
      const tempting = excerpt.tempting?.category === category ? resolve(excerpt.tempting.why[language]) : null;
      const wrong = fill(labels.wrong, { chosen: labels.category[category], right: labels.category[excerpt.category] });
      return {
        category,
        text: labels.category[category],
        correct,
        feedback: correct ? `${labels.right} ${short}` : tempting ? `${wrong} ${tempting}` : wrong,
      };
    });
    const block = article.blocks[excerpt.position.block]?.text ?? excerpt.text;
    const at = block.indexOf(excerpt.text);
    const passage: Run[] =
      at < 0
        ? [{ text: excerpt.text, strong: true }]
        : [{ text: block.slice(0, at) }, { text: excerpt.text, strong: true }, { text: block.slice(at + excerpt.text.length) }].filter(
            (run) => run.text !== '',
          );
    const words = excerpt.text.split(/\s+/).filter(Boolean);
    return {
      id: excerpt.id,
      name: `${excerpt.id} ${words.slice(0, NAME_WORDS).join(' ')}${words.length > NAME_WORDS ? ' …' : ''}`,
      category: [labels.bank, article.title],
      stem,
      answers,
      generalFeedback: [
        { runs: [{ text: short }] },
        { runs: [{ text: fill(labels.passage, { source: capitaliseFirst(article.label[language]) }) }] },
        { runs: passage, lang: 'fr', quote: true },
      ],
    };
  });
}

/** `{{name}}` placeholders replaced (the locales' interpolation syntax). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML text: the characters HTML gives a meaning escaped, line breaks kept as <br>. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] as string).replace(/\r\n|\r|\n/g, '<br>');
}

/** Paragraphs as HTML: what both writers put in the quiz. */
export function paragraphsHtml(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((p) => {
      const inner = p.runs.map((run) => (run.strong ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text))).join('');
      const lang = p.lang ? ` lang="${p.lang}"` : '';
      if (p.quote) return `<blockquote${lang}><p>${inner}</p></blockquote>`;
      return `<p${lang}>${p.emphasis ? `<em>${inner}</em>` : inner}</p>`;
    })
    .join('');
}

/** The file names a teacher downloads, e.g. "fait-ou-propagande-lecon-2-fr.moodle.xml". */
export function quizFileName(slug: string, language: Language, format: 'moodle-xml' | 'gift'): string {
  return `fait-ou-propagande-${slug}-${language}.${format === 'gift' ? 'gift.txt' : 'moodle.xml'}`;
}
