/**
 * Lessons in the game state: the teacher's lesson list, collecting results into a report, and a
 * pupil's lesson from the link to the result code (clue step, confidence, shuffled order), as
 * the reducer plays them; plus the classroom's keyboard entry and finishing early.
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../src/core/categories';
import { answerSteps, lessonLink, parseLessonFragment, type GameState } from '../../../../src/core/game';
import { decodeLessonCode, decodeResultCode, encodeLessonCode, encodeResultCode, type LessonSpec } from '../../../../src/core/lessons';
import { defaultSettings } from '../../../../src/core/progress/records';
import { fixtureContent, gameState, runnerFor } from '../../fixtures';

const EXCERPTS: Array<{ id: string; category: Category }> = [
  { id: '000-01', category: 'fact' },
  { id: '001-02', category: 'propaganda' },
  { id: '002-03', category: 'opinion' },
  { id: '004-01', category: 'estimate' },
];
const base = fixtureContent(EXCERPTS);
// The clue step needs the texts its words come from.
const content = { ...base, excerpts: base.excerpts.map((e, i) => ({ ...e, text: `Mot${i} un deux trois quatre.`, clues: [] })) };
const run = runnerFor(content);
const spec: LessonSpec = {
  excerptIds: ['002-03', '000-01', '004-01'],
  order: 'fixed',
  clues: true,
  confidence: true,
  ranking: false,
  timerMinutes: 0,
  accommodations: { twoStep: false, frenchFirst: false, readAloud: false },
};
const fresh = (): GameState => gameState(defaultSettings('fr'));

describe('the teacher’s lessons', () => {
  it('saves, renames, duplicates and deletes a lesson, each with its storage command', () => {
    let { state, effects } = run(fresh(), { type: 'save-lesson', id: null, name: '  Séance   1 ', spec });
    expect(state.screen).toBe('lesson-share');
    expect(state.lessons.list.map((l) => l.name)).toEqual(['Séance 1']);
    const id = state.lessons.list[0]?.id as string;
    expect(effects).toContainEqual({ type: 'save-lesson', lesson: state.lessons.list[0] });
    ({ state } = run(state, { type: 'rename-lesson', id, name: 'Séance A' }, { type: 'duplicate-lesson', id, name: 'Séance A (copie)', seed: 7 }));
    expect(state.lessons.list.map((l) => l.name).sort()).toEqual(['Séance A', 'Séance A (copie)']);
    ({ state, effects } = run(state, { type: 'delete-lesson', id }));
    expect(state.lessons.list.map((l) => l.name)).toEqual(['Séance A (copie)']);
    expect(effects).toContainEqual({ type: 'delete-lesson', id });
  });

  it('refuses a spec naming an excerpt the content does not have', () => {
    const { state } = run(fresh(), { type: 'save-lesson', id: null, name: 'x', spec: { ...spec, excerptIds: ['999-99'] } });
    expect(state.lessons.list).toEqual([]);
  });

  it('exports a file that imports back as the same lesson, and says why a bad file or code is refused', () => {
    let { state, effects } = run(fresh(), { type: 'save-lesson', id: null, name: 'Séance 1', spec });
    ({ effects } = run(state, { type: 'export-lesson', id: state.lessons.list[0]?.id as string }));
    const file = effects.find((e) => e.type === 'export-lesson');
    if (file?.type !== 'export-lesson') throw new Error('no export');
    ({ state } = run(fresh(), { type: 'import-lesson', text: file.text, fallbackName: 'f' }));
    expect(state.lessons.list[0]?.spec).toEqual(spec);
    expect(state.lessons.list[0]?.name).toBe('Séance 1');
    ({ state } = run(fresh(), { type: 'import-lesson', text: '{"format":"other"}', fallbackName: 'f' }));
    expect(state.lessons.status).toEqual({ kind: 'import-failed', reason: 'not-a-lesson-file' });
    ({ state } = run(fresh(), { type: 'add-lesson-code', code: 'L1ZZZZ', name: '' }));
    expect(state.lessons.status).toEqual({ kind: 'import-failed', reason: 'damaged' });
  });

  it('collects results into a report: valid lines kept, the others refused with their reason', () => {
    let { state } = run(fresh(), { type: 'save-lesson', id: null, name: 'Séance 1', spec });
    ({ state } = run(state, { type: 'start-collect', lessonId: state.lessons.list[0]?.id as string, name: 'Séance 1 — 4e B' }));
    expect(state.screen).toBe('report');
    const lesson = decodeLessonCode(encodeLessonCode(spec, content), content);
    if (!lesson.ok) throw new Error('lesson');
    const result = (nickname: string, checksum = lesson.checksum) =>
      encodeResultCode({
        lessonChecksum: checksum,
        contentVersion: lesson.contentVersion,
        nickname,
        clues: true,
        confidence: true,
        answers: [
          { category: 'opinion', confidence: 'sure', marks: [0] },
          { category: 'fact', marks: [] },
          { category: null, marks: [] },
        ],
      });
    const text = [result('Lou'), `${result('Sam').slice(0, -3)}ZZZ`, result('Zoé', lesson.checksum + 1), result('lou '), result('Ana')].join('\n');
    const collected = run(state, { type: 'collect-results', text, source: 'paste' });
    state = collected.state;
    const effects = collected.effects;
    expect(state.lessons.collect?.added).toBe(2);
    expect(state.lessons.collect?.rejected.map((r) => r.reason)).toEqual(['damaged', 'other-lesson', 'duplicate-nickname']);
    const report = state.lessons.reports[0];
    expect(report?.codes).toHaveLength(2);
    expect(effects).toContainEqual({ type: 'save-report', report });
    ({ state } = run(state, { type: 'remove-result', code: report?.codes[0] as string }));
    expect(state.lessons.reports[0]?.codes).toHaveLength(1);
  });
});

describe('a pupil’s lesson', () => {
  const code = encodeLessonCode(spec, content);

  it('opens from the link, asks a nickname, and ends on a result code holding every answer, confidence and mark', () => {
    let { state } = run(fresh(), { type: 'open-lesson-link', code, name: 'Séance 1' });
    expect(state.screen).toBe('join');
    expect(state.pupil?.lesson.spec).toEqual(spec);
    ({ state } = run(state, { type: 'join-lesson', nickname: '  ' }));
    expect(state.screen).toBe('join');
    ({ state } = run(state, { type: 'join-lesson', nickname: 'Lou' }));
    expect(state.screen).toBe('play');
    expect(state.round?.excerptIds).toEqual(spec.excerptIds);
    // Excerpt 1: opinion, marks words 1 and 3, sure.
    ({ state } = run(state, { type: 'choose', category: 'opinion' }));
    expect(answerSteps(state)).toEqual({ twoStep: false, clue: true, confidence: true });
    expect(state.marks).toEqual([]);
    ({ state } = run(
      state,
      { type: 'toggle-mark', index: 3 },
      { type: 'toggle-mark', index: 1 },
      { type: 'confidence', confidence: 'sure' },
      { type: 'next' },
    ));
    // Excerpt 2: wrong, no marks, unsure; excerpt 3: right, a mark toggled twice is no mark.
    ({ state } = run(
      state,
      { type: 'choose', category: 'propaganda' },
      { type: 'skip-marks' },
      { type: 'confidence', confidence: 'unsure' },
      { type: 'next' },
    ));
    ({ state } = run(
      state,
      { type: 'choose', category: 'estimate' },
      { type: 'toggle-mark', index: 2 },
      { type: 'toggle-mark', index: 2 },
      { type: 'confirm-marks' },
      { type: 'confidence', confidence: 'fairly' },
    ));
    const { state: done, effects } = run(state, { type: 'next' });
    expect(done.screen).toBe('pupil-result');
    const decoded = decodeResultCode(done.pupil?.result ?? '');
    expect(decoded.ok && decoded.result.nickname).toBe('Lou');
    expect(decoded.ok && decoded.result.answers).toEqual([
      { category: 'opinion', confidence: 'sure', marks: [1, 3] },
      { category: 'propaganda', confidence: 'unsure', marks: [] },
      { category: 'estimate', confidence: 'fairly', marks: [] },
    ]);
    expect(effects).toContainEqual({
      type: 'save-pupil',
      pupil: { code: done.pupil?.lesson.code, name: 'Séance 1', nickname: 'Lou', result: done.pupil?.result },
    });
    expect(effects).toContainEqual({ type: 'clear-resume', slot: 'lesson' });
    // The link opened again (a reload): the result, not a fresh start.
    expect(run(done, { type: 'open-lesson-link', code, name: 'Séance 1' }).state.screen).toBe('pupil-result');
  });

  it('deals a shuffled lesson in each device’s own order, and reports answers in the lesson’s order', () => {
    const shuffled = encodeLessonCode({ ...spec, order: 'shuffled', clues: false, confidence: false }, content);
    const orders = new Set<string>();
    for (let seed = 1; seed < 12; seed++) {
      let { state } = run(fresh(), { type: 'open-lesson-link', code: shuffled, name: '' }, { type: 'join-lesson', nickname: 'A', seed });
      orders.add(state.round?.excerptIds.join() ?? '');
      const answered = state.round?.excerptIds ?? [];
      for (const id of answered)
        ({ state } = run(state, { type: 'choose', category: EXCERPTS.find((e) => e.id === id)?.category as Category }, { type: 'next' }));
      const decoded = decodeResultCode(state.pupil?.result ?? '');
      expect(decoded.ok && decoded.result.answers.map((a) => a.category)).toEqual(['opinion', 'fact', 'estimate']);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('says why a link cannot be opened, and never crashes on one', () => {
    expect(run(fresh(), { type: 'open-lesson-link', code: `${code.slice(0, -2)}00`, name: '' }).state.lessons.joinError).toBe('damaged');
    expect(run(fresh(), { type: 'open-lesson-link', code: 'R1ABC', name: '' }).state.lessons.joinError).toBe('wrong-kind');
    expect(run(fresh(), { type: 'open-lesson-link', code: '%%%', name: '' }).state.lessons.joinError).toBe('not-a-code');
    expect(parseLessonFragment('#lesson=L1AB&name=S%C3%A9ance%201')).toEqual({ code: 'L1AB', name: 'Séance 1' });
    expect(parseLessonFragment('#name=%E0%A4%A')).toBeNull();
    expect(lessonLink('https://ecole.fr/jeu/index.html#old', 'L1AB', 'Séance 1')).toBe(
      'https://ecole.fr/jeu/index.html#lesson=L1AB&name=S%C3%A9ance%201',
    );
  });
});

describe('the classroom, finished', () => {
  const setup = { teamNames: ['A', 'B', 'C'], size: 5 as const, seed: 3, clueStep: false };
  const classState = () =>
    run(gameState(defaultSettings('fr'), { classSetup: setup }), { type: 'start-class-round', teamNames: ['A', 'B', 'C'] }).state;

  it('takes answers by keyboard: the team, then its answer', () => {
    let state = classState();
    ({ state } = run(state, { type: 'class-select-team', index: 1 }));
    expect(state.classroom.selectedTeam).toBe(1);
    ({ state } = run(state, { type: 'choose', category: 'opinion' }));
    expect(state.round?.answers['team-2']?.category).toBe('opinion');
    expect(state.classroom.selectedTeam).toBeNull();
    // Without a team chosen, a category alone answers for nobody.
    expect(run(state, { type: 'choose', category: 'fact' }).state.round?.answers['team-1']).toBeUndefined();
    expect(run(state, { type: 'class-select-team', index: 5 }).state.classroom.selectedTeam).toBeNull();
  });

  it('ends a class round early and keeps what was revealed', () => {
    let state = classState();
    expect(run(state, { type: 'class-finish-early' }).state.round?.phase).toBe('answering'); // nothing revealed yet: nothing to keep
    ({ state } = run(state, { type: 'choose', category: 'fact', playerId: 'team-1' }, { type: 'reveal' }, { type: 'next' }));
    ({ state } = run(state, { type: 'choose', category: 'fact', playerId: 'team-2' }, { type: 'pause' }));
    const planned = state.round?.excerptIds.length;
    const { state: ended, effects } = run(state, { type: 'class-finish-early' });
    expect(ended.screen).toBe('results');
    expect(ended.round?.turns).toHaveLength(1);
    expect(ended.round?.excerptIds).toHaveLength(1);
    expect(ended.round?.endedEarly).toBe(planned);
    // Like any finished class round, it is kept on the device until the teacher dismisses it.
    expect(ended.classroom.saved).toBe(ended.round);
    expect(effects).toContainEqual({ type: 'save-resume', round: ended.round });
  });

  it('plays a lesson on the projector: its excerpts in its order, the ranking as the lesson says', () => {
    let { state } = run(fresh(), { type: 'save-lesson', id: null, name: 'Séance 1', spec: { ...spec, ranking: false } });
    ({ state } = run(state, { type: 'class-use-lesson', id: state.lessons.list[0]?.id as string, defaultTeamNames: ['A', 'B'] }));
    expect(state.screen).toBe('classroom');
    expect(state.classroom.setup?.showRanking).toBe(false);
    ({ state } = run(state, { type: 'start-class-round', teamNames: ['A', 'B'] }));
    expect(state.round?.excerptIds).toEqual(spec.excerptIds);
    expect(state.round?.lesson?.clues).toBe(true);
    // A class answers aloud: no clue step, no confidence question on the projector.
    ({ state } = run(state, { type: 'choose', category: 'fact', playerId: 'team-1' }));
    expect(answerSteps(state)).toEqual({ twoStep: false, clue: false, confidence: false });
    expect(state.round?.answers['team-1']?.category).toBe('fact');
  });
});
