import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../scripts/lib/read-content';
import { checkIntegrity } from '../../../../src/core/content/integrity';
import { validateContent } from '../../../../src/core/content/validate';

const { input } = readContent();
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('checkIntegrity (the start-up check of content validated at build time)', () => {
  it('gives the shipped content exactly the bundle the full validation gives', () => {
    const checked = checkIntegrity(input);
    expect(checked.problems).toEqual([]);
    expect(checked.bundle).toEqual(validateContent(input, { minimums: false }).bundle);
  });

  it('says which file and excerpt is damaged, and gives no bundle', () => {
    const damaged = clone(input);
    const file = damaged.excerptFiles[1] as { file: string; data: Array<Record<string, unknown>> };
    const first = file.data[0] as Record<string, unknown>;
    first.category = 'rumour';
    (file.data[1] as Record<string, unknown>).clues = 'none';
    file.data.push(clone(file.data[2] as Record<string, unknown>));
    const result = checkIntegrity(damaged);
    expect(result.bundle).toBeNull();
    expect(result.problems).toEqual([
      { file: file.file, id: first.id, message: 'no known category' },
      { file: file.file, id: (file.data[1] as { id: string }).id, message: 'damaged: clues' },
      { file: file.file, id: (file.data[2] as { id: string }).id, message: 'duplicate id' },
    ]);
  });

  it('refuses a file that is not an article or not a list, and excerpts of a missing article', () => {
    const damaged = clone(input);
    damaged.articles[0] = { file: damaged.articles[0]?.file ?? '', data: { id: 'x99' } };
    damaged.excerptFiles[2] = { file: damaged.excerptFiles[2]?.file ?? '', data: { excerpts: [] } };
    const result = checkIntegrity(damaged);
    expect(result.bundle).toBeNull();
    expect(result.problems[0]).toEqual({ file: damaged.articles[0]?.file, message: 'not an article of this game' });
    expect(result.problems.some((p) => p.message === 'its article is missing')).toBe(true);
    expect(result.problems).toContainEqual({ file: damaged.excerptFiles[2]?.file, message: 'must hold a JSON array of excerpts' });
  });

  it('takes any article with a well-formed id, and says what a damaged one lacks (its name, say)', () => {
    const sixth = clone(input);
    const first = sixth.articles[0]?.data as Record<string, unknown>;
    sixth.articles.push({ file: 'assets/content/articles/005.json', data: { ...first, id: '005' } });
    expect(checkIntegrity(sixth).bundle?.articles.map((a) => a.id)).toContain('005');
    const { name: _, ...nameless } = first;
    sixth.articles[5] = { file: 'assets/content/articles/005.json', data: { ...nameless, id: '005' } };
    expect(checkIntegrity(sixth).problems).toEqual([{ file: 'assets/content/articles/005.json', message: 'damaged: name' }]);
  });
});
