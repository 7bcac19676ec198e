import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentIndexModule, emittedContentIndex } from '../../../../scripts/lib/content-index';
import { REPO_ROOT, readContent } from '../../../../scripts/lib/read-content';
import { indexOf } from '../../../../src/core/content/content-index';
import { checkIntegrity } from '../../../../src/core/content/integrity';
import type { ContentBundle, Topic } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { deriveInvestigations } from '../../../../src/core/investigations';

const { input } = readContent();
const loaded = checkIntegrity(input).bundle as ContentBundle;
const topics = JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'content', 'topics.json'), 'utf8')) as Topic[];

describe('the content index (what the menu needs before the texts arrive)', () => {
  it('is, as the build emits it, the index of the bundle the game loads', () => {
    const moduleSource = contentIndexModule();
    const json = /^export default JSON\.parse\((.*)\);\n$/s.exec(moduleSource)?.[1] as string;
    const emitted = JSON.parse(JSON.parse(json) as string) as unknown;
    expect(emitted).toEqual(indexOf(loaded, topics));
    expect(emittedContentIndex()).toEqual(indexOf(validateContent(input, { minimums: false }).bundle as ContentBundle, topics));
  });

  it('holds every excerpt id with its article and answer, the labels and the investigations, and no text', () => {
    const index = indexOf(loaded, topics);
    // Every topic an excerpt uses is named in both languages, so the menu can title its investigation.
    const used = new Set(loaded.excerpts.flatMap((e) => (e.topic === undefined ? [] : [e.topic])));
    expect(index.topics.map((t) => t.id).sort()).toEqual([...used].sort());
    expect(index.excerpts).toEqual(loaded.excerpts.map((e) => ({ id: e.id, article: e.article, category: e.category })));
    expect(index.articles.map((a) => a.label)).toEqual(loaded.articles.map((a) => a.label));
    expect(index.investigations).toEqual(deriveInvestigations(loaded));
    expect(index.investigations.length).toBeGreaterThan(0);
    const text = JSON.stringify(index);
    for (const excerpt of loaded.excerpts.slice(0, 10)) expect(text).not.toContain(excerpt.text);
    // A small part of the bundle: it grows with the number of excerpts, not with their texts.
    expect(text.length).toBeLessThan(JSON.stringify(loaded).length / 10);
  });

  it('says what is wrong when the content cannot be read, instead of an empty index', () => {
    expect(() => emittedContentIndex('/nonexistent-folder')).toThrow(/the content index cannot be made: .*cannot list the folder/);
  });
});
