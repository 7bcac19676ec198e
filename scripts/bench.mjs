// The speed and weight of the game, measured in Debian's Chromium against two reference pages
// the repo builds itself (bench/: a bare Phaser page and a bare Preact page). One run prints:
//   - menu usable: the first frame in which the Play button is visible and is what a click at its
//     centre hits, as a ratio to each reference page, over cold loads alternated in pairs
//     (median and spread), at CPU ×1, CPU ×4 and on emulated slow 4G; beside them, the same menu
//     as a page without any script (staticMenuPage): what this menu costs the browser at the least;
//   - bytes before the menu, per file (raw, gzip, brotli), counting only what the menu loads;
//   - a returning player's menu (`returning`): cold loads of a profile with a round to resume, the
//     time until its menu is usable and the JS that menu waited for;
//   - first visit: the bytes the server sends for one cold visit, service worker included, and
//     any file sent twice;
//   - idle main-thread CPU per second on the menu, play and results screens (CPU ×1 and ×4);
//   - key → feedback painted (p50/p95, rAF marks in the page), and heap, listeners and DOM
//     nodes after 0, 10, 100 and 300 answers (--answers N for more), growth per answer between them;
//   - content ×10 (`content10`): the game built from a synthetic content ten times as large
//     (scripts/content-multiply.ts, into .scratch/dist-x10), its menu usable as a ratio to this
//     build's in the same alternated cold loads (CPU ×1, ×4, slow 4G), and whether it stays
//     offline-capable: every content chunk in the service worker's precache, and a cold visit then
//     a reload offline that plays a whole round;
//   - Lighthouse (mobile) scores when the `lighthouse` package is installed. It is not a
//     dependency (201 packages, 186 MB: it would slow every `npm ci` of CI for a figure only the
//     bench prints): `npm i --no-save lighthouse@12` adds it (12.x runs on Node 20; 13 wants Node 22).
// The server is on loopback, serves the precompressed .br/.gz files of dist/ (compressing on
// the fly when there are none) and long-lived caching for assets/, as the README advises.
//
//   npm run bench                    builds the game and the reference pages, then measures
//   node scripts/bench.mjs --no-build [--pairs 9] [--dist DIR] [--compare OTHER_DIST] [--only sizes,menu,returning,visit,content10,idle,play,lighthouse] [--answers 600] [--lighthouse-json DIR]
//   npm run bench -- --lighthouse    Lighthouse only (says how to install it when it is missing)
// Timings on a shared machine are noisy: compare figures of one run, never across runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const gameDist = resolve(option('dist', 'dist'));
const benchDist = resolve('dist-bench');
// Another build of the game (e.g. main's, before a change) measured in the same alternated runs.
const compareDist = option('compare', null) && resolve(option('compare'));
const pairs = Number(option('pairs', 9));
// How long the play part goes on (300 is the target's; more shows where compiled code levels off).
const answersTarget = Math.max(300, Number(option('answers', 300)));
const lighthouseOnly = args.includes('--lighthouse');
const only = option('only', lighthouseOnly ? 'lighthouse' : 'sizes,menu,returning,visit,content10,idle,play,lighthouse').split(',');
// The game built from the synthetic ×10 content (the content10 part builds it).
const x10Content = '.scratch/content-x10';
const x10Dist = resolve('.scratch/dist-x10');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!args.includes('--no-build')) {
  console.log('building the game and the reference pages…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts'], { stdio: 'inherit' });
}

