/**
 * Writes a synthetic content N times as large as assets/content (scripts/lib/multiply-content.ts),
 * for the benchmark's `content10` part, then checks it as the build would:
 *   tsx scripts/content-multiply.ts [--times 10] [--out .scratch/content-x10]
 *   CONTENT_DIR=.scratch/content-x10 npx vite build --outDir .scratch/dist-x10   (the game built from it)
 * The folder is emptied first; exits 1 with the problems when the result does not pass the check.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { multiplyContent } from './lib/multiply-content';
import { REPO_ROOT } from './lib/read-content';

const { values } = parseArgs({
  options: { times: { type: 'string', default: '10' }, out: { type: 'string', default: '.scratch/content-x10' } },
});
const times = Number(values.times);
if (!Number.isInteger(times) || times < 1) throw new Error('--times must be a whole number from 1');
const out = resolve(REPO_ROOT, values.out);
const source = join(REPO_ROOT, 'assets', 'content');

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const stems = (folder: string) =>
  readdirSync(join(source, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5));
const result = multiplyContent(
  {
    articles: new Map(stems('articles').map((id) => [id, readJson(join(source, 'articles', `${id}.json`))])),
    excerpts: new Map(stems('excerpts').map((id) => [id, readJson(join(source, 'excerpts', `${id}.json`))])),
    topics: readJson(join(source, 'topics.json')),
  },
  times,
);

rmSync(out, { recursive: true, force: true });
for (const folder of ['articles', 'excerpts']) mkdirSync(join(out, folder), { recursive: true });
const write = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
for (const [id, article] of result.articles) write(join(out, 'articles', `${id}.json`), article);
for (const [id, excerpts] of result.excerpts) write(join(out, 'excerpts', `${id}.json`), excerpts);
write(join(out, 'topics.json'), result.topics);
const count = [...result.excerpts.values()].reduce((n, list) => n + list.length, 0);
console.log(`content ×${times}: ${result.articles.size} articles, ${count} excerpts in ${values.out}`);

// The same check as the build's (content-check plugin), on the folder just written.
execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'scripts/content-check.ts')], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: out },
});
