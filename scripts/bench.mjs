// Prints the production bundle's weight (raw and gzip) and the time from navigation to
// the menu being ready, measured in Debian's Chromium over several loads.
// Run after `npm run build`:  node scripts/bench.mjs [loads]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const dist = 'dist';
const loads = Number(process.argv[2] ?? 5);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist).map((path) => {
  const bytes = readFileSync(path);
  return { path: path.slice(dist.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
const js = files.filter((f) => f.path.endsWith('.js'));
console.log('bundle (dist/):');
for (const f of files.filter((f) => /\.(js|css|html)$/.test(f.path)).sort((a, b) => b.raw - a.raw)) {
  console.log(`  ${f.path.padEnd(42)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
}
console.log(`  JavaScript total: ${kb(sum(js, 'raw'))} raw, ${kb(sum(js, 'gzip'))} gzip`);
console.log(
  `  JavaScript before the menu (without the Phaser chunk): ${kb(
    sum(
      js.filter((f) => !f.path.includes('phaser')),
      'raw',
    ),
  )} raw, ${kb(
    sum(
      js.filter((f) => !f.path.includes('phaser')),
      'gzip',
    ),
  )} gzip`,
);
console.log(`  everything (with fonts and sounds): ${kb(sum(files, 'raw'))} raw, ${kb(sum(files, 'gzip'))} gzip`);

const port = 4199;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
try {
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
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
  const menu = [];
  const stage = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext(); // a cold cache each time, like a first visit
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#stage canvas', { timeout: 15000 }).catch(() => null);
    const marks = await page.evaluate(() => ({
      menu: performance.getEntriesByName('menu-ready')[0]?.startTime ?? NaN,
      stage: performance.getEntriesByName('stage-ready')[0]?.startTime ?? NaN,
    }));
    menu.push(marks.menu);
    stage.push(marks.stage);
    await context.close();
  }
  await browser.close();
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`load to menu ready (median of ${loads} cold loads): ${median(menu).toFixed(0)} ms  [${menu.map((m) => m.toFixed(0)).join(', ')}]`);
  console.log(`load to animated stage ready (median): ${median(stage).toFixed(0)} ms`);
} finally {
  server.kill();
}
