/**
 * The seeded monkey (issue #16): random actions across every screen — clicks on any enabled
 * control, keys, hostile text in every field, resizes, reloads, Back and Forward, file imports —
 * with a share of sensible play so rounds are finished often (finishing is where saving happens).
 *
 * `npm test` runs 400 actions from a fixed seed (about 8 rounds finished, the stored records checked
 * 5 times; 1 000 took two minutes of a 10-minute CI); `npm run test:monkey` runs 5 000 from a new one.
 * Both print the seed; a failure prints the step. Replay with MONKEY_SEED=<seed> (and
 * MONKEY_ACTIONS=<step + 1>): the actions and the game's deals come from the seed (the page's
 * random source is replaced by a seeded one), so the same run is played again.
 *
 * After every action: no page or console error, no script dialog, never a blank screen, score
 * never negative, the counter within the round, no excerpt twice in a round, no request to another
 * origin. Every 100 actions and at the end: every stored record readable, and the history holds
 * exactly the rounds the monkey saw finished (destructive confirmations are the only controls it
 * leaves alone: erasing progress, deleting a profile, replacing it by an import, freeing space).
 */
import { expect, test, type Page } from '@playwright/test';
import { answerKey, openGame } from './helpers';
import { JOURNAL_PREFIX } from '../../src/services/journal';
import { DB_NAME, STORE_NAME } from './storage-helpers';

// Random play in the conditions of a real visit: the game's service worker runs (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 400);
const SEED = Number(process.env.MONKEY_SEED ?? (process.env.MONKEY_ACTIONS ? Math.floor(Math.random() * 2 ** 31) : 160_016));

/** mulberry32: small, fast, good enough to drive a monkey; the same function seeds the page. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  '1',
  '2',
  '3',
  '4',
  'Enter',
  ' ',
  'n',
  'N',
  'r',
  'R',
  't',
  'T',
  'm',
  'M',
  'Escape',
  'Tab',
  'Shift+Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageDown',
  'PageUp',
  'Backspace',
  'Delete',
  'a',
  '?',
  'q',
];
const TEXTS = [
  '😀👩‍👩‍👧‍👦🦊',
  'مرحبا بالعالم',
  'שלום',
  'x'.repeat(10_000),
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '=1+1',
  '+cmd|/C calc',
  '   ',
  'Élan',
  'ÉLAN',
  '\u202Egnp.exe',
  '',
];
const SIZES = [
  [320, 480],
  [360, 640],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
];
/** Confirmations that destroy data on purpose: the history check below would not hold across them. */
const DESTRUCTIVE = /^(Effacer|Supprimer|Importer et remplacer|Erase|Delete|Import and replace)\b(?! ces résultats| these results)/;

interface Seen {
  blank: boolean;
  phase: string | null;
  confidence: boolean;
  dialog: boolean;
  screen: string;
  score: string | null;
  progress: string | null;
  excerpt: string | null;
  solo: boolean;
}

async function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const ui = document.querySelector('#ui') as HTMLElement | null;
    const app = document.querySelector('.app') as HTMLElement | null;
    return {
      // textContent, not innerText: no layout each step. A screen with no text at all is blank.
      blank: (ui?.textContent?.trim().length ?? 0) === 0 || !ui?.querySelector('button'),
      phase: (document.querySelector('.screen.play') as HTMLElement | null)?.dataset.phase ?? null,
      confidence: !!document.querySelector('.choices.steps'),
      dialog: !!document.querySelector('dialog[open]'),
      screen: app?.dataset.screen ?? '',
      score: document.querySelector('[data-testid="score"]')?.textContent ?? null,
      progress: document.querySelector('.hud-progress')?.textContent ?? null,
      excerpt: document.querySelector('.excerpt-card blockquote')?.textContent?.trim() ?? null,
      solo: !document.querySelector('.class-screen'),
    };
  });
}

