/**
 * The game in a school's platform, with no server of ours. The SCORM package that
 * `npm run build:scorm` makes is unzipped and served under a made-up LMS address, inside an LMS
 * page that runs a real SCORM 1.2 run-time (scorm-again) and records every call. A pupil plays a
 * lesson of three excerpts, leaves after the second and comes back: the round goes on from the
 * suspend data, and at the end the LMS holds the score, the status against the pass mark and one
 * interaction per excerpt. The same package opened outside an LMS plays as usual. Every request
 * stays inside the package. And the answer key downloads as a GIFT quiz that parses back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { REPO_ROOT } from '../../scripts/lib/read-content';
import { encodeLessonCode } from '../../src/core/lessons';
import { choiceLetter, interactionId, lmsConfigText } from '../../src/core/lms';
import { CATEGORY_NAMES, openGame, wrongCategory } from './helpers';
import { artifacts, content, noAxeProblems } from './lesson-helpers';

// axe is injected into the lesson's page; the game's CSP rightly refuses that.
test.use({ bypassCSP: true });

const LMS = 'http://lms.test';
const zipPath = join(REPO_ROOT, 'dist-lms', 'fait-ou-propagande-scorm.zip');
const scormAgain = readFileSync(join(createRequire(import.meta.url).resolve('scorm-again'), '..', 'scorm12.min.js'), 'utf8');

const lessonIds = [...content.excerpts].slice(0, 3).map((e) => e.id);
const lessonCode = encodeLessonCode(
  { excerptIds: lessonIds, order: 'fixed', clues: false, confidence: false, ranking: false, timerMinutes: 0 },
  content,
);

/** The LMS page: the run-time as window.API (every call recorded), the package in a frame. `initial` is what the LMS kept of a visit before. */
function lmsPage(initial: object | null): string {
  return `<!doctype html><html lang="fr"><head><title>LMS</title><script src="/scorm-again.js"></script><script>
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  const initial = ${JSON.stringify(initial)};
  if (initial) api.loadFromJSON(initial, '');
  window.lms = api;
  window.calls = [];
  window.API = {};
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']) {
    window.API[name] = (...args) => { const result = api[name](...args); window.calls.push([name, ...args.map(String), String(result)]); return result; };
  }
  </script></head><body><iframe title="Activité" src="/package/index.html" style="width:1200px;height:760px"></iframe></body></html>`;
}

type Call = string[];
const setCalls = (calls: Call[], element: string) => calls.filter((c) => c[0] === 'LMSSetValue' && c[1] === element).map((c) => c[2]);

