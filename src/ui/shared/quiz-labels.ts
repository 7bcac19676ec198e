import { CATEGORIES, type Category } from '../../core/categories';
import type { QuizLabels } from '../../core/lms';
import type { Translate } from './i18n';

/** The words a Moodle quiz adds around the content, in the game's language. */
export function quizLabels(t: Translate): QuizLabels {
  return {
    category: Object.fromEntries(CATEGORIES.map((c) => [c, t(`common:category.${c}`)])) as Record<Category, string>,
    prompt: t('lms:quiz.prompt'),
    right: t('lms:quiz.right'),
    // The placeholders are the core's to fill: kept as they are written in the locales.
    wrong: t('lms:quiz.wrong', { chosen: '{{chosen}}', right: '{{right}}' }),
    passage: t('lms:quiz.passage', { source: '{{source}}' }),
    translation: t('lms:quiz.translation'),
    bank: t('lms:quiz.bank'),
  };
}
