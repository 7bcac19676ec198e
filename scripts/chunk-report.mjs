// What the JavaScript before the menu is made of: builds the game with source maps into a
// scratch folder, then prints for each chosen chunk its bytes (raw and gzip) per source module and
// per package, read from the minified output through its source map (what the browser gets, not
// the source). A module's gzip figure is an estimate: the chunk's real gzip size shared out in
// proportion to what each module's bytes compress to alone.
//
//   node scripts/chunk-report.mjs                 the chunks the page starts with (its <script> and
//                                                 preloads) and the menu's own lazy chunks
//   node scripts/chunk-report.mjs --chunks app,content-000 --top 40 [--no-build] [--dir DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = resolve(option('dir', join(tmpdir(), `chunk-report-${process.getuid?.() ?? 'user'}`)));
const top = Number(option('top', 25));
// Loaded before the menu but not named by index.html: the menu's texts in its language. (The
// content's texts come after the menu has painted: services/content.ts, issue #15.)
const extra = option('chunks', null);

if (!args.includes('--no-build')) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--sourcemap', '--outDir', dir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NO_PRECOMPRESS: '1' },
  });
}

const assets = join(dir, 'assets');
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
const chunkName = (file) => file.replace(/-[\w-]{8}\.js$/, '');
let chosen;
if (extra) {
  const names = extra.split(',');
  chosen = files.filter((f) => names.includes(chunkName(f)));
} else {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  chosen = [...named, ...files.filter((f) => chunkName(f) === 'locale-fr-menu' && !named.includes(f))];
}

// ---------- source map mappings (base64 VLQ), decoded here rather than through a transitive dependency ----------
const base64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decodeLine(line) {
  const segments = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const c of text) {
      const digit = base64[c];
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(values);
  }
  return segments;
}

/** The output bytes of a chunk shared out to its sources: source path → the text it produced. */
function attribute(file) {
  const code = readFileSync(join(assets, file), 'utf8');
  const map = JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8'));
  const lines = code.split('\n');
  const bySource = new Map();
  const add = (source, text) => bySource.set(source, (bySource.get(source) ?? '') + text);
  let source = 0;
  map.mappings.split(';').forEach((mapping, row) => {
    const line = lines[row] ?? '';
    let column = 0;
    let from = 0;
    let owner = null;
    for (const values of decodeLine(mapping)) {
      column += values[0];
      add(owner ?? '(unmapped)', line.slice(from, column));
      if (values.length > 1) source += values[1];
      owner = values.length > 1 ? (map.sources[source] ?? '(unmapped)') : null;
      from = column;
    }
    add(owner ?? '(unmapped)', `${line.slice(from)}\n`);
    // A segment's generated column restarts at 0 on each line; the source index carries over.
  });
  return { code, bySource };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const clean = (source) => {
  const path = resolve(assets, source);
  return path.startsWith(process.cwd()) ? relative(process.cwd(), path) : source;
};
/** node_modules/<package>, src/<first two folders>, locales/<lang>, assets/content, or the path itself. */
function groupOf(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `npm:${pkg[1]}`;
  const src = /^src\/([^/]+)(?:\/([^/]+)\/)?/.exec(path);
  if (src) return `src/${src[1]}${src[2] ? `/${src[2]}` : ''}`;
  const locale = /^locales\/(\w+)\//.exec(path);
  if (locale) return `locales/${locale[1]}`;
  return path.startsWith('assets/content/') ? 'assets/content' : path;
}

let total = { raw: 0, gzip: 0 };
for (const file of chosen) {
  if (!existsSync(join(assets, `${file}.map`))) continue;
  const { code, bySource } = attribute(file);
  const chunkGzip = gzipSync(code, { level: 9 }).length;
  const rows = [...bySource].map(([source, text]) => ({
    path: clean(source),
    raw: Buffer.byteLength(text),
    alone: gzipSync(text, { level: 9 }).length,
  }));
  const aloneSum = rows.reduce((n, r) => n + r.alone, 0);
  for (const row of rows) row.gzip = (row.alone / aloneSum) * chunkGzip;
  const raw = Buffer.byteLength(code);
  total = { raw: total.raw + raw, gzip: total.gzip + chunkGzip };
  console.log(`\n${file}: ${kb(raw)} raw, ${kb(chunkGzip)} gzip`);
  const groups = new Map();
  for (const row of rows) {
    const g = groups.get(groupOf(row.path)) ?? { raw: 0, gzip: 0, modules: 0 };
    groups.set(groupOf(row.path), { raw: g.raw + row.raw, gzip: g.gzip + row.gzip, modules: g.modules + 1 });
  }
  console.log('  by package or folder:');
  for (const [group, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw))
    console.log(`    ${group.padEnd(44)} ${kb(g.raw).padStart(9)} raw ${kb(g.gzip).padStart(8)} gz  (${g.modules} modules)`);
  console.log(`  largest modules (of ${rows.length}):`);
  for (const row of rows.sort((a, b) => b.raw - a.raw).slice(0, top))
    console.log(`    ${row.path.padEnd(64)} ${kb(row.raw).padStart(9)} raw ${kb(row.gzip).padStart(8)} gz`);
}
console.log(`\nall of them: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip (${chosen.join(', ')})`);