test('a lesson as a SCORM package: played in an LMS frame, left, resumed from suspend data, reported; and as usual outside an LMS', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  // The package's manifest names a launch file that is in the zip, and every file it lists is there.
  const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    new TextDecoder().decode(files['imsmanifest.xml']),
  ).manifest;
  expect(manifest.metadata.schemaversion).toBe(1.2);
  const resource = manifest.resources.resource;
  expect(files[resource['@href']]).toBeDefined();
  for (const file of resource.file) expect(files[file['@href']], file['@href']).toBeDefined();
  // This package plays a lesson of three excerpts with a pass mark of 60 % (what the lesson builder's download writes).
  files['lms.json'] = new TextEncoder().encode(lmsConfigText({ code: lessonCode, name: 'Séance 4e B' }, 60));

  let initial: object | null = null;
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(/.*/, async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) return route.abort();
    if (url.pathname === '/lms.html') return route.fulfill({ contentType: 'text/html', body: lmsPage(initial) });
    if (url.pathname === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: scormAgain });
    const file = url.pathname.startsWith('/package/') ? files[decodeURIComponent(url.pathname.slice('/package/'.length))] : undefined;
    if (!file) return route.fulfill({ status: 404, body: '' });
    const type = /\.html$/.test(url.pathname)
      ? 'text/html'
      : /\.js$/.test(url.pathname)
        ? 'text/javascript'
        : /\.css$/.test(url.pathname)
          ? 'text/css'
          : /\.json$/.test(url.pathname)
            ? 'application/json'
            : 'application/octet-stream';
    return route.fulfill({ contentType: type, body: Buffer.from(file) });
  });

  const calls = () => page.evaluate(() => (window as unknown as { calls: Call[] }).calls);
  const answer = async (game: ReturnType<Page['frameLocator']>, right: boolean) => {
    const shown = (await game.locator('.excerpt-card blockquote').first().innerText()).trim();
    const excerpt = content.excerpts.find((e) => e.text === shown);
    if (!excerpt) throw new Error(`not an excerpt: ${shown}`);
    await game.getByRole('button', { name: CATEGORY_NAMES.fr[right ? excerpt.category : wrongCategory(excerpt.category)], exact: true }).click();
    await expect(game.getByTestId('right-answer')).toBeVisible();
    return excerpt;
  };

  // First visit: the first excerpt right, the second wrong, then the pupil leaves on its feedback.
  await page.goto(`${LMS}/lms.html`);
  let game = page.frameLocator('iframe');
  await expect(game.locator('body[data-ready="true"]')).toBeAttached();
  await expect(game.getByText('Extrait 1 sur 3', { exact: true })).toBeVisible();
  const first = await answer(game, true);
  await game.getByRole('button', { name: 'Suivant' }).click();
  await expect(game.getByText('Extrait 2 sur 3', { exact: true })).toBeVisible();
  const second = await answer(game, false);
  await expect.poll(async () => setCalls(await calls(), 'cmi.interactions.1.result')).toEqual(['wrong']);
  await page.screenshot({ path: `${artifacts}/scorm-in-lms.png` });
  await page.evaluate(() => document.querySelector('iframe')?.remove());
  let log = await calls();
  expect(log[0]?.slice(0, 1)).toEqual(['LMSInitialize']);
  expect(log.at(-1)?.[0]).toBe('LMSFinish');
  expect(setCalls(log, 'cmi.core.lesson_status')).toContain('incomplete');
  expect(setCalls(log, 'cmi.core.exit').at(-1)).toBe('suspend');
  expect(setCalls(log, 'cmi.core.session_time').at(-1)).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(setCalls(log, 'cmi.interactions.0.id')).toEqual([interactionId(first.id)]);
  expect(setCalls(log, 'cmi.interactions.0.student_response')).toEqual([choiceLetter(first.category)]);
  expect(setCalls(log, 'cmi.interactions.1.correct_responses.0.pattern')).toEqual([choiceLetter(second.category)]);
  expect(setCalls(log, 'cmi.core.score.raw').at(-1)).toBe('33');
  // Nothing about the learner is read, and every call the LMS answered was accepted.
  expect(log.filter((c) => c[0] === 'LMSGetValue' && /student/.test(c[1] ?? ''))).toEqual([]);
  expect(log.filter((c) => c[0] === 'LMSSetValue' && c.at(-1) !== 'true')).toEqual([]);
  const kept = await page.evaluate(() => (window as unknown as { lms: { cmi: { suspend_data: string } } }).lms.cmi.suspend_data);
  expect(kept.length).toBeGreaterThan(10);
  expect(kept.length).toBeLessThanOrEqual(4096);

  // Back another day: the LMS hands the suspend data to the package; the pupil is where they left.
  initial = { suspend_data: kept, core: { entry: 'resume', lesson_status: 'incomplete' } };
  await page.goto(`${LMS}/lms.html`);
  game = page.frameLocator('iframe');
  await expect(game.getByText('Extrait 2 sur 3', { exact: true })).toBeVisible();
  await expect(game.getByTestId('right-answer')).toBeVisible();
  await game.getByRole('button', { name: 'Suivant' }).click();
  const third = await answer(game, true);
  await game.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect.poll(async () => setCalls(await calls(), 'cmi.core.lesson_status').at(-1)).toBe('passed');
  log = await calls();
  // Only the excerpt played this time is a new interaction.
  expect(setCalls(log, 'cmi.interactions.0.id')).toEqual([interactionId(third.id)]);
  expect(log.filter((c) => c[0] === 'LMSSetValue' && /^cmi\.interactions\.\d+\.id$/.test(c[1] ?? ''))).toHaveLength(1);
  const received = await page.evaluate(() => {
    const cmi = (window as unknown as { lms: { cmi: { core: Record<string, unknown> & { score: Record<string, string> }; suspend_data: string } } })
      .lms.cmi;
    return {
      raw: cmi.core.score.raw,
      min: cmi.core.score.min,
      max: cmi.core.score.max,
      status: cmi.core.lesson_status,

      suspend: cmi.suspend_data,
    };
  });
  expect(received).toEqual({ raw: '67', min: '0', max: '100', status: 'passed', suspend: '' });
  expect(setCalls(log, 'cmi.core.exit').at(-1)).toBe('');
  expect(log.filter((c) => c[0] === 'LMSSetValue' && c.at(-1) !== 'true')).toEqual([]);
  await page.screenshot({ path: `${artifacts}/scorm-results.png` });

  // The same package outside an LMS: no API found, the menu and a round as usual.
  await page.goto(`${LMS}/package/index.html`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByText(/^Extrait 1 sur \d+$/)).toBeVisible();

  // No request left the package (and the LMS page's own run-time script).
  const outside = requests.filter(
    (url) => !url.startsWith(`${LMS}/package/`) && url !== `${LMS}/lms.html` && url !== `${LMS}/scorm-again.js` && !/^(data|blob):/.test(url),
  );
  expect(outside).toEqual([]);
  expect(files['sw.js']).toBeUndefined();
});