// ---------- sizes ----------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizeCache = new Map();
function sizes(path) {
  if (!sizeCache.has(path)) {
    const bytes = readFileSync(path);
    sizeCache.set(path, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(path);
}
const median = (list) => {
  const sorted = list.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (all, q) => {
  const list = all.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return list[Math.min(list.length - 1, Math.floor(q * list.length))];
};

// ---------- the server: loopback, compression, caching headers, bytes counted ----------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.wav']);
const served = { bytes: 0, files: [] };
const onTheFly = new Map();
function encoded(file, encoding) {
  if (existsSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`)) return readFileSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`);
  const key = `${file}:${encoding}`;
  if (!onTheFly.has(key)) {
    const bytes = readFileSync(file);
    onTheFly.set(key, encoding === 'br' ? brotliCompressSync(bytes) : gzipSync(bytes));
  }
  return onTheFly.get(key);
}
// Off for the "uncompressed server" loads (a school server that sends files as they are).
let compression = true;
let cacheAssets = true;
/**
 * The game's page with the French menu drawn at build time as plain HTML in #ui, its stylesheets, and
 * no script or preload: the floor for this menu (its elements and its CSS), however light the game's
 * code before it. Its ratio to the bare Preact page is what the menu itself costs; the game's ratio
 * to it, what the game adds (the shell, its storage read, the preloads on their way).
 */
function staticMenuPage() {
  const page = readFileSync(join(gameDist, 'index.html'), 'utf8');
  const menu = /<script type="text\/html" id="menu-shell-fr">([\s\S]*?)<\/script>/.exec(page)?.[1];
  const spinner = '<div id="ui" class="ui" aria-busy="true"><div class="boot-spinner"></div></div>';
  if (!menu || !page.includes(spinner))
    throw new Error(`${gameDist}/index.html: no menu drawn at build time, or #ui is not the spinner the static menu page replaces`);
  return page
    .replace(/<script\b[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="preload"[^>]*>\s*/g, '')
    .replace(spinner, `<div id="ui" class="ui" data-menu-shell="fr">${menu}</div>`);
}
// Written once, then served like any file (compressed once, cached): nothing extra in its measured loads.
const staticMenuDir = resolve('.scratch/static-menu');
mkdirSync(staticMenuDir, { recursive: true });
writeFileSync(join(staticMenuDir, 'index.html'), staticMenuPage());

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  const [rootDir, rest] = url.pathname.startsWith('/ref/')
    ? [benchDist, url.pathname.slice(4)]
    : compareDist && url.pathname.startsWith('/base/')
      ? [compareDist, url.pathname.slice(5)]
      : url.pathname.startsWith('/x10/')
        ? [x10Dist, url.pathname.slice(4)]
        : url.pathname === '/static/'
          ? [staticMenuDir, '/']
          : url.pathname.startsWith('/static/')
            ? [gameDist, url.pathname.slice(7)]
            : [gameDist, url.pathname];
  let file = normalize(join(rootDir, decodeURIComponent(rest)));
  if (!file.startsWith(rootDir)) return response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return response.writeHead(404).end();
  const ext = extname(file);
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    'cache-control': cacheAssets && /\/assets\//.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const etag = `"${statSync(file).mtimeMs.toString(36)}-${statSync(file).size.toString(36)}"`;
  headers.etag = etag;
  if (request.headers['if-none-match'] === etag) {
    served.bytes += 100;
    served.files.push({ path: url.pathname, bytes: 0 });
    return response.writeHead(304, headers).end();
  }
  const accepts = String(request.headers['accept-encoding'] ?? '');
  let body = readFileSync(file);
  if (compression && compressible.has(ext)) {
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      body = encoded(file, encoding);
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    }
  }
  headers['content-length'] = body.length;
  served.bytes += body.length + 300;
  served.files.push({ path: url.pathname, bytes: body.length });
  response.writeHead(200, headers).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const pages = {
  game: { url: `${origin}/`, play: '.menu-nav button.primary' },
  phaser: { url: `${origin}/ref/phaser/`, play: 'button#play' },
  preact: { url: `${origin}/ref/preact/`, play: 'button#play' },
  static: { url: `${origin}/static/`, play: '.menu-nav button.primary' },
  base: { url: `${origin}/base/`, play: '.menu-nav button.primary' },
  x10: { url: `${origin}/x10/`, play: '.menu-nav button.primary' },
};

const browser = await chromium.launch({
  executablePath: chrome,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

// Runs in the page from its first script: on every frame, is the Play button visible and hit by a click at its centre?
function watchUsable(selector) {
  const check = () => {
    const button = document.querySelector(selector);
    if (button && !button.disabled) {
      const r = button.getBoundingClientRect();
      const hit = r.width > 0 && r.height > 0 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && (hit === button || button.contains(hit))) {
        window.__usable = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Waits (30 s at most, then goes on) until the game has set this performance mark. */
const markSet = (page, name) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: 30_000 }).catch(() => null);

async function coldPage({ cpu = 1, network = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page, cdp };
}

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * The value of `expression` in the page once it has one (polled every 50 ms), or undefined after
 * `timeoutMs`; asked through the DevTools protocol itself. Playwright's waitForFunction would first
 * inject its own script into the page: 25 ms of the main thread at CPU ×1 and 100 at ×4 (traced),
 * counted in the very load being measured.
 */
async function untilInPage(cdp, expression, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  const poll = `new Promise((resolve) => { const poll = () => { const value = (${expression}); if (value !== undefined && value !== null) resolve(value); else setTimeout(poll, 50); }; poll(); })`;
  while (Date.now() < deadline) {
    const late = new Promise((resolve) => setTimeout(() => resolve(null), deadline - Date.now()));
    const answer = await Promise.race([
      cdp.send('Runtime.evaluate', { expression: poll, awaitPromise: true, returnByValue: true }).catch(() => null),
      late,
    ]);
    if (answer && !answer.exceptionDetails) return answer.result.value;
    // Asked of the document being replaced by the one loading (its context then goes): again.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/** When the Play button was usable (watchUsable), in ms from navigation; undefined after 60 s. */
const usableAt = (cdp) => untilInPage(cdp, 'window.__usable');
/** The game's own menu drawn (its code started, storage read: the 'menu-ready' mark); NaN after 60 s. */
const menuReadyAt = async (cdp) => (await untilInPage(cdp, "performance.getEntriesByName('menu-ready')[0]?.startTime")) ?? Number.NaN;

async function usableTime(name, conditions) {
  const { context, page, cdp } = await coldPage(conditions);
  await page.addInitScript(watchUsable, pages[name].play);
  await page.goto(pages[name].url, { waitUntil: 'commit' });
  const usable = await usableAt(cdp);
  // A load that never becomes usable is said, and left out of the medians (NaN).
  const ms = usable ?? Number.NaN;
  if (usable === undefined) console.log(`  (${name}: the Play button was not usable after 60 s; load left out)`);
  // The game's own menu, which a first visit's menu drawn at build time comes before: said beside it, so neither hides the other.
  let ready = Number.NaN;
  if (usable !== undefined && (name === 'game' || name === 'base' || name === 'x10')) ready = await menuReadyAt(cdp);
  await context.close();
  readyTimes.get(name)?.push(ready);
  return ms;
}
/** The 'menu-ready' times of the game's loads (and the compared build's) of the setting being measured. */
const readyTimes = new Map();

const results = {};
const spread = (list) => `${quantile(list, 0.1).toFixed(2)}–${quantile(list, 0.9).toFixed(2)}`;

// ---------- bytes before the menu ----------
if (only.includes('sizes')) {
  const { context, page } = await coldPage();
  await page.addInitScript(watchUsable, pages.game.play);
  await page.goto(pages.game.url);
  await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60_000 });
  // The menu has no stage: what it asks for in the background ends with the other screens' code.
  await markSet(page, 'screens-preloaded');
  await page.waitForTimeout(1000);
  // What the page had asked for before the frame in which the menu was usable, and after it.
  const { before, after } = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, at: e.startTime }));
    const first = (list) => [...new Set(list.map((e) => e.path))];
    return { before: ['/', ...first(entries.filter((e) => e.at < window.__usable))], after: first(entries.filter((e) => e.at >= window.__usable)) };
  });
  await context.close();
  const row = (p) => {
    const s = sizes(join(gameDist, p === '/' ? 'index.html' : p));
    return { p, ...s };
  };
  const show = (list, title) => {
    console.log(`\n${title}`);
    for (const f of list.map(row))
      console.log(`  ${f.p.padEnd(58)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(9)} gz ${kb(f.br).padStart(9)} br`);
    return list.map(row);
  };
  const menuFiles = show(before, 'requested before the frame in which the menu is usable:');
  const menuJs = menuFiles.filter((f) => f.p.endsWith('.js'));
  const total = (list, key) => list.reduce((n, f) => n + f[key], 0);
  console.log(`  JS before the menu: ${kb(total(menuJs, 'raw'))} raw, ${kb(total(menuJs, 'gzip'))} gzip, ${kb(total(menuJs, 'br'))} brotli`);
  results.menuJs = { raw: total(menuJs, 'raw'), gzip: total(menuJs, 'gzip'), br: total(menuJs, 'br') };
  // A first visit's menu is drawn at build time and shown by src/shell.ts alone: the game's code is
  // requested at the same moment but the menu does not wait for it (its first click does).
  const shellJs = menuJs.filter((f) => /\/shell-[\w-]+\.js$/.test(f.p));
  if (shellJs.length > 0)
    console.log(
      `  of which the menu waited for (src/shell.ts, the menu drawn at build time): ${kb(total(shellJs, 'raw'))} raw, ${kb(total(shellJs, 'gzip'))} gzip, ${kb(total(shellJs, 'br'))} brotli; the rest was on its way, not waited for`,
    );
  show(after, 'requested after it, until the other screens’ code is in (and 1 s more):');
  const html = readFileSync(join(gameDist, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const blocking = [...head.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attributes) => /\bsrc=/.test(attributes) && !/type="module"|\bdefer\b|\basync\b/.test(attributes))
    .map((attributes) => /src="([^"]+)"/.exec(attributes)?.[1]);
  console.log(`  classic (render-blocking) scripts in <head>: ${blocking.length ? blocking.join(', ') : 'none'}`);
}

// ---------- menu usable, alternated pairs ----------
if (only.includes('menu')) {
  const settings = [
    ['CPU ×1', { cpu: 1 }],
    ['CPU ×4', { cpu: 4 }],
    ['slow 4G (brotli)', { cpu: 1, network: SLOW_4G }],
    ['slow 4G (no compr.)', { cpu: 1, network: SLOW_4G, uncompressed: true }],
  ];
  console.log(`\nmenu usable (ms from navigation; ${pairs} alternated cold loads each; ratio median and 10th–90th percentile of per-pair ratios)`);
  for (const [label, conditions] of settings) {
    const times = { game: [], phaser: [], preact: [], static: [], base: [] };
    readyTimes.set('game', []);
    readyTimes.set('base', []);
    const order = compareDist ? ['game', 'phaser', 'preact', 'static', 'base'] : ['game', 'phaser', 'preact', 'static'];
    compression = !conditions.uncompressed;
    for (let i = 0; i < pairs; i++) {
      // Rotate the order so that no page always goes first (or last) on a machine whose load changes.
      for (let k = 0; k < order.length; k++) {
        const name = order[(i + k) % order.length];
        times[name].push(await usableTime(name, conditions));
      }
    }
    const vsPhaser = times.game.map((t, i) => t / times.phaser[i]);
    const vsPreact = times.game.map((t, i) => t / times.preact[i]);
    const vsBase = times.game.map((t, i) => t / times.base[i]);
    const ms = (list) => median(list).toFixed(0).padStart(5);
    console.log(
      `  ${label.padEnd(19)} game ${ms(times.game)}  phaser ${ms(times.phaser)}  preact ${ms(times.preact)}   game/phaser ${median(vsPhaser).toFixed(2)} (${spread(
        vsPhaser,
      )}, target ≤ 0.4)   game/preact ${median(vsPreact).toFixed(2)} (${spread(vsPreact)}, target ≤ 1.5)${
        compareDist ? `   compared build ${ms(times.base)}, game/compared ${median(vsBase).toFixed(2)} (${spread(vsBase)})` : ''
      }`,
    );
    const staticVsPreact = times.static.map((t, i) => t / times.preact[i]);
    const vsStatic = times.game.map((t, i) => t / times.static[i]);
    console.log(
      `  ${''.padEnd(19)} the same menu without scripts ${ms(times.static)}, ÷ preact ${median(staticVsPreact).toFixed(2)} (${spread(staticVsPreact)}): the menu's own cost; game/it ${median(vsStatic).toFixed(2)} (${spread(vsStatic)}): what the game adds`,
    );
    const readyVsPhaser = readyTimes.get('game').map((t, i) => t / times.phaser[i]);
    console.log(
      `  ${''.padEnd(19)} the game's own menu drawn ('menu-ready') ${ms(readyTimes.get('game'))}, ÷ phaser ${median(readyVsPhaser).toFixed(2)} (${spread(readyVsPhaser)})${
        compareDist ? `, compared build ${ms(readyTimes.get('base'))}` : ''
      }`,
    );
  }
  compression = true;
}

// ---------- a returning player's menu ----------
// A player who has answered one excerpt and gone back to the menu: their menu (a round to resume,
// their career) is not the build's. Cold loads of the same profile, the browser's cache cleared and
// no service worker, so that the game's code comes over the network as on a first visit.
async function returningPlayer(conditions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', serviceWorkers: 'block' });
  const seed = await context.newPage();
  await seed.goto(pages.game.url);
  await seed.waitForSelector('body[data-ready="true"]');
  await seed.locator(pages.game.play).click();
  await answerOne(seed);
  await seed.goBack();
  await seed.getByRole('button', { name: 'Reprendre' }).waitFor();
  // The game saves the menu on screen once the frame that shows it is painted (src/app/menu-shell.ts).
  await seed.waitForFunction(() => localStorage.getItem('fop:menu-shell') === 'own', null, { timeout: 10_000 }).catch(() => null);
  await seed.close();
  const loads = [];
  for (let i = 0; i < pairs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    if (conditions.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
    if (conditions.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions.network);
    }
    // The round to resume is what its menu opens on (Menu.tsx focuses it).
    await page.addInitScript(watchUsable, '.resume button.primary');
    await page.goto(pages.game.url, { waitUntil: 'commit' });
    await usableAt(cdp);
    const ready = await menuReadyAt(cdp);
    const load = await page.evaluate(
      (readyAt) => ({
        usable: window.__usable,
        // Usable before the game's own menu was drawn: the shell drew the player's.
        shown: window.__usable < readyAt,
        before: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < window.__usable && /\.js$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname),
      }),
      ready,
    );
    loads.push({ ...load, ready });
    await page.close();
  }
  await context.close();
  return loads;
}

