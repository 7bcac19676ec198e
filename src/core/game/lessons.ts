/**
 * The lessons' part of the game: the teacher's lessons and class reports on this device, the
 * results collected, and a pupil playing a lesson on their own device. Codes are made and read
 * here (core/lessons); storage, files, QR codes and the camera are the effects module's.
 */
import * as v from 'valibot';
import { DEFAULT_CLASS_ROUND_SIZE } from '../classroom';
import type { ContentBundle } from '../content/schema';
import type { ExcerptKeys } from '../content/content-index';
import {
  type CollectedResult,
  cleanLessonName,
  cleanNickname,
  codeLines,
  collectResults,
  decodeLessonCode,
  decodeResultCode,
  type DecodedLesson,
  encodeLessonCode,
  type Lesson,
  LessonSpecSchema,
  lessonRound,
  missingExcerpts,
  type ReportRecord,
} from '../lessons';
import type { GameAction } from './actions';
import type { GameEffect } from './effects';
import type { ModeRules } from './modes';
import { changed, type Step, unchanged } from './step';
import { type GameState, type LessonsState, type OpenLesson, sortNewest, startPlaying } from './state';

export const LESSON_FILE_FORMAT = 'fait-ou-propagande/lesson';

const LessonFileSchema = v.object({
  format: v.literal(LESSON_FILE_FORMAT),
  version: v.literal(1),
  name: v.string(),
  code: v.string(),
});

/** The file a lesson is exported to: its name and its code (the code alone defines it, against the content). */
export function lessonFileText(lesson: Lesson, content: ExcerptKeys): string {
  return `${JSON.stringify({ format: LESSON_FILE_FORMAT, version: 1, name: lesson.name, code: encodeLessonCode(lesson.spec, content), spec: lesson.spec }, null, 2)}\n`;
}

export function lessonFileName(lesson: Lesson): string {
  const slug =
    lesson.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'lecon';
  return `lecon-${slug}.json`;
}

/** A lesson of the list, opened against this device's content; null when its excerpts are gone. */
export function openLesson(lesson: Lesson, content: ExcerptKeys): OpenLesson | null {
  try {
    const code = encodeLessonCode(lesson.spec, content);
    const decoded = decodeLessonCode(code, content);
    return decoded.ok
      ? { code: decoded.code, name: lesson.name, spec: decoded.spec, checksum: decoded.checksum, contentVersion: decoded.contentVersion }
      : null;
  } catch {
    return null;
  }
}

/** A report's lesson and the results kept in it, read back from their codes. */
export function readReport(
  report: ReportRecord,
  content: ExcerptKeys,
): { ok: true; lesson: DecodedLesson; results: CollectedResult[] } | { ok: false; reason: 'other-content' | 'damaged' } {
  const lesson = decodeLessonCode(report.lessonCode, content);
  if (!lesson.ok) return { ok: false, reason: lesson.reason === 'other-content' ? 'other-content' : 'damaged' };
  const results = report.codes.flatMap((code) => {
    const decoded = decodeResultCode(code);
    return decoded.ok ? [{ code: decoded.code, result: decoded.result }] : [];
  });
  return { ok: true, lesson, results };
}

function newId(prefix: string, seed: number, taken: ReadonlyArray<{ id: string }>): string {
  for (let attempt = 0; ; attempt += 1) {
    const id = `${prefix}-${((seed + attempt) >>> 0).toString(36)}`;
    if (!taken.some((item) => item.id === id)) return id;
  }
}

type LessonAction = Extract<
  GameAction,
  {
    type:
      | 'edit-lesson'
      | 'save-lesson'
      | 'open-lesson'
      | 'rename-lesson'
      | 'duplicate-lesson'
      | 'delete-lesson'
      | 'export-lesson'
      | 'import-lesson'
      | 'add-lesson-code'
      | 'start-collect'
      | 'open-report'
      | 'delete-report'
      | 'collect-results'
      | 'collect-qr-image'
      | 'collect-qr-frame'
      | 'remove-result'
      | 'make-qr'
      | 'qr-made'
      | 'lesson-exported'
      | 'qr-not-found'
      | 'open-lesson-link'
      | 'join-lesson'
      | 'leave-lesson'
      | 'download-result'
      | 'class-use-lesson';
  }
