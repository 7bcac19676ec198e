/**
 * Prints the answer key (format documented in src/core/content/export.ts) as one JSON
 * array on stdout, for teachers and reviewers:  npm run --silent content:export > key.json
 * Refuses invalid content: problems go to stderr, nothing to stdout, exit 1.
 * `-- --no-minimums` exports content still being written, for review before it is complete.
 */
import { exportAnswerKey } from '../src/core/content/export';
import { checkContentFiles, formatProblem } from './lib/read-content';

const { bundle, problems } = checkContentFiles({ minimums: !process.argv.includes('--no-minimums') });

if (!bundle || problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content export: refused — ${problems.length} problem(s); see npm run content:check`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(exportAnswerKey(bundle), null, 2)}\n`);
