import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { encodeLessonCode } from '../../../../src/core/lessons';
import {
  choiceLetter,
  decodeSuspend,
  encodeSuspend,
  interactionId,
  lmsConfigText,
  lmsRound,
  parseLmsConfig,
  roundReport,
  SUSPEND_MAX_LENGTH,
  scormManifest,
  sessionTime,
  withoutServiceWorker,
} from '../../../../src/core/lms';
import { reduceRound, type RoundState, SOLO } from '../../../../src/core/round';
import { fixtureContent } from '../../fixtures';

const content = fixtureContent();
const AT = '2026-03-01T09:00:00.000Z';
const lessonCode = encodeLessonCode(
  { excerptIds: ['002-03', '000-01', '001-02'], order: 'fixed', clues: true, confidence: true, ranking: false, timerMinutes: 0 },
  content,
);
const lessonConfig = parseLmsConfig(JSON.parse(lmsConfigText({ code: lessonCode, name: 'Séance' }, 60)));

/** Answers the current excerpt (with its marks and certainty), and goes on unless told to stay on the feedback. */
function answer(round: RoundState, category: RoundState['expected'][number], options: { stay?: boolean; marks?: number[] } = {}): RoundState {
  const marks = options.marks ?? [3];
  let next = reduceRound(round, {
    type: 'answer',
    playerId: SOLO.id,
    category,
    confidence: 'sure',
    marks,
    clueFound: marks.includes(3),
    at: AT,
  }).state;
  if (!options.stay) next = reduceRound(next, { type: 'next', at: AT }).state;
  return next;
}

describe('what a round reports to the LMS', () => {
  const fresh = lmsRound(content, lessonConfig, null, { seed: 3, at: AT, size: 10 }) as RoundState;

  it('plays the package’s lesson, in its order, with its steps', () => {
    expect(fresh.excerptIds).toEqual(['002-03', '000-01', '001-02']);
    expect(fresh.lesson).toMatchObject({ code: lessonCode, name: 'Séance', clues: true, confidence: true });
  });

  it('is incomplete while playing, then passed or failed against the pass mark, the score as a share of 100', () => {
    const two = answer(answer(fresh, 'opinion'), 'estimate');
    expect(roundReport(two, 60)).toEqual({
      scoreRaw: 33,
      scoreMin: 0,
      scoreMax: 100,
      status: 'incomplete',
      finished: false,
      interactions: [
        { id: 'excerpt-002-03', type: 'choice', response: 'c', correct: 'c', result: 'correct' },
        { id: 'excerpt-000-01', type: 'choice', response: 'b', correct: 'a', result: 'wrong' },
      ],
    });
    const done = answer(two, 'propaganda');
    expect(roundReport(done, 60)).toMatchObject({ scoreRaw: 67, status: 'passed', finished: true });
    expect(roundReport(done, 70).status).toBe('failed');
    expect(roundReport(done, null).status).toBe('completed');
  });

  it('names choices a–d and keeps interaction ids to the CMIIdentifier characters', () => {
    expect(['fact', 'estimate', 'opinion', 'propaganda'].map((c) => choiceLetter(c as 'fact'))).toEqual(['a', 'b', 'c', 'd']);
    expect(interactionId('001-04')).toBe('excerpt-001-04');
    expect(interactionId('a b/é')).toBe('excerpt-a_b__');
  });

  it('writes session time as HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_456)).toBe('0001:02:03.46');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
    expect(sessionTime(1e13)).toBe('9999:59:59.99');
  });

  it('reads the package settings, and falls back to a standard round without a pass mark', () => {
    expect(lessonConfig).toMatchObject({ lesson: { code: lessonCode }, passPercent: 60 });
    expect(parseLmsConfig({ nope: 1 })).toMatchObject({ lesson: null, passPercent: null });
    expect(JSON.parse(lmsConfigText(null, 0)).passPercent).toBeNull();
    const standard = lmsRound(content, parseLmsConfig(null), null, { seed: 3, at: AT, size: 4 });
    expect(standard?.excerptIds).toHaveLength(4);
    expect(standard?.lesson).toBeUndefined();
    // A package made for another content: nothing to play, rather than wrong excerpts.
    expect(lmsRound(fixtureContent([{ id: '000-01', category: 'fact' }]), lessonConfig, null, { seed: 1, at: AT, size: 4 })).toBeNull();
  });
});

