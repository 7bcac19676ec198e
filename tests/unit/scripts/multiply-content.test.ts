import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/core/content/content-index';
import { RETIRED_EXCERPTS } from '../../../src/core/content/retired';
import { checkTopicLabels, validateContent } from '../../../src/core/content/validate';
import { type ContentFiles, multiplyContent } from '../../../scripts/lib/multiply-content';
import { categoryNames, readContent } from '../../../scripts/lib/read-content';

/** The real content as the multiplier takes it. */
function realFiles(): ContentFiles {
  const { input } = readContent();
  const stem = (file: string) => file.replace(/^.*\/|\.json$/g, '');
  return {
    articles: new Map(input.articles.map((f) => [stem(f.file), f.data as Record<string, unknown>])),
    excerpts: new Map(input.excerptFiles.map((f) => [stem(f.file), f.data as Record<string, unknown>[]])),
    topics: input.topics?.data as ContentFiles['topics'],
  };
}

describe('the synthetic content of the benchmark (scripts/content-multiply.ts)', () => {
  it('×3 passes the check the build runs, with every link, placeholder and topic in its own copy', () => {
    const real = realFiles();
    const tripled = multiplyContent(real, 3);
    const asInput = (files: ContentFiles) => ({
      articles: [...files.articles].map(([id, data]) => ({ file: `articles/${id}.json`, data })),
      excerptFiles: [...files.excerpts].map(([id, data]) => ({ file: `excerpts/${id}.json`, data })),
      topics: { file: 'topics.json', data: files.topics },
    });
    const { bundle, problems } = validateContent(asInput(tripled), {
      retired: RETIRED_EXCERPTS,
      categoryNames: categoryNames(),
      linksBothWays: true,
    });
    expect(problems).toEqual([]);
    const realCount = [...real.excerpts.values()].reduce((n, list) => n + list.length, 0);
    expect(bundle?.excerpts).toHaveLength(3 * realCount);
    expect(bundle?.articles.map((a) => a.id)).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
      '005',
      '006',
      '007',
      '008',
      '009',
      '010',
      '011',
      '012',
      '013',
      '014',
    ]);
    // Copy 2 of article 003 is 008: its excerpts link to copy 2 of the others, never to the real ones.
    const copied = bundle?.excerpts.filter((e) => e.article === '008') ?? [];
    expect(copied.length).toBe(real.excerpts.get('003')?.length);
    for (const excerpt of copied) {
      for (const link of excerpt.related) expect(['005', '006', '007', '009']).toContain(link.id.slice(0, 3));
      expect(JSON.stringify(excerpt)).not.toMatch(/\{\{article:00[0-4]/);
    }
    expect(bundle?.articles.find((a) => a.id === '008')?.name.fr).toMatch(/\(copie 2\)$/);
    // Three times the investigations: each copy's topics and contradictions are its own.
    const labels = checkTopicLabels({ file: 'topics.json', data: tripled.topics }, bundle?.excerpts ?? []);
    const one = validateContent(asInput(real), { minimums: false }).bundle;
    expect(indexOf(bundle ?? { articles: [], excerpts: [] }, labels.topics).investigations).toHaveLength(
      3 * indexOf(one ?? { articles: [], excerpts: [] }, []).investigations.length,
    );
  });
});