if (only.includes('returning')) {
  console.log(`\na returning player's menu (a round to resume; ${pairs} cold loads of the same profile, cache cleared, no service worker)`);
  for (const [label, conditions] of [
    ['CPU ×1', { cpu: 1 }],
    ['CPU ×4', { cpu: 4 }],
    ['slow 4G (brotli)', { cpu: 1, network: SLOW_4G }],
  ]) {
    const loads = await returningPlayer(conditions);
    const fromShell = loads.filter((l) => l.shown).length;
    // The scripts the menu had to run before it was usable: only the shell when it drew the player's menu.
    const waited = loads.map((l) => l.before.filter((path) => !l.shown || /\/shell-[\w-]+\.js$/.test(path)));
    const gzipOf = (paths) => paths.reduce((n, path) => n + sizes(join(gameDist, path)).gzip, 0);
    console.log(
      `  ${label.padEnd(19)} usable ${median(loads.map((l) => l.usable))
        .toFixed(0)
        .padStart(5)} ms, the game's own menu ('menu-ready') ${median(loads.map((l) => l.ready))
        .toFixed(0)
        .padStart(5)} ms; the player's menu shown before the game's code in ${fromShell} of ${loads.length} loads; JS the menu waited for ${kb(
        median(waited.map(gzipOf)),
      )} gzip (target ≤ 60 KB)`,
    );
  }
}

