/**
 * Checks the content against the schema, the articles and the minimum counts.
 *   npm run content:check                  everything (run by `npm run build`)
 *   npm run content:check -- --no-minimums while excerpts are still being written
 * Exits 1 and lists every problem as `file id: message` when anything is wrong.
 */
import { checkContentFiles, formatProblem } from './lib/read-content';

const minimums = !process.argv.includes('--no-minimums');
const { bundle, problems } = checkContentFiles({ minimums });

if (bundle && problems.length === 0) {
  const note = minimums ? '' : ' (minimum counts not checked)';
  console.log(`content check: OK — ${bundle.excerpts.length} excerpts in ${bundle.articles.length} articles${note}`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.some((p) => /^text not found verbatim|^clue «.*» is not at/.test(p.message))) {
    console.error('hint: `npm run content:locate` fills in positions and clue offsets from the texts');
  }
  console.error(`content check: FAILED — ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
