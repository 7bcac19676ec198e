/**
 * The answer key as teachers and reviewers read it (`npm run content:export`).
 *
 * FORMAT — keep it stable; reviewers diff one export against the next.
 * A JSON array, one object per excerpt, ordered by article id then excerpt id.
 * Keys, in this order:
 *   id              "003-04", stable, also stored in player progress
 *   source          the article id, "003"
 *   text            the excerpt, verbatim from the article
 *   category        the answer: "fact" | "estimate" | "opinion" | "propaganda"
 *   difficulty      "clear" | "tricky"
 *   translation_en  English translation of the excerpt
 *   explanation_fr  one paragraph: why + " " + what the other articles say (+ " " + caveat)
 *   explanation_en  the same in English
 *   tempting        for tricky excerpts, the category that tempts; otherwise null
 *   clues           the clue words, in the order the author listed them
 *   related         ids of related passages in other articles
 *   source_title    the article's title
 *   position        { block, offset } of the excerpt in the article
 */
import type { Category } from '../categories';
import type { ContentBundle, Explanation, Excerpt } from './schema';

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
}

export function exportAnswerKey(bundle: ContentBundle): AnswerKeyEntry[] {
  const titleOf = new Map(bundle.articles.map((article) => [article.id, article.title]));
  return [...bundle.excerpts]
    .sort((a, b) => compareText(a.article, b.article) || compareText(a.id, b.id))
    .map((excerpt) => {
      const title = titleOf.get(excerpt.article);
      if (title === undefined) throw new Error(`excerpt ${excerpt.id}: article ${excerpt.article} is not in the bundle`);
      // Built literally, key by key, so the key order in the JSON is the documented one.
      return {
        id: excerpt.id,
        source: excerpt.article,
        text: excerpt.text,
        category: excerpt.category,
        difficulty: excerpt.difficulty,
        translation_en: excerpt.translation.en,
        explanation_fr: explanationParagraph(excerpt.explanation.fr),
        explanation_en: explanationParagraph(excerpt.explanation.en),
        tempting: excerpt.tempting?.category ?? null,
        clues: excerpt.clues.map((clue) => clue.text),
        related: excerpt.related.map((link) => link.id),
        source_title: title,
        position: { block: excerpt.position.block, offset: excerpt.position.offset },
      };
    });
}

/** The explanation as one paragraph, the way the game shows it after an answer. */
export function explanationParagraph(explanation: Explanation): string {
  return explanation.caveat === undefined
    ? `${explanation.why} ${explanation.others}`
    : `${explanation.why} ${explanation.others} ${explanation.caveat}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
