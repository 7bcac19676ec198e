/**
 * The content schema: one definition used by the game loader, the content check,
 * the export script and the unit tests, so the answer key cannot drift from the code.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../categories';

/**
 * An article's id: three digits, the stem of its files (assets/content/articles/NNN.json and
 * excerpts/NNN.json). The articles are whatever files the content has (issue #15): no list in code.
 */
export type ArticleId = string;
export const ARTICLE_ID_PATTERN = /^\d{3}$/;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** A text given in both UI languages. */
export const Bilingual = v.strictObject({ fr: nonEmpty, en: nonEmpty });
export type Bilingual = v.InferOutput<typeof Bilingual>;

export const ArticleIdSchema = v.pipe(v.string(), v.regex(ARTICLE_ID_PATTERN, 'must be three digits, e.g. 005'));

export const BLOCK_KINDS = ['title', 'subtitle', 'heading', 'paragraph', 'caption', 'meta'] as const;
export const Block = v.strictObject({
  kind: v.picklist(BLOCK_KINDS),
  text: nonEmpty,
});
export type Block = v.InferOutput<typeof Block>;

export const ARTICLE_KINDS = ['news-report', 'opinion-column', 'aggregator-post', 'blog-analysis'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const Article = v.strictObject({
  id: ArticleIdSchema,
  /** File stem of the seed article, e.g. 000_ea83d576b964584c: the stable long id. */
  stem: v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]{16}$/, 'must look like 000_0123456789abcdef')),
  title: nonEmpty,
  /**
   * What pupils call the article, read mid-sentence: lower-case start, the kind of text and a
   * date or author where there is one, e.g. fr "le blog du 19 juin 2025", en "the blog post of
   * 19 June 2025". Prose refers to articles as `{{article:004}}`, replaced by this label
   * (see prose.ts), so that a label change is one edit; the resolver capitalises it where it
   * opens a sentence, and a view showing it alone uses capitaliseFirst. French prose agrees with
   * the label's gender (« la tribune… : elle », « le blog… : il »): a label of another gender
   * means re-reading the prose that names it.
   */
  label: Bilingual,
  /**
   * The article's short name, shown alone as a title (the dossier, the board's lane, the lesson
   * builder, "what the other articles say"), e.g. fr "Pyongyang envoie ses soldats en Russie".
   * In the content (issue #15), so that a new article brings its name with it; the content index
   * carries it to the menu-side screens.
   */
  name: Bilingual,
  /** The teacher guide's discussion question on this article, addressed to the class. */
  discussion: Bilingual,
  /** The site or outlet's name where the text itself shows one; null otherwise (never guessed). */
  publication: v.nullable(nonEmpty),
  author: v.nullable(nonEmpty),
  /** ISO date (YYYY-MM-DD) when the article gives one, otherwise null. */
  date: v.nullable(v.pipe(v.string(), v.isoDate('must be an ISO date YYYY-MM-DD'))),
  /** What the date is based on, or why there is none. */
  dateNote: Bilingual,
  kind: v.picklist(ARTICLE_KINDS),
  kindNote: Bilingual,
  /** Page chrome left out of the body, said plainly for the reader. */
  omitted: Bilingual,
  /** The body, verbatim, one block per line of the seed file that was kept. */
  blocks: v.pipe(v.array(Block), v.minLength(1)),
});
export type Article = v.InferOutput<typeof Article>;

export const RELATIONS = ['agrees', 'differs', 'contradicts', 'same-event'] as const;
export type Relation = (typeof RELATIONS)[number];

