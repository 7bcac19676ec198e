import { describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../scripts/lib/read-content';

/** Explanations are ours (the excerpts are verbatim and keep the article's spacing): French rules apply. */
describe('French typography of the explanations', () => {
  const { bundle } = checkContentFiles();
  it('has a bundle to check', () => expect(bundle).not.toBeNull());
  it('puts a non-breaking space before : ; ! ? » and after «', () => {
    for (const excerpt of bundle?.excerpts ?? []) {
      const texts = [...Object.values(excerpt.explanation.fr), excerpt.tempting?.why.fr ?? '', excerpt.figure?.fr ?? ''];
      for (const text of texts) expect(text, excerpt.id).not.toMatch(/ [:;!?»]|« /);
    }
  });
});
