// The slowest browser tests of a Playwright JSON report, and the time per spec file:
//   node scripts/e2e-slowest.mjs [reports/e2e.json …] [--top 15]
// Several reports (one per spec file run alone) are added up as one run.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const files = args.filter((a, i) => !a.startsWith('--') && i !== topAt + 1);
if (files.length === 0) files.push('reports/e2e.json');

const tests = [];
function walk(suite, file) {
  const here = suite.file ?? file;
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      for (const result of test.results)
        tests.push({ file: here, title: spec.title, project: test.projectName, ms: result.duration, status: result.status });
  for (const child of suite.suites ?? []) walk(child, here);
}
let wall = 0;
for (const path of files) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  wall += report.stats?.duration ?? 0;
  for (const suite of report.suites ?? []) walk(suite, suite.file);
}

const s = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const byFile = new Map();
for (const t of tests) byFile.set(t.file, (byFile.get(t.file) ?? 0) + t.ms);
const total = tests.reduce((n, t) => n + t.ms, 0);
console.log(`${tests.length} tests, ${s(total)} of test time in all, ${s(wall)} of wall time${files.length > 1 ? ` over ${files.length} runs` : ''}`);
console.log(`\nslowest ${Math.min(top, tests.length)} tests:`);
for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, top))
  console.log(
    `  ${s(t.ms)}  ${t.file} › ${t.title}${t.project === 'build' ? '' : ` [${t.project}]`}${t.status === 'passed' ? '' : ` (${t.status})`}`,
  );
console.log('\nper spec file:');
for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`  ${s(ms)}  ${file}`);
