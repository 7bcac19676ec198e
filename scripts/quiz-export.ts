/**
 * Prints the answer key as a Moodle quiz, for a question bank in Éléa or any Moodle:
 *   npm run --silent quiz:export -- --format moodle-xml --lang fr > corrige.moodle.xml
 *   npm run --silent quiz:export -- --format gift --lang en > answer-key.gift.txt
 * `--lesson L1…` limits it to a lesson's excerpts, in the lesson's order. One question per
 * excerpt (see src/core/lms/quiz.ts); the count goes to stderr. Refuses invalid content.
 */
import { parseArgs } from 'node:util';
import { decodeLessonCode } from '../src/core/lessons';
import { gift, moodleXml, quizQuestions } from '../src/core/lms';
import { quizLabelsFromLocales } from './lib/quiz-labels';
import { checkContentFiles, formatProblem } from './lib/read-content';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'moodle-xml' }, lang: { type: 'string', default: 'fr' }, lesson: { type: 'string' } },
});
const format = values.format;
const language = values.lang;
if ((format !== 'moodle-xml' && format !== 'gift') || (language !== 'fr' && language !== 'en')) {
  console.error('quiz export: --format moodle-xml|gift and --lang fr|en');
  process.exit(2);
}
const { bundle, problems } = checkContentFiles();
if (!bundle) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`quiz export: refused — ${problems.length} problem(s); see npm run content:check`);
  process.exit(1);
}
let ids: string[] | null = null;
if (values.lesson) {
  const decoded = decodeLessonCode(values.lesson, bundle);
  if (!decoded.ok) {
    console.error(`quiz export: the lesson code cannot be read (${decoded.reason})`);
    process.exit(1);
  }
  ids = decoded.spec.excerptIds;
}
const questions = quizQuestions(bundle, ids, language, quizLabelsFromLocales(language));
process.stdout.write(format === 'gift' ? gift(questions) : moodleXml(questions));
console.error(`quiz export: ${questions.length} questions (${format}, ${language})`);