test('the key from Sources as a GIFT quiz; a lesson as Moodle XML and as a SCORM package made in the browser', async ({ page }) => {
  await openGame(page);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
  };
  const key = await download('Questionnaire GIFT');
  expect(key.name).toBe('fait-ou-propagande-corrige-fr.gift.txt');
  expect(parseGift(key.bytes.toString('utf8')).filter((q) => q.type === 'MC')).toHaveLength(content.excerpts.length);

  // A lesson added by its code, then exported from its screen.
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.getByRole('button', { name: 'Leçons (enseignants)' }).click();
  await page.getByRole('textbox', { name: 'Code de leçon' }).fill(lessonCode);
  await page.getByRole('textbox', { name: 'Nom de la leçon' }).fill('Séance 4e B');
  await page.getByRole('button', { name: 'Ajouter avec ce code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Séance 4e B' })).toBeVisible();
  const xml = await download('Questionnaire Moodle XML');
  expect(xml.name).toBe('fait-ou-propagande-lecon-seance-4e-b-fr.moodle.xml');
  const questions = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml.bytes.toString('utf8')).quiz.question;
  expect(questions.filter((q: { '@type': string }) => q['@type'] === 'multichoice').map((q: { idnumber: string }) => q.idnumber)).toEqual(lessonIds);

  await page.getByRole('spinbutton', { name: /Seuil de réussite/ }).fill('60');
  await page.locator('[aria-labelledby="platform-title"]').screenshot({ path: `${artifacts}/lesson-platform-export.png` });
  await noAxeProblems(page, 'lesson screen with the platform exports');
  const scorm = await download('Paquet SCORM de cette leçon');
  await expect(page.getByTestId('lessons-status')).toHaveText(`Téléchargement lancé\u00a0: ${scorm.name}`);
  const files = unzipSync(new Uint8Array(scorm.bytes));
  const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    new TextDecoder().decode(files['imsmanifest.xml']),
  ).manifest;
  expect(manifest.organizations.organization.item['adlcp:masteryscore']).toBe(60);
  for (const file of manifest.resources.resource.file) expect(files[file['@href']], file['@href']).toBeDefined();
  expect(JSON.parse(new TextDecoder().decode(files['lms.json']))).toMatchObject({
    lesson: { code: lessonCode, name: 'Séance 4e B' },
    passPercent: 60,
  });
  expect(new TextDecoder().decode(files['index.html'])).not.toContain('registerSW');
  // By file name, not by substring: a content hash may end in "sw" (QrImage-kC-EJGsw.js).
  expect(Object.keys(files).filter((f) => /(^|\/)(sw\.js|workbox-[^/]*\.js)$/.test(f))).toEqual([]);
  // The help button opens the teachers' guide at its platform part.
  await page.getByRole('button', { name: 'Comment l’ajouter à Éléa' }).click();
  const help = page.getByRole('heading', { level: 2, name: 'Dans Éléa ou Moodle' });
  await help.scrollIntoViewIfNeeded();
  await expect(page.getByText(/a\u00a0: fait vérifié, b\u00a0: estimation/)).toBeVisible();
  await page.screenshot({ path: `${artifacts}/guide-lms.png` });
  console.log(`SCORM package made in the browser: ${(scorm.bytes.length / 1024).toFixed(0)} KiB, ${Object.keys(files).length} files`);
});
