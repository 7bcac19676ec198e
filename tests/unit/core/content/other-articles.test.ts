/**
 * The "what the other articles say" view on the shipped content: every passage it lists
 * can be opened in the source viewer, and every figures table has a caption in both languages
 * (its topic's label, from the content's topics.json).
 */
import { describe, expect, it } from 'vitest';
import { emittedContentIndex } from '../../../../scripts/lib/content-index';
import { checkContentFiles } from '../../../../scripts/lib/read-content';
import { otherArticlesView } from '../../../../src/core/content/related';
import { articleSegments } from '../../../../src/core/content/segments';
import { topicLabel } from '../../../../src/core/content/topics';

const { bundle } = checkContentFiles();
const { topics } = emittedContentIndex();

describe('the other articles view on the shipped content', () => {
  it('lists only passages the viewer can open and highlight in their own article', () => {
    expect(bundle).not.toBeNull();
    let passages = 0;
    for (const excerpt of bundle!.excerpts) {
      for (const passage of otherArticlesView(bundle!, excerpt.id).related) {
        passages++;
        expect(passage.article.id, `${excerpt.id} → ${passage.excerpt.id}`).not.toBe(excerpt.article);
        const marked = articleSegments(passage.article, [passage.excerpt], { mark: () => true }).flatMap((view) => view.excerptIds);
        expect(marked, `${excerpt.id} → ${passage.excerpt.id}`).toEqual([passage.excerpt.id]);
      }
    }
    // The answer key links most excerpts to others: an empty view everywhere would be a regression.
    expect(passages).toBeGreaterThan(bundle!.excerpts.length);
  });

  it('gives figures side by side (two articles or more) under a caption named in French and English', () => {
    const rowsByTopic = new Map(
      bundle!.excerpts.flatMap((excerpt) => otherArticlesView(bundle!, excerpt.id).figures).map((figures) => [figures.topic, figures.rows]),
    );
    expect(rowsByTopic.size).toBeGreaterThan(0);
    for (const [topic, rows] of rowsByTopic) {
      expect(new Set(rows.map((row) => row.article.id)).size, topic).toBeGreaterThanOrEqual(2);
      for (const language of ['fr', 'en'] as const) expect(topicLabel(topics, topic, language), `${language} label of ${topic}`).toBeTruthy();
    }
  });
});
