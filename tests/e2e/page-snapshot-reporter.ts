/**
 * Prints, under a failed test, what its page showed when it failed (the accessibility snapshot
 * Playwright writes to error-context.md). CI keeps only the log, not test-results/: without this
 * a failure seen once there says which assertion failed but not which screen was on show.
 */
import { readFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const MAX_CHARS = 6000;

export default class PageSnapshotReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped') return;
    const context = result.attachments.find((a) => a.name === 'error-context' && a.path);
    if (!context?.path) return;
    let text: string;
    try {
      text = readFileSync(context.path, 'utf8');
    } catch {
      return;
    }
    // The page's accessibility tree: under "# Page snapshot", or beside the error of an assertion
    // on a locator (Playwright then writes it there instead).
    const snapshot = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    if (!snapshot) return;
    const shown = snapshot.length > MAX_CHARS ? `${snapshot.slice(0, MAX_CHARS)}\n… (${snapshot.length - MAX_CHARS} more characters)` : snapshot;
    console.log(`\nWhat the page showed when "${test.title}" failed:\n${shown}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
