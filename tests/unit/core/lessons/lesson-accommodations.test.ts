/**
 * Lesson codes and files since lessons can set accommodations (code format 2): every spec round
 * trips, and what format 1 made before the change (a code and a lesson file kept as a fixture)
 * still decodes to the same lesson, with the same code and checksum, so results stay collectable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../../src/core/game';
import { openLesson } from '../../../../src/core/game/lessons';
import {
  decodeLessonCode,
  encodeLessonCode,
  encodeResultCode,
  type LessonSpec,
  NO_LESSON_ACCOMMODATIONS,
  parseLesson,
  readHead,
} from '../../../../src/core/lessons';
import { defaultSettings } from '../../../../src/core/progress/records';
import { fixtureContent, gameState, runnerFor } from '../../fixtures';
import old from './fixtures/lesson-v1.json';

const content = fixtureContent();
const ids = content.excerpts.map((e) => e.id);
const run = runnerFor(content);
const fresh = (): GameState => gameState(defaultSettings('fr'));

describe('lesson accommodations in the code', () => {
  it('round-trips every spec, and writes format 2 only when the lesson sets one', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids, { minLength: 1 }),
        fc.record({ twoStep: fc.boolean(), frenchFirst: fc.boolean(), readAloud: fc.boolean() }),
        fc.boolean(),
        (excerptIds, accommodations, shuffled) => {
          const spec: LessonSpec = {
            excerptIds,
            order: shuffled ? 'shuffled' : 'fixed',
            clues: true,
            confidence: false,
            ranking: false,
            timerMinutes: 5,
            accommodations,
          };
          const code = encodeLessonCode(spec, content);
          const decoded = decodeLessonCode(code, content);
          expect(decoded.ok && decoded.spec).toEqual(spec);
          expect(readHead(code)?.version).toBe(Object.values(accommodations).some(Boolean) ? 2 : 1);
        },
      ),
    );
  });

  it('a format 2 code with a character changed is refused as damaged', () => {
    const code = encodeLessonCode({ ...(old.spec as LessonSpec), accommodations: { twoStep: true, frenchFirst: false, readAloud: true } }, content);
    const changed = `${code.slice(0, 5)}${code[5] === '0' ? '1' : '0'}${code.slice(6)}`;
    expect(decodeLessonCode(changed, content)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('what format 1 made, before lessons could set accommodations', () => {
  it('an old code decodes to its lesson, with none set, keeping its code and checksum', () => {
    const decoded = decodeLessonCode(old.code, content);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.spec).toEqual({ ...old.spec, accommodations: NO_LESSON_ACCOMMODATIONS });
    expect(decoded.code).toBe(old.code);
    // The same lesson saved on the teacher's device is written as it was: printed sheets and pupils' results still match it.
    expect(encodeLessonCode(decoded.spec, content)).toBe(old.code);
    const result = encodeResultCode({
      lessonChecksum: decoded.checksum,
      contentVersion: decoded.contentVersion,
      nickname: 'Lou',
      clues: true,
      confidence: false,
      answers: decoded.spec.excerptIds.map(() => ({ category: 'fact', marks: [] })),
    });
    let { state } = run(fresh(), { type: 'add-lesson-code', code: old.code, name: 'Ancienne' });
    const lesson = state.lessons.list[0];
    if (!lesson) throw new Error('not added');
    expect(openLesson(lesson, content)?.checksum).toBe(decoded.checksum);
    ({ state } = run(state, { type: 'start-collect', lessonId: lesson.id, name: '' }, { type: 'collect-results', text: result, source: 'paste' }));
    expect(state.lessons.collect).toMatchObject({ added: 1, rejected: [] });
  });

  it('an old lesson file imports, and a lesson stored before the change still reads', () => {
    const { state } = run(fresh(), { type: 'import-lesson', text: old.file, fallbackName: 'f' });
    expect(state.lessons.list[0]?.name).toBe('Ancienne leçon');
    expect(state.lessons.list[0]?.spec).toEqual({ ...old.spec, accommodations: NO_LESSON_ACCOMMODATIONS });
    const stored = { id: 'l-1', name: 'Ancienne', spec: old.spec, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(parseLesson(stored)?.spec.accommodations).toEqual(NO_LESSON_ACCOMMODATIONS);
  });

  it('a newer format than this game reads is said to be newer', () => {
    expect(decodeLessonCode(`L3${old.code.slice(2)}`, content)).toEqual({ ok: false, reason: 'newer-version' });
  });
});