// ---------- first visit, with the service worker ----------
async function firstVisit(label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  served.bytes = 0;
  served.files = [];
  await page.goto(pages.game.url);
  await page.waitForSelector('body[data-ready="true"]');
  const controlled = await page
    .evaluate(async () => {
      if (!navigator.serviceWorker) return false;
      await navigator.serviceWorker.ready;
      return true;
    })
    .catch(() => false);
  await page.waitForTimeout(4000); // the precache fills, the stage and sounds load
  const full = new Map();
  for (const f of served.files.filter((f) => f.bytes > 0)) full.set(f.path, (full.get(f.path) ?? 0) + 1);
  const twice = [...full].filter(([, n]) => n > 1).map(([p, n]) => `${p} ×${n}`);
  const revalidated = served.files.filter((f) => f.bytes === 0).length;
  console.log(
    `\nfirst visit, ${label}: ${kb(served.bytes)} on the wire (brotli), ${served.files.length} responses; service worker ready: ${controlled}`,
  );
  console.log(`  files whose body was sent more than once: ${twice.length ? twice.join(', ') : 'none'}; answered "not modified": ${revalidated}`);
  // Offline after this one visit: a reload with the network cut shows the menu.
  await context.setOffline(true);
  const offline = await page
    .reload()
    .then(() => page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 }))
    .then(() => 'yes')
    .catch((e) => `NO (${e.message.split('\n')[0]})`);
  console.log(`  plays offline after it: ${offline}`);
  await context.close();
}
if (only.includes('visit')) {
  await firstVisit('assets/ cached for a year');
  cacheAssets = false;
  await firstVisit('every file "no-cache" (revalidated)');
  cacheAssets = true;
}

