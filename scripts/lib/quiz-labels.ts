/** The quiz's words read from the locales, as the game's quizLabels() gives them (for the scripts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/core/content/prose';
import type { QuizLabels } from '../../src/core/lms';
import { REPO_ROOT } from './read-content';

export function quizLabelsFromLocales(language: Language): QuizLabels {
  const read = (ns: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'locales', language, `${ns}.json`), 'utf8'));
  const { quiz } = read('lms');
  return { ...quiz, category: read('common').category };
}
