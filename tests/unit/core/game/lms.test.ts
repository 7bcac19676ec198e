/** The game and a school's platform: the key or a lesson exported as a Moodle quiz through the one data path. */
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { quizLabelsFromLocales } from '../../../../scripts/lib/quiz-labels';
import type { GameEffect } from '../../../../src/core/game';
import { defaultSettings } from '../../../../src/core/progress/records';
import { quizFixtureContent, gameState, runnerFor } from '../../fixtures';

const content = quizFixtureContent();
const run = runnerFor(content);
const spec = { excerptIds: ['002-03', '000-01'], order: 'fixed' as const, clues: false, confidence: false, ranking: false, timerMinutes: 0 };

describe('export-quiz', () => {
  it('downloads a lesson’s excerpts as GIFT, in the lesson’s order, and says so on the lesson’s status line', () => {
    const saved = run(gameState(defaultSettings('fr')), { type: 'save-lesson', id: null, name: 'Séance 1', spec }).state;
    const id = saved.lessons.list[0]?.id as string;
    const { state, effects } = run(saved, { type: 'export-quiz', format: 'gift', lessonId: id, labels: quizLabelsFromLocales('fr') });
    const download = effects.find((e): e is Extract<GameEffect, { type: 'download-text' }> => e.type === 'download-text');
    expect(download?.fileName).toBe('fait-ou-propagande-lecon-seance-1-fr.gift.txt');
    expect(parseGift(download?.text ?? '').flatMap((q) => (q.type === 'MC' ? [q.id] : []))).toEqual(['002-03', '000-01']);
    expect(state.lessons.status).toEqual({ kind: 'exported', file: download?.fileName });
  });

  it('downloads the whole key as Moodle XML in the game’s language, and refuses an unknown lesson', () => {
    const english = gameState(defaultSettings('en'));
    const { effects } = run(english, { type: 'export-quiz', format: 'moodle-xml', lessonId: null, labels: quizLabelsFromLocales('en') });
    expect(effects).toHaveLength(1);
    const download = effects[0] as Extract<GameEffect, { type: 'download-text' }>;
    expect(download).toMatchObject({ fileName: 'fait-ou-propagande-answer-key-en.moodle.xml', mime: 'application/xml;charset=utf-8' });
    expect(download.text.match(/<question type="multichoice">/g)).toHaveLength(content.excerpts.length);
    expect(run(english, { type: 'export-quiz', format: 'gift', lessonId: 'nope', labels: quizLabelsFromLocales('en') }).effects).toEqual([]);
  });

  it('export-scorm asks the effects module for a package with the lesson and its pass mark, once at a time, and says how it went', () => {
    const saved = run(gameState(defaultSettings('fr')), { type: 'save-lesson', id: null, name: 'Séance 1', spec }).state;
    const id = saved.lessons.list[0]?.id as string;
    const asked = run(saved, { type: 'export-scorm', lessonId: id, passPercent: 60.4 });
    const order = asked.effects[0] as Extract<GameEffect, { type: 'make-scorm-package' }>;
    expect(order).toMatchObject({
      type: 'make-scorm-package',
      fileName: 'lecon-seance-1-scorm.zip',
      passPercent: 60,
      title: 'Fait ou propagande ? — Séance 1',
    });
    expect(JSON.parse(order.lms)).toMatchObject({ lesson: { name: 'Séance 1' }, passPercent: 60 });
    expect(asked.state.lessons.status).toEqual({ kind: 'packaging' });
    expect(run(asked.state, { type: 'export-scorm', lessonId: id, passPercent: 0 }).effects).toEqual([]);
    expect(run(asked.state, { type: 'scorm-package-made', file: null, reason: 'unavailable' }).state.lessons.status).toEqual({
      kind: 'package-failed',
      reason: 'unavailable',
    });
    const none = run(saved, { type: 'export-scorm', lessonId: id, passPercent: 0 }).effects[0] as Extract<GameEffect, { type: 'make-scorm-package' }>;
    expect(none.passPercent).toBeNull();
  });
});