// ---------- content ×10: menu usable against this build, and offline ----------
/** A cold visit to `url`, then a reload with the network cut, then a whole round played: 'yes', or why not. */
async function playsOfflineRound(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    const worker = await page.evaluate(async () => {
      if (!navigator.serviceWorker) return false;
      await navigator.serviceWorker.ready;
      return true;
    });
    if (!worker) return 'no (no service worker)';
    await page.waitForTimeout(4000); // the precache fills
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    await page.locator(pages.game.play).click();
    for (let answered = 0; !(await page.getByTestId('final-score').isVisible()); answered++) {
      if (answered > 50) return 'no (the round did not end after 50 answers)';
      await page.getByTestId('score').waitFor({ timeout: 15_000 });
      await answerOne(page);
      await toNext(page);
    }
    return 'yes';
  } catch (error) {
    return `no (${String(error.message ?? error).split('\n')[0]})`;
  } finally {
    await context.close();
  }
}

if (only.includes('content10')) {
  if (!args.includes('--no-build') || !existsSync(join(x10Dist, 'index.html'))) {
    console.log('\nwriting the ×10 content and building the game from it…');
    execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-multiply.ts', '--times', '10', '--out', x10Content], {
      stdio: 'inherit',
    });
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', x10Dist], {
      stdio: 'inherit',
      env: { ...process.env, CONTENT_DIR: x10Content },
    });
  }
  const chunk = (dist, pattern) => readdirSync(join(dist, 'assets')).filter((name) => pattern.test(name));
  const gz = (dist, names) => names.reduce((n, name) => n + sizes(join(dist, 'assets', name)).gzip, 0);
  const appOf = (dist) => chunk(dist, /^app-.*\.js$/);
  console.log(
    `\ncontent ×10 (${chunk(x10Dist, /^content-.*\.js$/).length} content chunks): app chunk (the content index in it) ${kb(gz(gameDist, appOf(gameDist)))} gzip today, ${kb(
      gz(x10Dist, appOf(x10Dist)),
    )} gzip at ×10`,
  );
  console.log(`menu usable, ×10 content / today's (${pairs} alternated cold loads each; median and 10th–90th percentile of per-pair ratios)`);
  for (const [label, conditions] of [
    ['CPU ×1', { cpu: 1 }],
    ['CPU ×4', { cpu: 4 }],
    ['slow 4G (brotli)', { cpu: 1, network: SLOW_4G }],
  ]) {
    const times = { game: [], x10: [] };
    readyTimes.set('game', []);
    readyTimes.set('x10', []);
    for (let i = 0; i < pairs; i++) {
      for (const name of i % 2 ? ['x10', 'game'] : ['game', 'x10']) times[name].push(await usableTime(name, conditions));
    }
    const ratio = times.x10.map((t, i) => t / times.game[i]);
    console.log(
      `  ${label.padEnd(19)} today ${median(times.game).toFixed(0).padStart(5)}  ×10 ${median(times.x10).toFixed(0).padStart(5)}   ×10/today ${median(ratio).toFixed(2)} (${spread(
        ratio,
      )}, target ≤ 1.10)`,
    );
    // A first visit's menu is drawn at build time, whatever the content: the game's own menu (a returning player's) says what the content costs.
    const readyRatio = readyTimes.get('x10').map((t, i) => t / readyTimes.get('game')[i]);
    console.log(
      `  ${''.padEnd(19)} the game's own menu drawn ('menu-ready'): today ${median(readyTimes.get('game')).toFixed(0).padStart(5)}  ×10 ${median(
        readyTimes.get('x10'),
      )
        .toFixed(0)
        .padStart(5)}   ×10/today ${median(readyRatio).toFixed(2)} (${spread(readyRatio)})`,
    );
  }
  // Offline-capable: every content chunk in the precache (workbox leaves out a file over its size limit
  // without a word; the build fails on one, this says it again), and a round played offline.
  const worker = readFileSync(join(x10Dist, 'sw.js'), 'utf8');
  const contentChunks = chunk(x10Dist, /^content-.*\.js$/);
  const missing = contentChunks.filter((name) => !worker.includes(`assets/${name}`));
  const largest = Math.max(...contentChunks.map((name) => statSync(join(x10Dist, 'assets', name)).size));
  const precached =
    contentChunks.length > 0 && missing.length === 0
      ? `all ${contentChunks.length} content chunks precached (largest ${kb(largest)} raw, limit 3 MiB)`
      : `${missing.length} of ${contentChunks.length} content chunks not precached: ${missing.join(', ')}`;
  const round = await playsOfflineRound(pages.x10.url);
  const offline = missing.length === 0 && contentChunks.length > 0 && round === 'yes';
  console.log(`  offline: ${offline ? 'yes' : 'no'} — ${precached}; a cold visit, then a reload offline, plays a whole round: ${round}`);
}