describe('suspend data', () => {
  const fresh = lmsRound(content, lessonConfig, null, { seed: 3, at: AT, size: 10 }) as RoundState;
  const lesson = fresh.lesson ?? null;

  it('rebuilds the round where the pupil left it: answers, certainty, marks, points, even on the feedback screen', () => {
    for (const round of [answer(fresh, 'opinion'), answer(answer(fresh, 'opinion'), 'fact', { stay: true, marks: [0, 2] })]) {
      const back = decodeSuspend(encodeSuspend(round), content, lesson);
      expect(back).toEqual(round);
    }
  });

  it('is refused for another lesson, a lost excerpt, a finished round or a damaged text', () => {
    const one = answer(fresh, 'opinion');
    const text = encodeSuspend(one);
    expect(decodeSuspend(text, content, null)).toBeNull();
    expect(decodeSuspend(text, fixtureContent([{ id: '002-03', category: 'opinion' }]), lesson)).toBeNull();
    expect(decodeSuspend(encodeSuspend(answer(answer(one, 'fact'), 'fact')), content, lesson)).toBeNull();
    expect(decodeSuspend(`${text.slice(0, 20)}`, content, lesson)).toBeNull();
    expect(decodeSuspend('{"v":1,"l":"","id":"x","s":"t","x":["000-01"],"a":[[9,0,0]],"r":true}', content, null)).toBeNull();
    // A resume through lmsRound takes the kept round; a damaged one gives a fresh start.
    expect(lmsRound(content, lessonConfig, text, { seed: 9, at: AT, size: 10 })).toEqual(one);
    expect(lmsRound(content, lessonConfig, 'garbage', { seed: 9, at: AT, size: 10 })?.turns).toEqual([]);
  });

  it('fits SCORM 1.2’s 4096 characters for the longest lesson (127 excerpts), dropping marks first', () => {
    const unique = Array.from({ length: 127 }, (_, i) => ({
      id: `${String(i).padStart(3, '0')}-${String(i % 100).padStart(2, '0')}`,
      category: 'fact' as const,
    }));
    const big = fixtureContent(unique);
    let round = lmsRound(big, parseLmsConfig(null), null, { seed: 1, at: AT, size: 'all' }) as RoundState;
    expect(round.excerptIds).toHaveLength(127);
    for (let i = 0; i < 126; i++) round = answer(round, 'fact', { marks: [0, 1, 2, 3, 4, 5] });
    const text = encodeSuspend(round);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_MAX_LENGTH);
    expect(decodeSuspend(text, big, null)?.turns.map((t) => t.answers[SOLO.id]?.category)).toEqual(Array(126).fill('fact'));
  });
});

describe('the SCORM 1.2 manifest', () => {
  it('holds the required elements: identifier, schema 1.2, a default organization with an item, the launch resource and its files', () => {
    const xml = scormManifest({
      identifier: 'Leçon 1 : « test »',
      title: 'Leçon 1 & « test »',
      files: ['index.html', 'assets/a.js', 'lms.json'],
      passPercent: 60,
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const m = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).manifest;
    expect(m['@identifier']).toBe('Lecon-1-test-');
    expect(m.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: 1.2 });
    const org = m.organizations.organization;
    expect(m.organizations['@default']).toBe(org['@identifier']);
    expect(org.title).toBe('Leçon 1 & « test »');
    expect(org.item['@identifierref']).toBe(m.resources.resource['@identifier']);
    expect(org.item['adlcp:masteryscore']).toBe(60);
    expect(m.resources.resource).toMatchObject({ '@adlcp:scormtype': 'sco', '@href': 'index.html', '@type': 'webcontent' });
    expect(m.resources.resource.file.map((f: { '@href': string }) => f['@href'])).toEqual(['assets/a.js', 'index.html', 'lms.json']);
  });

  it('drops the service worker’s registration from the page', () => {
    const html =
      '<head><script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script>\n<script type="module" src="./assets/index.js"></script></head>';
    expect(withoutServiceWorker(html)).toBe('<head><script type="module" src="./assets/index.js"></script></head>');
  });
});