export const ClueSpan = v.strictObject({
  /** The clue words, exactly as in the excerpt. */
  text: nonEmpty,
  /** Offset of the clue in the excerpt text (UTF-16 code units, as JavaScript counts). */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type ClueSpan = v.InferOutput<typeof ClueSpan>;

/** The long explanation, shown behind "Pour aller plus loin / Go deeper". Every prose field may hold `{{article:NNN}}` placeholders. */
export const Explanation = v.strictObject({
  /** Why this category, naming the clue words. */
  why: nonEmpty,
  /** What the other articles say on the same point: agreement, another figure, silence; by placeholder. */
  others: nonEmpty,
  /** A known problem of the excerpt itself (error of fact, unverifiable claim), where it matters. */
  caveat: v.optional(nonEmpty),
});
export type Explanation = v.InferOutput<typeof Explanation>;

export const Excerpt = v.pipe(
  v.strictObject({
    /** Stable id: article id, a dash, two digits in reading order (e.g. 003-04). Saved in progress: never reuse. */
    id: v.pipe(v.string(), v.regex(/^\d{3}-\d{2}$/, 'must look like 003-04')),
    article: ArticleIdSchema,
    /** Verbatim text, found character for character at `position` in the article. */
    text: nonEmpty,
    position: v.strictObject({
      block: v.pipe(v.number(), v.integer(), v.minValue(0)),
      offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    category: v.picklist(CATEGORIES),
    difficulty: v.picklist(['clear', 'tricky']),
    /**
     * One line shown above the excerpt when it cannot be read alone: who « il » is, what « cette
     * stratégie » refers to. Required when the text starts with a lower-case letter or a bare
     * pronoun (see needsContext in prose.ts). It says what the article says around the excerpt,
     * never the answer.
     */
    context: v.optional(Bilingual),
    /**
     * The explanation shown first after an answer, at most 45 words in each language
     * (placeholders replaced by labels): the category and its clue words; one comparison with
     * one other article; a "⚠" line only when the excerpt carries an error of fact or an
     * unsourced claim. The long `explanation` is behind "Go deeper".
     */
    short: Bilingual,
    /** For tricky excerpts: the other reading that tempts, and why it is not the answer. */
    tempting: v.optional(
      v.strictObject({
        category: v.picklist(CATEGORIES),
        why: Bilingual,
      }),
    ),
    translation: v.strictObject({ en: nonEmpty }),
    explanation: v.strictObject({ fr: Explanation, en: Explanation }),
    clues: v.pipe(v.array(ClueSpan), v.minLength(1, 'needs at least one clue')),
    /** Passages in other articles on the same point. */
    related: v.array(v.strictObject({ id: v.string(), relation: v.picklist(RELATIONS) })),
    /** Shared key for a point several articles give figures on (troops, losses…), for side-by-side views. */
    topic: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
    /** The figure this excerpt gives for its topic, short, in both languages. */
    figure: v.optional(Bilingual),
  }),
  v.check((e) => e.id.startsWith(`${e.article}-`), 'id must start with its article id'),
  v.check((e) => (e.difficulty === 'tricky') === (e.tempting !== undefined), 'tricky excerpts need `tempting`, clear ones must not have it'),
  v.check((e) => e.tempting === undefined || e.tempting.category !== e.category, '`tempting.category` must differ from the answer'),
  v.check((e) => e.figure === undefined || e.topic !== undefined, 'a `figure` needs a `topic`'),
);
export type Excerpt = v.InferOutput<typeof Excerpt>;

export const ExcerptFile = v.array(Excerpt);

/**
 * A point several articles give figures on (an excerpt's `topic`), named in the content rather
 * than in the locales (issue #11), so that new content with a new topic brings its name with it:
 * assets/content/topics.json. The label is read after a colon (« Enquête : pertes nord-coréennes »,
 * "The figures side by side: North Korean losses"): lower-case start in French unless a name opens it.
 */
export const Topic = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
  label: Bilingual,
});
export type Topic = v.InferOutput<typeof Topic>;

export const TopicFile = v.array(Topic);

/** Everything the game needs, after validation. */
export interface ContentBundle {
  articles: Article[];
  excerpts: Excerpt[];
}

/** A readable path + message for each schema issue, e.g. `[3].clues[0].at: must be…`. */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? [])
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '');
    return `${path || '(root)'}: ${issue.message}`;
  });
}