/** Stored records, read as the game reads them (the pointer names the generation after an import). */
async function storedCheck(page: Page): Promise<{ rounds: number; problems: string[]; stored: string[] }> {
  return page.evaluate(
    async ({ db, store }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all: Record<string, unknown> = {};
      await new Promise<void>((resolve) => {
        const tx = database.transaction(store, 'readonly');
        const cursor = tx.objectStore(store).openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          all[String(c.key)] = c.value;
          c.continue();
        };
        tx.oncomplete = () => resolve();
      });
      database.close();
      const generation = (all.pointer as { generation?: string } | undefined)?.generation;
      const prefix = generation ? `${generation}/` : '';
      const problems: string[] = [];
      let rounds = 0;
      const stored: string[] = [];
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(prefix) || (!generation && key.includes('/'))) continue;
        const name = key.slice(prefix.length);
        if (name.startsWith('profile:')) {
          const p = value as { rounds?: Array<{ id: string; score: number }>; bestScore?: number };
          if (!Array.isArray(p.rounds)) problems.push(`${key}: no rounds`);
          else {
            rounds += p.rounds.length;
            for (const round of p.rounds) stored.push(`${name} ${round.id} score ${round.score}`);
            if (new Set(p.rounds.map((r) => r.id)).size !== p.rounds.length) problems.push(`${key}: a round twice`);
            if (p.rounds.some((r) => !(r.score >= 0))) problems.push(`${key}: a negative score`);
          }
        } else if (name.startsWith('resume:')) {
          const r = value as { excerptIds?: string[]; index?: number; scores?: Record<string, { score: number }> };
          if (!Array.isArray(r.excerptIds) || new Set(r.excerptIds).size !== r.excerptIds.length) problems.push(`${key}: an excerpt twice`);
          else if (typeof r.index !== 'number' || r.index >= r.excerptIds.length) problems.push(`${key}: index outside the round`);
          if (Object.values(r.scores ?? {}).some((s) => !(s.score >= 0))) problems.push(`${key}: a negative score`);
        }
      }
      return { rounds, problems, stored };
    },
    { db: DB_NAME, store: STORE_NAME },
  );
}

/** The rounds in the game's journal (localStorage, services/journal.ts): a finished one there is still to be recorded. */
function journalSeen(page: Page): Promise<string> {
  return page
    .evaluate(
      (prefix) =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith(prefix))
          .map((key) => {
            const round = JSON.parse(localStorage.getItem(key) ?? 'null') as { id?: string; phase?: string } | null;
            return `${key.slice(prefix.length)} ${round?.id ?? '?'} ${round?.phase ?? '?'}`;
          })
          .join('; '),
      JOURNAL_PREFIX,
    )
    .then((text) => text || 'empty')
    .catch((error: Error) => `unreadable (${error.message})`);
}

