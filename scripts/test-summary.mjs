// Adds up the vitest and Playwright JSON reports into one closing line CI can read.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
// Arguments: unit report, e2e report, and each runner's exit status (a runner that failed
// before running any test, e.g. a busy port, still counts as a failure).
const [unitFile, e2eFile, unitStatus = '0', e2eStatus = '0'] = process.argv.slice(2);
if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  // A test file that fails to load has no failed test in it: count the file.
  failed += (unit.numFailedTests ?? 0) || (unit.numFailedTestSuites ?? 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else failed += 1;
if (e2eFile && existsSync(e2eFile)) {
  const stats = JSON.parse(readFileSync(e2eFile, 'utf8')).stats ?? {};
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  skipped += stats.skipped ?? 0;
} else failed += 1;
if (Number(unitStatus) !== 0 && failed === 0) failed += 1;
if (Number(e2eStatus) !== 0 && failed === 0) failed += 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