>;

function withLessons(state: GameState, patch: Partial<LessonsState>, ...effects: GameEffect[]): Step {
  return changed({ ...state, lessons: { ...state.lessons, ...patch } }, ...effects);
}

function pupilRecord(pupil: GameState['pupil']): Extract<GameEffect, { type: 'save-pupil' }>['pupil'] {
  return pupil ? { code: pupil.lesson.code, name: pupil.lesson.name, nickname: pupil.nickname, result: pupil.result } : null;
}

export function reduceLessons(state: GameState, action: LessonAction, content: ContentBundle): Step {
  const { lessons } = state;
  const find = (id: string) => lessons.list.find((l) => l.id === id);
  switch (action.type) {
    case 'edit-lesson':
      return changed({ ...state, screen: 'lesson-edit', lessons: { ...lessons, editingId: action.id, status: null } });
    case 'save-lesson': {
      const spec = v.safeParse(LessonSpecSchema, action.spec);
      if (!spec.success || missingExcerpts(content, spec.output).length > 0) return unchanged(state);
      const before = action.id ? find(action.id) : undefined;
      const name = cleanLessonName(action.name) || before?.name || 'Leçon';
      const lesson: Lesson = before
        ? { ...before, name, spec: spec.output, updatedAt: action.at }
        : { id: newId('l', action.seed, lessons.list), name, spec: spec.output, createdAt: action.at, updatedAt: action.at };
      const list = sortNewest([lesson, ...lessons.list.filter((l) => l.id !== lesson.id)]);
      return changed(
        { ...state, screen: 'lesson-share', lessons: { ...lessons, list, openId: lesson.id, editingId: null, status: { kind: 'saved', name } } },
        { type: 'save-lesson', lesson },
      );
    }
    case 'open-lesson':
      return find(action.id)
        ? changed({ ...state, screen: 'lesson-share', lessons: { ...lessons, openId: action.id, status: null } })
        : unchanged(state);
    case 'rename-lesson': {
      const lesson = find(action.id);
      const name = cleanLessonName(action.name);
      if (!lesson || !name || name === lesson.name) return unchanged(state);
      const renamed = { ...lesson, name, updatedAt: action.at };
      return withLessons(
        state,
        { list: sortNewest(lessons.list.map((l) => (l.id === lesson.id ? renamed : l))), status: { kind: 'saved', name } },
        { type: 'save-lesson', lesson: renamed },
      );
    }
    case 'duplicate-lesson': {
      const lesson = find(action.id);
      if (!lesson) return unchanged(state);
      const copy: Lesson = {
        ...lesson,
        id: newId('l', action.seed, lessons.list),
        name: cleanLessonName(action.name),
        createdAt: action.at,
        updatedAt: action.at,
      };
      return withLessons(
        state,
        { list: sortNewest([copy, ...lessons.list]), status: { kind: 'duplicated', name: copy.name } },
        { type: 'save-lesson', lesson: copy },
      );
    }
    case 'delete-lesson': {
      const lesson = find(action.id);
      if (!lesson) return unchanged(state);
      return changed(
        {
          ...state,
          screen: state.screen === 'lesson-share' || state.screen === 'lesson-edit' ? 'lessons' : state.screen,
          lessons: { ...lessons, list: lessons.list.filter((l) => l.id !== lesson.id), openId: null, status: { kind: 'deleted', name: lesson.name } },
        },
        { type: 'delete-lesson', id: lesson.id },
      );
    }
    case 'export-lesson': {
      const lesson = find(action.id);
      if (!lesson) return unchanged(state);
      return changed(state, { type: 'export-lesson', fileName: lessonFileName(lesson), text: lessonFileText(lesson, content) });
    }
    case 'lesson-exported':
      return withLessons(state, { status: { kind: 'exported', file: action.file } });
    case 'import-lesson':
    case 'add-lesson-code': {
      let code = action.type === 'add-lesson-code' ? action.code : action.text.trim();
      let name = action.type === 'add-lesson-code' ? action.name : action.fallbackName;
      if (action.type === 'import-lesson') {
        try {
          const file = v.safeParse(LessonFileSchema, JSON.parse(action.text));
          if (file.success) {
            code = file.output.code;
            name = file.output.name || name;
          } else return withLessons(state, { status: { kind: 'import-failed', reason: 'not-a-lesson-file' } });
        } catch {
          // Not JSON: a text file holding the code alone is a lesson too.
        }
      }
      const decoded = decodeLessonCode(code, content);
      if (!decoded.ok) return withLessons(state, { status: { kind: 'import-failed', reason: decoded.reason } });
      const lesson: Lesson = {
        id: newId('l', action.seed, lessons.list),
        name: cleanLessonName(name) || 'Leçon',
        spec: decoded.spec,
        createdAt: action.at,
        updatedAt: action.at,
      };
      return changed(
        {
          ...state,
          screen: 'lesson-share',
          lessons: { ...lessons, list: sortNewest([lesson, ...lessons.list]), openId: lesson.id, status: { kind: 'added', name: lesson.name } },
        },
        { type: 'save-lesson', lesson },
      );
    }
    case 'start-collect': {
      const lesson = find(action.lessonId);
      const open = lesson ? openLesson(lesson, content) : null;
      if (!lesson || !open) return unchanged(state);
      const report: ReportRecord = {
        id: newId('r', action.seed, lessons.reports),
        lessonCode: open.code,
        lessonName: action.name || lesson.name,
        createdAt: action.at,
        updatedAt: action.at,
        codes: [],
      };
      return changed(
        {
          ...state,
          screen: 'report',
          lessons: { ...lessons, reports: sortNewest([report, ...lessons.reports]), openReportId: report.id, collect: null },
        },
        { type: 'save-report', report },
      );
    }
    case 'open-report':
      return lessons.reports.some((r) => r.id === action.id)
        ? changed({ ...state, screen: 'report', lessons: { ...lessons, openReportId: action.id, collect: null } })
        : unchanged(state);
    case 'delete-report': {
      if (!lessons.reports.some((r) => r.id === action.id)) return unchanged(state);
      return changed(
        {
          ...state,
          screen: state.screen === 'report' ? 'lessons' : state.screen,
          lessons: { ...lessons, reports: lessons.reports.filter((r) => r.id !== action.id), openReportId: null, collect: null },
        },
        { type: 'delete-report', id: action.id },
      );
    }
    case 'collect-results': {
      const report = lessons.reports.find((r) => r.id === lessons.openReportId);
      if (!report) return unchanged(state);
      const read = readReport(report, content);
      if (!read.ok) return unchanged(state);
      const outcome = collectResults(codeLines(action.text), read.lesson, content, read.results);
      const updated: ReportRecord = { ...report, codes: [...report.codes, ...outcome.accepted.map((a) => a.code)], updatedAt: action.at };
      const collect = { added: outcome.accepted.length, rejected: outcome.rejected, source: action.source };
      if (outcome.accepted.length === 0) return withLessons(state, { collect });
      return withLessons(
        state,
        { collect, reports: sortNewest(lessons.reports.map((r) => (r.id === report.id ? updated : r))) },
        { type: 'save-report', report: updated },
      );
    }
    case 'remove-result': {
      const report = lessons.reports.find((r) => r.id === lessons.openReportId);
      if (!report) return unchanged(state);
      // Codes are kept as the game writes them (collect stores the canonical form).
      const codes = report.codes.filter((c) => c !== action.code);
      if (codes.length === report.codes.length) return unchanged(state);
      const updated = { ...report, codes, updatedAt: action.at };
      return withLessons(
        state,
        { reports: lessons.reports.map((r) => (r.id === report.id ? updated : r)) },
        { type: 'save-report', report: updated },
      );
    }
    case 'collect-qr-image':
      return state.lessons.openReportId ? changed(state, { type: 'read-qr-image', image: action.image }) : unchanged(state);
    case 'collect-qr-frame':
      return state.lessons.openReportId ? changed(state, { type: 'read-qr-frame', pixels: action.pixels }) : unchanged(state);
    case 'qr-not-found':
      return withLessons(state, { collect: { added: 0, rejected: [{ line: '', reason: 'not-a-code' }], source: 'qr' } });
    case 'make-qr':
      return lessons.qr[action.text] ? unchanged(state) : changed(state, { type: 'make-qr', text: action.text });
    case 'qr-made':
      return withLessons(state, { qr: { ...lessons.qr, [action.text]: action.qr } });
    case 'open-lesson-link': {
      const decoded = decodeLessonCode(action.code, content);
      if (!decoded.ok)
        return changed({
          ...state,
          screen: 'join',
          round: state.round?.lesson ? null : state.round,
          lessons: { ...lessons, joinError: decoded.reason },
        });
      if (missingExcerpts(content, decoded.spec).length > 0)
        return changed({ ...state, screen: 'join', lessons: { ...lessons, joinError: 'missing-excerpts' } });
      const current = state.pupil;
      // The same lesson again (a reload, the link opened twice): where the pupil was, not a fresh start.
      if (current && current.lesson.code === decoded.code) {
        if (current.result) return changed({ ...state, screen: 'pupil-result', lessons: { ...lessons, joinError: null } });
        if (state.round?.lesson?.code === decoded.code) return changed({ ...state, screen: 'play', lessons: { ...lessons, joinError: null } });
      }
      const name = cleanLessonName(action.name) || (current?.lesson.code === decoded.code ? current.lesson.name : '');
      const pupil = {
        lesson: { code: decoded.code, name, spec: decoded.spec, checksum: decoded.checksum, contentVersion: decoded.contentVersion },
        nickname: current?.lesson.code === decoded.code ? current.nickname : null,
        result: null,
      };
      return changed({ ...state, screen: 'join', pupil, lessons: { ...lessons, joinError: null } });
    }
    case 'join-lesson': {
      const pupil = state.pupil;
      const nickname = cleanNickname(action.nickname);
      if (!pupil || !nickname) return unchanged(state);
      const round = lessonRound(content, pupil.lesson, { seed: action.seed, at: action.at });
      if (!round) return unchanged(state);
      const next = { ...pupil, nickname, result: null };
      return changed(
        { ...startPlaying(state, round), pupil: next },
        { type: 'save-pupil', pupil: pupilRecord(next) },
        { type: 'save-resume', round },
        { type: 'announce-excerpt', excerptId: round.excerptIds[0] as string, index: 0, total: round.excerptIds.length },
      );
    }
    case 'leave-lesson': {
      const leaving = state.round?.lesson && state.round.mode !== 'class';
      return changed(
        {
          ...state,
          pupil: null,
          screen: 'menu',
          round: leaving ? null : state.round,
          paused: false,
          pendingChoice: null,
          choiceHalf: null,
          marks: [],
          marksDone: false,
        },
        { type: 'save-pupil', pupil: null },
        { type: 'clear-resume', slot: 'lesson' },
      );
    }
    case 'download-result':
      return changed(state, { type: 'download-text', fileName: action.fileName, text: action.text, mime: 'text/plain;charset=utf-8' });
    case 'class-use-lesson': {
      if (action.id === null) {
        const setup = state.classroom.setup;
        if (!setup?.lesson) return unchanged(state);
        const { lesson: _dropped, ...rest } = setup;
        return changed({ ...state, classroom: { ...state.classroom, setup: rest } }, { type: 'save-class-setup', setup: rest });
      }
      const lesson = find(action.id);
      const open = lesson ? openLesson(lesson, content) : null;
      if (!lesson || !open) return unchanged(state);
      const base = state.classroom.setup ?? {
        teamNames: action.defaultTeamNames,
        size: DEFAULT_CLASS_ROUND_SIZE,
        seed: action.seed,
        clueStep: false,
      };
      const setup = { ...base, lesson: { code: open.code, name: lesson.name }, showRanking: lesson.spec.ranking, clueStep: lesson.spec.clues };
      return changed(
        { ...state, screen: 'classroom', returnTo: 'menu', classroom: { ...state.classroom, setup, printing: null } },
        { type: 'save-class-setup', setup },
      );
    }
  }
}

/** The lessons' rules, loaded with the lessons' screens, a pupil's link or the classroom's lesson choice (modes.ts). */
export const lessonsRules: ModeRules = {
  mode: 'lessons',
  reduce: (state, action, { content }) => reduceLessons(state, action as LessonAction, content),
};

export { lessonLink } from './lesson-links';
