import { describe, expect, it } from 'vitest';
import { articleProse, excerptProse } from '../../../../src/core/content/prose';
import { checkContentFiles } from '../../../../scripts/lib/read-content';

/**
 * Explanations are ours (the excerpts are verbatim and keep the article's spacing): French rules apply
 * to every piece of French prose the player reads: short and long explanations, context lines, the
 * tempting reading, figures, article labels and notes. (The content check enforces the same rules;
 * this test keeps the shipped files honest even if the check were loosened.)
 */
describe('French typography of the prose', () => {
  const { bundle } = checkContentFiles();
  const french = [
    ...(bundle?.excerpts ?? []).flatMap((excerpt) => excerptProse(excerpt).map((field) => ({ ...field, id: excerpt.id }))),
    ...(bundle?.articles ?? []).flatMap((article) => articleProse(article).map((field) => ({ ...field, id: article.id }))),
  ].filter((field) => field.language === 'fr');

  it('has prose to check', () => {
    expect(bundle).not.toBeNull();
    expect(french.length).toBeGreaterThan(300);
  });

  it('puts a non-breaking space before : ; ! ? » and after «', () => {
    for (const field of french) expect(field.text, `${field.id} ${field.path}`).not.toMatch(/ [:;!?»]|« /);
  });

  it('uses curly apostrophes, no point médian, and tu rather than vous', () => {
    for (const field of french) {
      expect(field.text, `${field.id} ${field.path}`).not.toMatch(/['·]/);
      expect(field.text.replace(/«[^«»]*»/g, ''), `${field.id} ${field.path}`).not.toMatch(/(?<!\p{L})(vous|votre|vos)(?!\p{L})/iu);
    }
  });
});