// ---------- idle CPU per screen ----------
async function mainThreadMs(cdp, seconds) {
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const start = await read();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  return ((await read()) - start) * 1000;
}

async function answerOne(page) {
  // A category, then the confidence (when asked), then the feedback is on screen.
  await page.keyboard.press('1');
  // Whichever comes: isVisible() does not wait, and a confidence step drawn a moment later was missed (the round then waited for ever).
  const confidence = page.getByRole('group', { name: /Quelle confiance/ });
  const feedback = page.getByTestId('feedback');
  await confidence.or(feedback).first().waitFor();
  if (await confidence.isVisible()) await page.keyboard.press('3');
  await feedback.waitFor();
}

async function toNext(page) {
  // The round's progress ("Extrait 3 sur 10"), not the excerpt's text: the synthetic ×10 content repeats
  // texts, and two equal excerpts in a row left the wait for a new text waiting for ever.
  const before = await page.evaluate(() => document.querySelector('.hud-progress')?.textContent ?? '');
  await page.keyboard.press('n');
  // A boolean, and the handle released: a handle to the results' element would keep every
  // finished round's screen alive in the page, and the counters below would measure the bench.
  const handle = await page.waitForFunction(
    (old) =>
      document.querySelector('[data-testid="final-score"]') !== null ||
      ![null, old].includes(document.querySelector('.hud-progress')?.textContent ?? null),
    before,
  );
  await handle.dispose();
}

if (only.includes('idle')) {
  console.log('\nidle main-thread CPU (ms per second, over 4 s, after 2 s to settle)');
  for (const cpu of [1, 4]) {
    for (let run = 0; run < 2; run++) {
      const { context, page, cdp } = await coldPage({ cpu });
      await cdp.send('Performance.enable');
      await page.addInitScript(() => window.addEventListener('keydown', () => (window.__lastKeyAt = performance.now()), true));
      await page.goto(pages.game.url);
      await page.waitForSelector('body[data-ready="true"]');
      // The menu has no stage (it starts with the first round): settled once the other screens' code is in.
      await markSet(page, 'screens-preloaded');
      await page.waitForTimeout(2000);
      const menu = (await mainThreadMs(cdp, 4)) / 4;
      await page.locator(pages.game.play).click();
      await page.getByTestId('score').waitFor();
      // The stage started with this round: measured once it has drawn its first frames and gone to sleep.
      await markSet(page, 'stage-asleep');
      await page.waitForTimeout(2000);
      const play = (await mainThreadMs(cdp, 4)) / 4;
      for (let i = 0; i < 10; i++) {
        await answerOne(page);
        await toNext(page);
      }
      await page.getByTestId('final-score').waitFor();
      await page.waitForTimeout(3500); // the results bars and confetti end
      const resultsMs = (await mainThreadMs(cdp, 4)) / 4;
      // When the stage's loop last went to sleep (src/scenes/StageScene.ts marks it), from the round's last key:
      // an animation still running into the 4 s above shows here.
      const asleep = await page.evaluate(() => {
        const mark = performance.getEntriesByName('stage-asleep')[0];
        return mark ? Math.round(mark.startTime - window.__lastKeyAt) : null;
      });
      await context.close();
      const preact = await coldPage({ cpu });
      await preact.cdp.send('Performance.enable');
      await preact.page.goto(pages.preact.url);
      await preact.page.waitForSelector('button#play');
      await preact.page.waitForTimeout(2000);
      const floor = (await mainThreadMs(preact.cdp, 4)) / 4;
      await preact.context.close();
      console.log(
        `  CPU ×${cpu} run ${run + 1}: menu ${menu.toFixed(1)}  play ${play.toFixed(1)}  results ${resultsMs.toFixed(1)}  (bare Preact page ${floor.toFixed(1)}); stage asleep ${asleep ?? '–'} ms after the last key`,
      );
    }
  }
}

