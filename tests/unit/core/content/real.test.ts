/**
 * The CI guard on the shipped content: the real files in assets/content, read the way
 * the scripts read them, must pass the whole content check, minimums included.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, checkContentFiles, formatProblem, readContent } from '../../../../scripts/lib/read-content';
import { RETIRED_EXCERPTS } from '../../../../src/core/content/retired';

describe('the shipped content', () => {
  it('passes the content check with no problem', () => {
    const lines = checkContentFiles().problems.map(formatProblem);
    // On failure the message lists every problem, one per line, as `npm run content:check` prints them.
    expect(lines.length, `content check found ${lines.length} problem(s):\n${lines.join('\n')}\n`).toBe(0);
  });
});

describe('readContent', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function contentFolder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    root = dir;
    mkdirSync(join(dir, 'assets', 'content', 'articles'), { recursive: true });
    mkdirSync(join(dir, 'assets', 'content', 'excerpts'), { recursive: true });
    // No topic labels unless the test gives some: the fixtures' excerpts name no topic.
    for (const [path, text] of Object.entries({ 'topics.json': '[]', ...files })) writeFileSync(join(dir, 'assets', 'content', path), text);
    return dir;
  }

  it('reads the JSON files of both folders in name order, with paths relative to the root', () => {
    const dir = contentFolder({
      'articles/001.json': '{"id":"001"}',
      'articles/000.json': '{"id":"000"}',
      'excerpts/000.json': '[]',
      'excerpts/000.json~': 'editor backup, not content',
    });
    const { input, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(input.articles).toEqual([
      { file: 'assets/content/articles/000.json', data: { id: '000' } },
      { file: 'assets/content/articles/001.json', data: { id: '001' } },
    ]);
    expect(input.excerptFiles).toEqual([{ file: 'assets/content/excerpts/000.json', data: [] }]);
  });

  it('turns malformed JSON into a problem naming the file, the parser message and the line', () => {
    const dir = contentFolder({ 'excerpts/003.json': '[\n  {"id": "003-01",}\n]\n', 'excerpts/004.json': '[{"id": ' });
    const { input, problems } = readContent(dir);
    expect(input.excerptFiles).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.file).toBe('assets/content/excerpts/003.json');
    expect(problems[0]?.message).toMatch(/^not valid JSON: .+ \(line 2, column 19\)$/);
    expect(problems[1]).toEqual({ file: 'assets/content/excerpts/004.json', message: 'not valid JSON: Unexpected end of JSON input' });
    expect(formatProblem(problems[1]!)).toBe('assets/content/excerpts/004.json: not valid JSON: Unexpected end of JSON input');
  });

  it('lists unreadable files with the content problems, grouped by file', () => {
    const articles = Object.fromEntries(
      ['000', '001', '002', '003', '004'].map((id) => [
        `articles/${id}.json`,
        readFileSync(join(REPO_ROOT, 'assets/content/articles', `${id}.json`), 'utf8'),
      ]),
    );
    const dir = contentFolder({ ...articles, 'excerpts/000.json': '{}', 'excerpts/001.json': '[', 'excerpts/002.json': '[]' });
    const { bundle, problems } = checkContentFiles({ minimums: false }, dir);
    expect(bundle).toBeNull();
    expect(problems).toEqual([
      { file: 'assets/content/excerpts/000.json', message: 'must hold a JSON array of excerpts' },
      { file: 'assets/content/excerpts/001.json', message: 'not valid JSON: Unexpected end of JSON input' },
    ]);
    expect(checkContentFiles({ minimums: false }, contentFolder(articles))).toMatchObject({ problems: [], bundle: { excerpts: [] } });
  });

  it('refuses a retired id in the content it reads', () => {
    const real = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/content/excerpts/000.json'), 'utf8')) as Array<{ id: string }>;
    const first = real[0];
    if (!first) throw new Error('the shipped 000.json holds no excerpt');
    const articles = Object.fromEntries(
      ['000', '001', '002', '003', '004'].map((id) => [
        `articles/${id}.json`,
        readFileSync(join(REPO_ROOT, 'assets/content/articles', `${id}.json`), 'utf8'),
      ]),
    );
    const dir = contentFolder({ ...articles, 'excerpts/000.json': JSON.stringify([{ ...first, id: '000-03', related: [] }]) });
    const { problems } = checkContentFiles({ minimums: false }, dir);
    expect(problems.map(formatProblem)).toEqual([
      `assets/content/excerpts/000.json 000-03: id 000-03 is retired (${RETIRED_EXCERPTS['000-03']}): ids are stored in players' progress, so give this excerpt the next free number of article 000`,
    ]);
  });

  it('reports a missing content folder instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    root = dir;
    const { problems } = readContent(dir);
    expect(problems.map((p) => p.file)).toEqual(['assets/content/articles', 'assets/content/excerpts', 'assets/content/topics.json']);
    expect(problems[0]?.message).toMatch(/^cannot list the folder: ENOENT/);
    expect(problems[2]?.message).toMatch(/^cannot read the file: ENOENT/);
  });
});
