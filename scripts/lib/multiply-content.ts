/**
 * A synthetic content `times` as large as the real one, for the benchmark (issue #15: "content ×10
 * keeps the menu within 10 % of today's content and stays offline-capable"). Copy k of article NNN
 * is article k × (number of articles) + NNN, with its excerpts, their related links (to the same
 * copy of the other articles), the `{{article:NNN}}` placeholders of their prose and their topics
 * (topic-k, with its label) remapped, so that it passes the same check as the real content.
 * The article texts stay verbatim (the positions and clues hold); the copies' names say which copy
 * they are. Pure: scripts/content-multiply.ts reads and writes the files.
 */

export interface ContentFiles {
  /** Article files by id (000…), as parsed JSON. */
  articles: ReadonlyMap<string, Record<string, unknown>>;
  /** Excerpt files by article id, as parsed JSON arrays. */
  excerpts: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  /** topics.json, as parsed. */
  topics: readonly { id: string; label: { fr: string; en: string } }[];
}

const pad = (n: number) => String(n).padStart(3, '0');

/** Every string inside `value`, with `{{article:NNN…}}` placeholders mapped through `id`. */
function mapPlaceholders(value: unknown, id: (article: string) => string): unknown {
  if (typeof value === 'string') return value.replace(/\{\{article:(\d{3})/g, (_, article: string) => `{{article:${id(article)}`);
  if (Array.isArray(value)) return value.map((item) => mapPlaceholders(item, id));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapPlaceholders(inner, id)]));
  return value;
}

export function multiplyContent(files: ContentFiles, times: number): ContentFiles {
  const ids = [...files.articles.keys()].sort();
  if (ids.length * times > 1000) throw new Error(`${ids.length} articles × ${times} do not fit in three-digit ids`);
  const articles = new Map<string, Record<string, unknown>>();
  const excerpts = new Map<string, Record<string, unknown>[]>();
  const topics = [...files.topics];
  for (let copy = 0; copy < times; copy++) {
    const idOf = (article: string) => (copy === 0 ? article : pad(copy * ids.length + ids.indexOf(article)));
    const topicOf = (topic: string) => (copy === 0 ? topic : `${topic}-${copy + 1}`);
    const suffix = { fr: ` (copie ${copy + 1})`, en: ` (copy ${copy + 1})` };
    if (copy > 0)
      for (const topic of files.topics)
        topics.push({ id: topicOf(topic.id), label: { fr: topic.label.fr + suffix.fr, en: topic.label.en + suffix.en } });
    for (const source of ids) {
      const article = files.articles.get(source) as Record<string, unknown>;
      const id = idOf(source);
      if (copy === 0) {
        articles.set(id, article);
        excerpts.set(id, [...(files.excerpts.get(source) ?? [])]);
        continue;
      }
      const name = article.name as { fr: string; en: string };
      articles.set(id, {
        ...(mapPlaceholders(article, idOf) as Record<string, unknown>),
        id,
        stem: `${id}${String(article.stem).slice(3)}`,
        name: { fr: name.fr + suffix.fr, en: name.en + suffix.en },
      });
      excerpts.set(
        id,
        (files.excerpts.get(source) ?? []).map((excerpt) => {
          const mapped = mapPlaceholders(excerpt, idOf) as Record<string, unknown>;
          const related = (excerpt.related as { id: string; relation: string }[]).map((link) => ({
            ...link,
            id: `${idOf(link.id.slice(0, 3))}${link.id.slice(3)}`,
          }));
          return {
            ...mapped,
            id: `${id}${String(excerpt.id).slice(3)}`,
            article: id,
            related,
            ...(typeof excerpt.topic === 'string' ? { topic: topicOf(excerpt.topic) } : {}),
          };
        }),
      );
    }
  }
  return { articles, excerpts, topics };
}
