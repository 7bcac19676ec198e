/**
 * The answer key as teachers and reviewers read it (`npm run content:export`): everything the
 * game shows a player after an answer. The game shows the short explanation first; then, under
 * "Pour aller plus loin / Go deeper", the long explanation (why, what the other articles say,
 * the caveat), the tempting reading, the related passages of other articles, the figures the
 * articles give on the same point, and the passage in its article. All prose here has its
 * `{{article:NNN}}` placeholders replaced by the articles' labels, as the game shows it.
 *
 * FORMAT — keep it stable; reviewers diff one export against the next. New keys are only ever
 * added at the end.
 * A JSON array, one object per excerpt, ordered by article id then excerpt id.
 * Keys, in this order:
 *   id                "003-04", stable, also stored in player progress
 *   source            the article id, "003"
 *   text              the excerpt, verbatim from the article
 *   category          the answer: "fact" | "estimate" | "opinion" | "propaganda"
 *   difficulty        "clear" | "tricky"
 *   translation_en    English translation of the excerpt
 *   explanation_fr    the long explanation as one paragraph: why + " " + what the other articles say (+ " " + caveat)
 *   explanation_en    the same in English
 *   tempting          for tricky excerpts, the category that tempts; otherwise null
 *   clues             the clue words, in the order the author listed them
 *   related           ids of related passages in other articles, as this excerpt lists them (the content
 *                     check has every link written on both excerpts: the ids of related_detail)
 *   source_title      the article's title
 *   position          { block, offset } of the excerpt in the article
 *   short_fr          the short explanation shown first (at most 45 words)
 *   short_en          the same in English
 *   context_fr        the line shown above the excerpt (who "il" is…), or null
 *   context_en        the same in English, or null
 *   tempting_why_fr   why the tempting reading is not the answer, or null
 *   tempting_why_en   the same in English, or null
 *   related_detail    the related passages as the game lists them, links made from either side:
 *                     [{ id, relation: "agrees" | "differs" | "contradicts" | "same-event",
 *                        source_label_fr, source_label_en, text }]
 *   topic             the key of the point several articles give figures on, or null
 *   figure_fr         the figure this excerpt gives on its topic, or null
 *   figure_en         the same in English, or null
 *   source_label_fr   the article's short name in the prose ("le blog du 19 juin 2025")
 *   source_label_en   the same in English
 *   source_publication  the site or outlet's name where the text shows one, or null
 *   source_author     the author where the article gives one, or null
 *   source_date       the article's date (YYYY-MM-DD) where it gives one, or null
 *   figures           the figures table the game shows for the topic, every article's row:
 *                     [{ id, source_label_fr, source_label_en, figure_fr, figure_en }] (empty without a topic)
 */
import type { Category } from '../categories';
import { longExplanation, resolveArticleRefs, type Language } from './prose';
import { otherArticlesView } from './related';
import type { Article, ContentBundle, Explanation, Excerpt, Relation } from './schema';

export interface RelatedDetail {
  id: string;
  relation: Relation;
  source_label_fr: string;
  source_label_en: string;
  text: string;
}

export interface FigureDetail {
  id: string;
  source_label_fr: string;
  source_label_en: string;
  figure_fr: string;
  figure_en: string;
}

export interface AnswerKeyEntry {
  id: string;
  source: string;
  text: string;
  category: Category;
  difficulty: Excerpt['difficulty'];
  translation_en: string;
  explanation_fr: string;
  explanation_en: string;
  tempting: Category | null;
  clues: string[];
  related: string[];
  source_title: string;
  position: { block: number; offset: number };
  short_fr: string;
  short_en: string;
  context_fr: string | null;
  context_en: string | null;
  tempting_why_fr: string | null;
  tempting_why_en: string | null;
  related_detail: RelatedDetail[];
  topic: string | null;
  figure_fr: string | null;
  figure_en: string | null;
  source_label_fr: string;
  source_label_en: string;
  source_publication: string | null;
  source_author: string | null;
  source_date: string | null;
  figures: FigureDetail[];
}

export function exportAnswerKey(bundle: ContentBundle): AnswerKeyEntry[] {
  const articleOf = new Map(bundle.articles.map((article) => [article.id, article]));
  const resolve = (text: string, language: Language) => resolveArticleRefs(text, articleOf, language);
  const resolveOrNull = (text: string | undefined, language: Language) => (text === undefined ? null : resolve(text, language));
  return [...bundle.excerpts]
    .sort((a, b) => compareText(a.article, b.article) || compareText(a.id, b.id))
    .map((excerpt) => {
      const article = articleOf.get(excerpt.article);
      if (article === undefined) throw new Error(`excerpt ${excerpt.id}: article ${excerpt.article} is not in the bundle`);
      const view = otherArticlesView(bundle, excerpt.id);
      // Built literally, key by key, so the key order in the JSON is the documented one.
      return {
        id: excerpt.id,
        source: excerpt.article,
        text: excerpt.text,
        category: excerpt.category,
        difficulty: excerpt.difficulty,
        translation_en: excerpt.translation.en,
        explanation_fr: resolve(explanationParagraph(excerpt.explanation.fr), 'fr'),
        explanation_en: resolve(explanationParagraph(excerpt.explanation.en), 'en'),
        tempting: excerpt.tempting?.category ?? null,
        clues: excerpt.clues.map((clue) => clue.text),
        related: excerpt.related.map((link) => link.id),
        source_title: article.title,
        position: { block: excerpt.position.block, offset: excerpt.position.offset },
        short_fr: resolve(excerpt.short.fr, 'fr'),
        short_en: resolve(excerpt.short.en, 'en'),
        context_fr: resolveOrNull(excerpt.context?.fr, 'fr'),
        context_en: resolveOrNull(excerpt.context?.en, 'en'),
        tempting_why_fr: resolveOrNull(excerpt.tempting?.why.fr, 'fr'),
        tempting_why_en: resolveOrNull(excerpt.tempting?.why.en, 'en'),
        related_detail: view.related.map((passage) => ({
          id: passage.excerpt.id,
          relation: passage.relation,
          source_label_fr: passage.article.label.fr,
          source_label_en: passage.article.label.en,
          text: passage.excerpt.text,
        })),
        topic: excerpt.topic ?? null,
        figure_fr: excerpt.figure?.fr ?? null,
        figure_en: excerpt.figure?.en ?? null,
        source_label_fr: article.label.fr,
        source_label_en: article.label.en,
        source_publication: article.publication,
        source_author: article.author,
        source_date: article.date,
        figures: (view.figures[0]?.rows ?? []).map((row) => figureDetail(row.excerpt, row.article)),
      };
    });
}

function figureDetail(excerpt: Excerpt, article: Article): FigureDetail {
  return {
    id: excerpt.id,
    source_label_fr: article.label.fr,
    source_label_en: article.label.en,
    figure_fr: excerpt.figure?.fr ?? '',
    figure_en: excerpt.figure?.en ?? '',
  };
}

/** The long explanation as one paragraph (placeholders as written; the export resolves them). */
export function explanationParagraph(explanation: Explanation): string {
  return longExplanation(explanation);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
