/**
 * The game and a school's platform: the answer key (or a lesson's excerpts) exported as a Moodle
 * quiz. The files are made here, from the content, in the language of the game; the effects
 * module hands them to the browser as downloads.
 */
import type { ContentBundle } from '../content/schema';
import { gift, lmsConfigText, lmsRound, moodleXml, type QuizLabels, quizFileName, quizQuestions } from '../lms';
import type { GameAction } from './actions';
import { lessonFileName, openLesson } from './lessons';
import type { ModeRules } from './modes';
import type { GameState } from './state';
import { changed, type Step, unchanged } from './step';

export type QuizFormat = 'moodle-xml' | 'gift';

type LmsAction = Extract<GameAction, { type: 'export-quiz' | 'export-scorm' | 'scorm-package-made' }>;

export function reduceLms(state: GameState, action: LmsAction, content: ContentBundle): Step {
  switch (action.type) {
    case 'export-quiz': {
      const language = state.settings.language;
      const lesson = action.lessonId === null ? null : state.lessons.list.find((l) => l.id === action.lessonId);
      if (lesson === undefined) return unchanged(state);
      const questions = quizQuestions(content, lesson ? lesson.spec.excerptIds : null, language, action.labels);
      if (questions.length === 0) return unchanged(state);
      const slug = lesson ? lessonFileName(lesson).replace(/\.json$/, '') : language === 'fr' ? 'corrige' : 'answer-key';
      const fileName = quizFileName(slug, language, action.format);
      const text = action.format === 'gift' ? gift(questions) : moodleXml(questions);
      const mime = action.format === 'gift' ? 'text/plain;charset=utf-8' : 'application/xml;charset=utf-8';
      return changed(lesson ? { ...state, lessons: { ...state.lessons, status: { kind: 'exported', file: fileName } } } : state, {
        type: 'download-text',
        fileName,
        text,
        mime,
      });
    }
    case 'export-scorm': {
      const lesson = state.lessons.list.find((l) => l.id === action.lessonId);
      const open = lesson ? openLesson(lesson, content) : null;
      if (!lesson || !open || state.lessons.status?.kind === 'packaging') return unchanged(state);
      const pass = Number.isFinite(action.passPercent) ? Math.max(0, Math.min(100, Math.round(action.passPercent))) : 0;
      return changed(
        { ...state, lessons: { ...state.lessons, status: { kind: 'packaging' } } },
        {
          type: 'make-scorm-package',
          fileName: lessonFileName(lesson).replace(/\.json$/, '-scorm.zip'),
          lms: lmsConfigText({ code: open.code, name: lesson.name }, pass),
          title: `Fait ou propagande ? — ${lesson.name}`,
          identifier: `fait-ou-propagande-${open.code}`,
          passPercent: pass > 0 ? pass : null,
        },
      );
    }
    case 'scorm-package-made':
      return changed({
        ...state,
        lessons: {
          ...state.lessons,
          status: action.file === null ? { kind: 'package-failed', reason: action.reason } : { kind: 'exported', file: action.file },
        },
      });
  }
}

export type { QuizLabels };

/** The LMS's rules, loaded with the screens that export to a platform or by a launch inside one (modes.ts). */
export const lmsRules: ModeRules = {
  mode: 'lms',
  reduce(state, action, { content, play }) {
    switch (action.type) {
      case 'start-lms-round': {
        const round = lmsRound(content, action.config, action.suspend, { seed: action.seed, at: action.at, size: state.settings.roundSize });
        // A package made for another version of the content: the join screen says so, as for a lesson link.
        if (!round) return changed({ ...state, screen: 'join', lessons: { ...state.lessons, joinError: 'other-content' } });
        return play(state, round);
      }
      case 'export-quiz':
      case 'export-scorm':
      case 'scorm-package-made':
        return reduceLms(state, action, content);
      default:
        return unchanged(state);
    }
  },
};