// ---------- key → feedback, heap over 300 answers ----------
function watchFeedback() {
  window.__keyAt = 0;
  window.__feedbackMs = [];
  window.__feedbackFrames = [];
  window.addEventListener(
    'keydown',
    (e) => {
      window.__keyAt = e.timeStamp;
      window.__keyCount = (window.__keyCount ?? 0) + 1;
      // The first frame after the key: how long the browser makes anything wait for the screen (up to a
      // frame, whatever the page does), and whether the feedback was in the DOM before that frame began.
      const key = window.__keyCount;
      window.__firstFrameDone = false;
      requestAnimationFrame(() => {
        if (window.__keyCount !== key) return;
        window.__firstFrameDone = true;
        window.__firstFrameMs = performance.now() - e.timeStamp;
      });
    },
    true,
  );
  // Event Timing: each key press whose next paint came 16 ms or more after it (the API reports no
  // faster ones), split into waiting for the main thread, our handlers, and drawing that frame.
  window.__slowKeys = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'keydown') continue;
      window.__slowKeys.push({
        total: e.duration,
        delay: e.processingStart - e.startTime,
        handlers: e.processingEnd - e.processingStart,
        paint: e.startTime + e.duration - e.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  let shown = false;
  new MutationObserver(() => {
    const now = document.querySelector('[data-testid="feedback"]') !== null;
    if (now && !shown && window.__keyAt) {
      const key = window.__keyAt;
      const inFirstFrame = !window.__firstFrameDone;
      requestAnimationFrame(() => {
        window.__feedbackMs.push(performance.now() - key);
        window.__feedbackFrames.push({ inFirstFrame, firstFrameMs: window.__firstFrameMs });
      });
    }
    shown = now;
  }).observe(document, { subtree: true, childList: true });
}

/**
 * The heap after GC split by what holds it, from a heap snapshot: compiled code (V8 compiles hot
 * functions again, optimised, as a session goes on: it grows, then levels off, and is no leak),
 * and the rest (the game's objects, strings, the DOM's wrappers: where a leak would show).
 */
async function heapByKind(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let code = 0;
  let rest = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt];
    if (types[snapshot.nodes[i + typeAt]] === 'code') code += size;
    else rest += size;
  }
  await cdp.send('HeapProfiler.disable');
  return { code, rest };
}

/**
 * One answer and on to the next excerpt, by keys, waiting through `untilInPage` only: Playwright's
 * locators run its injected script in the page (role queries, visibility checks), which then counts
 * in the heap and in the frames measured here, as in the menu loads above.
 */
async function answerByKeys(page, cdp) {
  // A game that stopped answering ends the run, as a Playwright wait did, rather than 60 s per step for ever.
  const untilShown = async (expression, what) => {
    const value = await untilInPage(cdp, expression);
    if (value === undefined) throw new Error(`play by keyboard: no ${what} within 60 s`);
    return value;
  };
  const feedbackShown = `document.querySelector('[data-testid="feedback"]') ? true : null`;
  await untilShown(
    `document.querySelector('[data-testid="score"]') && document.querySelector('.choice-grid .choice') ? true : null`,
    'excerpt to answer',
  );
  await page.keyboard.press('1');
  const step = await untilShown(`document.getElementById('confidence-question') ? 'confidence' : ${feedbackShown}`, 'confidence step or feedback');
  if (step === 'confidence') await page.keyboard.press('3');
  await untilShown(feedbackShown, 'feedback');
  const progress = `document.querySelector('.hud-progress')?.textContent ?? null`;
  const before = await untilShown(progress, 'round progress');
  await page.keyboard.press('n');
  const now = await untilShown(
    `document.querySelector('[data-testid="final-score"]') ? 'results' : ![null, ${JSON.stringify(before)}].includes(${progress}) ? 'next' : null`,
    'next excerpt or results',
  );
  if (now === 'results') {
    const again = `[...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Rejouer')`;
    await untilShown(`(() => { const again = ${again}; again?.click(); return again ? true : null; })()`, '“Rejouer” button');
  }
}