test(`the monkey: ${ACTIONS} seeded actions across every screen`, async ({ page, context, baseURL }) => {
  // Generous: a loaded CI machine can take several times longer than a quiet one.
  test.setTimeout(Math.max(180_000, ACTIONS * 480));
  console.log(`monkey: seed ${SEED}, ${ACTIONS} actions (replay: MONKEY_SEED=${SEED} MONKEY_ACTIONS=${ACTIONS})`);
  const random = rng(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const errors: string[] = [];
  let step = -1;
  const log: string[] = [];
  const fail = (what: string) => errors.push(`step ${step} (${log[log.length - 1] ?? 'start'}): ${what}`);
  page.on('pageerror', (error) => fail(`page error: ${error.message}`));
  // Warnings are not failures (a blocked save is said and play goes on), but a missing round's report shows them.
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(`step ${step}: ${message.text().slice(0, 200)}`);
  });
  page.on('dialog', (dialog) => {
    fail(`script dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL as string) && !url.startsWith('data:') && !url.startsWith('blob:')) fail(`request to ${url}`);
  });
  // The deal and every seed come from the page's random source: seeded too, so a run replays.
  await page.addInitScript((seed) => {
    if (location.protocol !== 'http:') return; // about:blank after a Back: not the game
    const loads = Number(sessionStorage.getItem('monkey-loads') ?? 0);
    sessionStorage.setItem('monkey-loads', String(loads + 1));
    let a = (seed ^ Math.imul(loads, 2654435761)) >>> 0;
    const next = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint32Array) for (let i = 0; i < array.length; i++) array[i] = Math.floor(next() * 2 ** 32);
      return array;
    };
    Math.random = next;
    window.print = () => undefined;
  }, SEED);

  await openGame(page);
  // Short rounds, so that many are finished.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Retour' }).click();

  let finished = 0;
  const finishes: string[] = [];
  let before: Seen | null = null;
  const began = Date.now();
  let roundExcerpts = new Map<string, number>();
  // The last excerpt seen with a counter: a first excerpt that is not the one just seen at 1 starts a new round.
  let lastCounted: { i: number; id: string } | null = null;
  const idOf = (text: string | null) => (text ? (answerKey.find((e) => e.text === text || e.translation === text)?.id ?? text.slice(0, 40)) : null);

  async function ready(): Promise<void> {
    try {
      await expect(page.locator('body[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
    } catch {
      // Somewhere that is not the game (a history entry before it): open the game again; never ready then is an error.
      await page.goto(baseURL as string);
      await expect(page.locator('body[data-ready="true"]'), `step ${step}: the game never became ready`).toBeAttached({ timeout: 15_000 });
    }
  }

  async function sensible(seen: Seen): Promise<string> {
    if (seen.screen === 'play' && seen.solo && !seen.dialog) {
      if (seen.confidence) {
        const key = pick(['1', '2', '3']);
        await page.keyboard.press(key);
        return `confidence ${key}`;
      }
      if (seen.phase === 'revealed') {
        await page.keyboard.press('n');
        return 'next (N)';
      }
      const id = idOf(seen.excerpt);
      const entry = answerKey.find((e) => e.id === id);
      const category = entry && random() < 0.8 ? entry.category : pick(['fact', 'estimate', 'opinion', 'propaganda'] as const);
      await page.keyboard.press(String(['fact', 'estimate', 'opinion', 'propaganda'].indexOf(category) + 1));
      return `answer ${category}`;
    }
    const names = seen.dialog
      ? '^(Continuer|Continue|Annuler|Cancel|Fermer|Close)$'
      : seen.screen === 'results'
        ? '^(Rejouer|Play again|Réviser|Review|Menu)$'
        : seen.screen === 'menu'
          ? '^(Jouer|Play|Reprendre|Resume|Réviser maintenant|Review now)$'
          : seen.screen === 'play'
            ? '^(Révéler|Reveal|Suivant|Next|Voir les résultats|See the results|.+ : .+)$'
            : '^(Retour|Back|Menu|Retour au menu|Back to menu)$';
    // One round trip: find the buttons by their text in the page, click one (a DOM click, as a pointer's).
    const label = await page.evaluate(
      ({ names, at }) => {
        const scope = document.querySelector('dialog[open]') ?? document;
        const pattern = new RegExp(names);
        const buttons = [...scope.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled && pattern.test(b.innerText.trim()));
        const button = buttons[Math.floor(at * buttons.length)];
        button?.click();
        return button ? button.innerText.trim().slice(0, 40) : null;
      },
      { names, at: random() },
    );
    if (label === null) {
      await page.keyboard.press('Escape');
      return 'Escape (nothing sensible)';
    }
    return `sensible click "${label}"`;
  }

  async function randomClick(): Promise<string> {
    const labels = await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-monkey]')) el.removeAttribute('data-monkey');
      const scope = document.querySelector('dialog[open]') ?? document;
      const controls = [...scope.querySelectorAll<HTMLElement>('button, input:not([type=file]), select, a[href], summary')].filter((el) => {
        const box = el.getBoundingClientRect();
        return !(el as HTMLButtonElement).disabled && box.width > 0 && box.height > 0;
      });
      return controls.map((el, i) => {
        el.setAttribute('data-monkey', String(i));
        return (el.getAttribute('aria-label') || el.innerText || (el as HTMLInputElement).value || el.tagName).trim().slice(0, 60);
      });
    });
    const allowed = labels.map((label, i) => ({ label, i })).filter(({ label }) => !DESTRUCTIVE.test(label));
    if (allowed.length === 0) return 'no control';
    const { label, i } = pick(allowed);
    await page
      .evaluate((index) => {
        const el = document.querySelector<HTMLElement>(`[data-monkey="${index}"]`);
        el?.focus();
        el?.click();
      }, i)
      .catch(() => undefined);
    return `click "${label}"`;
  }

  async function typeText(): Promise<string> {
    const fields = page.locator('input[type=text]:visible, input:not([type]):visible, textarea:visible');
    const count = await fields.count();
    if (count === 0) return 'no field';
    const text = pick(TEXTS);
    await fields
      .nth(Math.floor(random() * count))
      .fill(text, { timeout: 500 })
      .catch(() => undefined);
    if (random() < 0.5) await page.keyboard.press('Enter');
    return `type ${JSON.stringify(text.slice(0, 20))}${text.length > 20 ? `… (${text.length})` : ''}`;
  }

  async function importFile(): Promise<string> {
    const button = page.getByRole('button', { name: /^(Importer un fichier|Import a file)$/ });
    if (!(await button.isVisible())) return 'no import button';
    const kind = pick(['bytes', 'json', 'export-like', 'huge-ish']);
    const bytes =
      kind === 'bytes'
        ? Buffer.from(Array.from({ length: 2000 }, () => Math.floor(random() * 256)))
        : kind === 'json'
          ? Buffer.from(JSON.stringify({ hello: 'world', __proto__: { polluted: true } }))
          : kind === 'export-like'
            ? Buffer.from(JSON.stringify({ format: 'fait-ou-propagande/progress', version: 1, exportedAt: 'x', device: {}, profiles: [] }))
            : Buffer.from(`{"a":"${'z'.repeat(200_000)}`);
    const choosing = page.waitForEvent('filechooser', { timeout: 2000 });
    await button.click();
    const chooser = await choosing.catch(() => null);
    await chooser?.setFiles({ name: 'monkey.json', mimeType: 'application/json', buffer: bytes });
    return `import ${kind}`;
  }

  async function checkStored(): Promise<void> {
    // Let the saves of what was just done land, then compare the history with what the monkey finished.
    let last = { rounds: -1, problems: [] as string[], stored: [] as string[] };
    // Up to 6 s: a save may wait LOCK_WAIT_MS (3 s, services/storage.ts) for the profile's lock, and the saves queued behind it follow.
    for (let i = 0; i < 60; i++) {
      last = await storedCheck(page);
      if (last.rounds === finished && last.problems.length === 0) return;
      await page.waitForTimeout(100);
    }
    if (last.problems.length > 0) fail(`stored records: ${last.problems.join('; ')}`);
    // Which finish has no record (or which record no finish): the steps that counted one, and what is stored.
    if (last.rounds !== finished)
      fail(
        `history holds ${last.rounds} rounds, ${finished} were finished\n  counted at: ${finishes.join('; ')}\n  stored: ${last.stored.join('; ')}` +
          `\n  journal: ${await journalSeen(page)}\n  warnings: ${warnings.slice(-5).join('; ') || 'none'}`,
      );
  }

  const spent = new Map<string, { n: number; ms: number }>();
  // What the last step saw after its action is what this step starts from: one look per step.
  let carried: Seen | null = null;
  for (step = 0; step < ACTIONS && errors.length === 0; step++) {
    const t0 = Date.now();
    const seen = carried ?? (await look(page).catch(() => null));
    carried = null;
    before = seen;
    const roll = random();
    let action: string;
    if (!seen) {
      await ready();
      action = 'wait';
    } else if (roll < 0.45) action = await sensible(seen);
    else if (roll < 0.78) action = await randomClick();
    else if (roll < 0.88) {
      const key = pick(KEYS);
      await page.keyboard.press(key);
      action = `key ${key}`;
    } else if (roll < 0.93) action = await typeText();
    else if (roll < 0.955) {
      const [width, height] = pick(SIZES) as [number, number];
      await page.setViewportSize({ width, height });
      action = `resize ${width}×${height}`;
    } else if (roll < 0.97) action = await importFile();
    else if (roll < 0.985) {
      await page.reload();
      await ready();
      action = 'reload';
    } else {
      const back = random() < 0.5;
      await (back ? page.goBack() : page.goForward()).catch(() => null);
      if (page.url().startsWith(baseURL as string)) await ready();
      else {
        await page.goto(baseURL as string);
        await ready();
      }
      action = back ? 'back' : 'forward';
    }
    log.push(action);
    const kind = action.split(' ')[0] as string;
    const entry = spent.get(kind) ?? { n: 0, ms: 0 };
    entry.n += 1;
    entry.ms += Date.now() - t0;
    spent.set(kind, entry);

    const after = await look(page).catch(() => null);
    if (!after) continue; // navigating: looked at on the next step
    if (after.blank) {
      await page.waitForTimeout(200);
      if ((await look(page).catch(() => null))?.blank) fail('blank screen');
    }
    const score = after.score === null ? null : Number(after.score.replace(/\D+/g, '') || 'NaN') * (after.score.includes('-') ? -1 : 1);
    if (score !== null && !(score >= 0)) fail(`score shown: ${after.score}`);
    const counter = /(\d+)\D+(\d+)/.exec(after.progress ?? '');
    if (counter) {
      const [i, n] = [Number(counter[1]), Number(counter[2])];
      if (i < 1 || i > n) fail(`counter ${after.progress}`);
      const id = idOf(after.excerpt);
      if (id) {
        // Not "unless this excerpt was at 1 before": a retry of the missed (dealt in playing order) can open on the
        // previous round's first excerpt, and its others come at other positions: one excerpt "shown twice".
        if (i === 1 && !(lastCounted?.i === 1 && lastCounted.id === id)) roundExcerpts = new Map();
        lastCounted = { i, id };
        const at = roundExcerpts.get(id);
        if (at !== undefined && at !== i) fail(`excerpt ${id} shown at ${at} and ${i} in one round`);
        roundExcerpts.set(id, i);
      }
    }
    // A round finished: from its last excerpt straight to its results (a side screen also returns to the results).
    // The screen is the state's at once, even while the results view is still loading (it is lazy,
    // and the monkey may leave before it has painted): the round was saved all the same.
    const isResults = after.screen === 'results' && after.solo;
    if (isResults && before?.screen === 'play' && before.solo) {
      finished += 1;
      finishes.push(`step ${step} (${action}, from ${before.progress ?? '?'})`);
    }
    // The log says where each action led, for a failure's last actions.
    log[log.length - 1] = `${action} → ${after.screen}${after.progress ? ` ${after.progress}` : ''}`;
    before = after;
    if (after.screen === 'menu') roundExcerpts = new Map();
    if (step % 500 === 499)
      console.log(`monkey: step ${step + 1}, ${finished} rounds finished, ${errors.length} errors, ${Math.round((Date.now() - began) / 1000)} s`);
    if (step % 100 === 99) await checkStored();
    else if (!action.startsWith('reload') && !action.startsWith('back') && !action.startsWith('forward')) carried = after;
  }
  if (errors.length === 0) await checkStored();
  console.log(
    `monkey: seed ${SEED}, ${step} actions, ${errors.length} errors, ${finished} rounds finished, ${Math.round((Date.now() - began) / 1000)} s`,
  );
  console.log(`monkey time by action: ${[...spent].map(([k, v]) => `${k} ${v.n}× ${Math.round(v.ms / v.n)} ms`).join(', ')}`);
  if (errors.length > 0) console.log(`last actions:\n  ${log.slice(-15).join('\n  ')}`);
  expect(errors, `replay with MONKEY_SEED=${SEED} MONKEY_ACTIONS=${step}`).toEqual([]);
});