if (only.includes('play')) {
  const { context, page, cdp } = await coldPage({ cpu: 1 });
  await page.addInitScript(watchFeedback);
  await page.goto(pages.game.url);
  await page.waitForSelector('body[data-ready="true"]');
  await markSet(page, 'screens-preloaded');
  // What the page measured so far, moved out of it before each heap reading: 300 answers' worth
  // of timings kept in the page would count in the heap as the game's growth.
  const measured = { slowKeys: [], feedbackMs: [], feedbackFrames: [] };
  const drainMeasured = async () => {
    const batch = await page.evaluate(() => {
      const out = { slowKeys: window.__slowKeys, feedbackMs: window.__feedbackMs, feedbackFrames: window.__feedbackFrames };
      window.__slowKeys = [];
      window.__feedbackMs = [];
      window.__feedbackFrames = [];
      return out;
    });
    for (const name of Object.keys(measured)) measured[name].push(...batch[name]);
  };
  const counters = async (answers) => {
    await drainMeasured();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const dom = await cdp.send('Memory.getDOMCounters');
    console.log(
      `  after ${String(answers).padStart(3)} answers: heap ${(heap / 1048576).toFixed(2)} MB, listeners ${dom.jsEventListeners}, DOM nodes ${dom.nodes}`,
    );
    return { heap, listeners: dom.jsEventListeners, nodes: dom.nodes };
  };
  console.log('\nplay by keyboard (CPU ×1)');
  const seen = { 0: await counters(0) };
  await page.locator(pages.game.play).click();
  let answers = 0;
  const kinds = {};
  // 10: one round played and its results shown, so the play and results screens, the stage's
  // scenes and their code exist once; growth is counted from there. Past 300 (--answers), one more
  // checkpoint shows whether compiled code keeps growing or levels off.
  const checkpoints = [10, 100, 300, ...(answersTarget > 300 ? [answersTarget] : [])];
  for (const target of checkpoints) {
    while (answers < target) {
      await answerByKeys(page, cdp);
      answers++;
    }
    seen[answers] = await counters(answers);
    kinds[answers] = await heapByKind(cdp);
  }
  console.log(
    `  growth from 10 to 300 answers: heap ${((seen[300].heap - seen[10].heap) / 1048576).toFixed(2)} MB (target under 1), listeners ${
      seen[300].listeners - seen[10].listeners
    }, DOM nodes ${seen[300].nodes - seen[10].nodes} (target 0)`,
  );
  const mb = (bytes) => (bytes / 1048576).toFixed(2);
  console.log(
    `  of which, by heap snapshot: compiled code ${mb(kinds[300].code - kinds[10].code)} MB (V8 optimising hot functions), everything else ${mb(
      kinds[300].rest - kinds[10].rest,
    )} MB (objects, strings, DOM wrappers: where a leak would show)`,
  );
  // A leak grows at a steady rate per answer; code V8 compiles as functions get hot grows ever slower.
  for (let i = 1; i < checkpoints.length; i++) {
    const [from, to] = [checkpoints[i - 1], checkpoints[i]];
    const perAnswer = (bytes) => `${(bytes / 1024 / (to - from)).toFixed(2)} KB`;
    console.log(
      `  per answer from ${from} to ${to}: compiled code ${perAnswer(kinds[to].code - kinds[from].code)}, everything else ${perAnswer(kinds[to].rest - kinds[from].rest)}`,
    );
  }
  const slow = measured.slowKeys;
  const keys = await page.evaluate(() => window.__keyCount);
  const p = (field, q) =>
    slow.length
      ? quantile(
          slow.map((k) => k[field]),
          q,
        ).toFixed(1)
      : '–';
  console.log(
    `  key presses with their next paint 16 ms or more after them (Event Timing): ${slow.length} (of ${keys} keys pressed); of those, p50 / p95: total ${p('total', 0.5)} / ${p('total', 0.95)} ms = waiting for the main thread ${p('delay', 0.5)} / ${p('delay', 0.95)}, the game's handlers ${p('handlers', 0.5)} / ${p('handlers', 0.95)}, drawing the frame ${p('paint', 0.5)} / ${p('paint', 0.95)}`,
  );
  const ms = measured.feedbackMs;
  console.log(
    `  key → feedback painted (rAF after the feedback is in the DOM), ${ms.length} answers: p50 ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms`,
  );
  const frames = measured.feedbackFrames;
  const waits = frames.map((f) => f.firstFrameMs).filter((v) => v !== undefined);
  console.log(
    `  of which the wait for the browser's next frame, which no page can shorten: p50 ${quantile(waits, 0.5).toFixed(1)} ms, p95 ${quantile(waits, 0.95).toFixed(1)} ms; feedback in the first frame after the key: ${
      frames.filter((f) => f.inFirstFrame).length
    } of ${frames.length} answers`,
  );
  await context.close();
}

await browser.close();

// ---------- Lighthouse, when installed ----------
if (only.includes('lighthouse')) {
  let lighthouse = null;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch {
    console.log(
      '\nLighthouse: not installed. It is no dependency of the game: `npm i --no-save lighthouse@12` (12.x runs on Node 20), then `npm run bench -- --lighthouse`.',
    );
    if (lighthouseOnly) process.exitCode = 1;
  }
  if (lighthouse) {
    const { launch } = await import('chrome-launcher');
    const scores = [];
    for (let i = 0; i < 3; i++) {
      const instance = await launch({ chromePath: chrome, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      const result = await lighthouse(pages.game.url, { port: instance.port, output: 'json', logLevel: 'error' });
      // `--lighthouse-json DIR` keeps each run's report (which metrics and tasks cost the points).
      if (option('lighthouse-json', null)) {
        mkdirSync(option('lighthouse-json'), { recursive: true });
        writeFileSync(join(option('lighthouse-json'), `lighthouse-${i + 1}.json`), JSON.stringify(result.lhr));
      }
      const c = result.lhr.categories;
      // What keeps accessibility or best practices under 100, by audit id (the report explains each).
      const failing = ['accessibility', 'best-practices'].flatMap((id) =>
        c[id].auditRefs.filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      );
      // The metrics behind the performance score (simulated slow 4G, CPU x4), to see which one costs the points.
      const m = result.lhr.audits.metrics?.details?.items?.[0];
      const metrics = m
        ? ` — FCP ${Math.round(m.firstContentfulPaint)} ms, LCP ${Math.round(m.largestContentfulPaint)} ms, speed index ${Math.round(m.speedIndex)} ms, TBT ${Math.round(m.totalBlockingTime)} ms, CLS ${m.cumulativeLayoutShift.toFixed(3)}`
        : '';
      scores.push(
        `performance ${Math.round(c.performance.score * 100)}, accessibility ${Math.round(c.accessibility.score * 100)}, best practices ${Math.round(c['best-practices'].score * 100)}${
          failing.length ? ` (failing: ${failing.join(', ')})` : ''
        }${metrics}`,
      );
      await instance.kill();
    }
    console.log(`\nLighthouse (mobile, 3 runs):\n  ${scores.join('\n  ')}`);
  }
}

server.close();
