/**
 * Boot: storage → i18n → the one state → effects and document bindings → the DOM UI; the
 * texts (articles, answer key) and the Phaser stage load after the menu has painted, so a slow
 * machine shows the menu without waiting for either (what needs the texts waits in the state
 * until they arrive, see core/game/content-loading.ts). The seed and the clock of every action
 * are made here, at the edge.
 */
import { CLASSROOM_RESUME_SLOT, parseClassSetup } from '../core/classroom';
import type { ContentIndex } from '../core/content/content-index';
import { createGameReducer, type GameState, MODE_NAMES, initialGameState, parseLessonFragment, parsePupilRecord, stamp } from '../core/game';
import { textsOrder } from '../core/game/content-order';
import { parseReportRecord, type ReportRecord } from '../core/lessons/collect';
import { LESSON_RESUME_SLOT, type Lesson, parseLesson } from '../core/lessons/lesson';
import type { DeviceData } from '../core/progress/records';
import type { RoundState } from '../core/round';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls, preloadHowler } from '../services/audio';
import { initI18n, loadLanguage, onLanguageLoaded, preloadLanguages, t, textsComplete } from '../services/i18n';
import { preloadCsv } from '../services/csv';
import type { ContentResult } from '../services/content';
import { createJournal, type Journal } from '../services/journal';
import { GameStorage, storageDurability } from '../services/storage';
import { openTabChannel } from './cross-tab';
import { mountUi } from '../ui/mount';
import { provideTexts } from '../ui/shared/texts';
import { bindDocument, systemPrefersReducedMotion } from './document';
import { carryOutEffects, type GameStore, loadProfile, roundReader } from './effects';
import { createSpeech } from '../services/speech';
import { bindHistory } from './history';
import { settleMenuShell } from './menu-shell';
import { loadMode } from './modes';
import { findScormApi } from '../services/scorm';
import { registerServiceWorker } from './service-worker';
import { bindSpeech } from './speech-binding';
import { afterPaint, nextTask, soonAfterPaint } from './paint';
import { bindStage } from './stage-binding';
import { watchForUpdates } from './updates';

/** A uniformly random number in [0, 1) from the browser's cryptographic source where there is one. */
function randomUnit(): number {
  const values = new Uint32Array(1);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(values);
    return (values[0] as number) / 0x100000000;
  }
  return Math.random();
}

/** How far a round has gone: its answered turns, and half a step more once the current one is revealed. */
function progressOf(round: RoundState): number {
  return round.turns.length + (round.phase === 'answering' ? 0 : 0.5);
}

async function initialState(storage: GameStorage, device: DeviceData, content: ContentIndex, journal: Journal): Promise<GameState> {
  const readRound = roundReader(content);
  const loaded = await loadProfile(storage, readRound, device.activeProfileId, journal, content);
  // The class round and a pupil's lesson round: the journal's copy when it is further on (a close right after a step).
  // A finished class round is kept (its results are the class's only copy); a finished lesson round
  // is not resumed: the copy before its last step is, and finishing it again gives the result code.
  const furthest = async (slot: string, finished: boolean) =>
    [readRound(await storage.loadResume(slot), finished), readRound(journal.read(slot), finished)].reduce<RoundState | null>(
      (best, round) => (round && (!best || progressOf(round) > progressOf(best)) ? round : best),
      null,
    );
  const classSaved = await furthest(CLASSROOM_RESUME_SLOT, true);
  const lessons = (await storage.loadRecords('lesson')).map(parseLesson).filter((l): l is Lesson => l !== null);
  const reports = (await storage.loadRecords('report')).map(parseReportRecord).filter((r): r is ReportRecord => r !== null);
  const pupil = parsePupilRecord(await storage.loadPupil(), content);
  const pupilRound = await furthest(LESSON_RESUME_SLOT, false);
  return initialGameState({
    lessons,
    reports,
    pupil,
    pupilRound: pupilRound?.lesson && pupilRound.mode !== 'class' ? pupilRound : null,
    device,
    profile: loaded.data,
    resumable: loaded.resumable,
    persistent: storage.persistent,
    classSetup: parseClassSetup(await storage.loadClassroomSetup()),
    classSaved: classSaved?.mode === 'class' ? classSaved : null,
    notices: storage.drainNotices().map((n) => n.kind),
    systemReducedMotion: systemPrefersReducedMotion(),
  });
}

/** What is wrong with the texts, in a few words for the screen that needed them (all of it in the console). */
function contentProblems(loaded: ContentResult | { ok: false; error: unknown }): string {
  if (loaded.ok) return '';
  if ('error' in loaded) {
    console.error('The content could not be loaded:', loaded.error);
    return loaded.error instanceof Error ? loaded.error.message || loaded.error.name : String(loaded.error);
  }
  const shown = loaded.problems.slice(0, 3).map((p) => `${p.file}${p.id ? ` ${p.id}` : ''}: ${p.message}`);
  if (loaded.problems.length > 3) shown.push(`+${loaded.problems.length - 3}`);
  console.error('Content problems:', loaded.problems);
  return shown.join('; ');
}

/**
 * Starts the game once storage and i18n are ready, from the content index (what the menu and
 * the saved data need); `loadTexts` fetches the rest once the menu has painted.
 */
export async function startGame(
  index: ContentIndex,
  loadTexts: (order: readonly string[]) => Promise<ContentResult>,
  root: HTMLElement,
  stageParent: HTMLElement | null,
): Promise<GameStore> {
  const { storage, device } = await GameStorage.open(undefined, navigator.language);
  await initI18n(device.settings.language);
  const journal = createJournal();
  const store: GameStore = new Store(createGameReducer(), await initialState(storage, device, index, journal), {
    prepare: (intent) => stamp(intent, () => new Date(), randomUnit),
  });
  const audio = createAudioPlayer(defaultSoundUrls(), { muted: device.settings.muted });
  const updates = watchForUpdates(store);
  // Inside an LMS (a SCORM package), the LMS is told how the round goes; outside one, this is null.
  // Its code (and the LMS mode's rules) only then: the menu of a game outside an LMS never loads it.
  const lms = findScormApi(window) ? await import('./lms-binding').then((m) => m.connectLms(window)) : null;
  carryOutEffects(store, {
    storage,
    audio,
    content: index,
    journal,
    tabs: openTabChannel(),
    applyUpdate: () => updates.apply(),
    requestDurability: storageDurability,
    lms,
    afterFeedback: soonAfterPaint,
  });
  bindDocument(store);
  // The menu's texts are in; the views wait for the others where they need them (ui/shared/texts.ts).
  provideTexts({ complete: textsComplete, load: loadLanguage });
  // Reading the saved data and drawing the menu are two tasks, not one long one on an old machine
  // (a click on the menu drawn at build time meanwhile is kept, see menu-shell.ts).
  await nextTask();
  const mount = () => mountUi(root, { store, index, translate: t });
  mount();
  const menuShell = settleMenuShell(root, store, { inLms: lms !== null });
  // A view drawn in a language whose texts were still on their way is drawn again once they arrive.
  onLanguageLoaded(() => {
    mount();
    menuShell.redrawn();
  });
  bindHistory(store, window);
  bindSpeech(store, createSpeech(), t as unknown as Parameters<typeof bindSpeech>[2]);
  // A lesson link (#lesson=…): the fragment never reaches a server; the game reads it here, at boot and when it changes.
  const openLink = () => {
    const link = parseLessonFragment(location.hash);
    if (link) store.dispatch({ type: 'open-lesson-link', code: link.code, name: link.name });
  };
  if (lms) lms.start(store);
  else {
    openLink();
    window.addEventListener('hashchange', openLink);
  }
  const painted = afterPaint();
  // The texts once the menu has painted: on a fast machine they are here before the first click;
  // a click that comes first waits for them in the state.
  void painted
    .then(() => loadTexts(textsOrder(store.state, index)))
    .catch((error: unknown) => ({ ok: false as const, error }))
    .then((loaded) =>
      store.dispatch(loaded.ok ? { type: 'content-loaded', content: loaded.content } : { type: 'content-failed', detail: contentProblems(loaded) }),
    );
  // The sounds' library once the menu has painted: the first click comes after it.
  void painted.then(preloadHowler);
  // The other language's texts too: a switch then finds them here (see services/i18n.ts).
  void painted.then(preloadLanguages);
  // The stage starts with the first screen it animates (stage-binding.ts).
  if (stageParent) bindStage(store, stageParent);
  // The offline cache once the menu has painted: its precache fetches the files the page has not (the stage's among them).
  registerServiceWorker(painted);
  // The CSV and QR code are fetched now, while this build's files are surely on the server (see services/csv.ts).
  setTimeout(() => {
    preloadCsv();
    import('../services/qr').catch(() => undefined);
    // The modes' rules too (modes.ts): a click then finds them here instead of waiting for them.
    for (const mode of MODE_NAMES) void loadMode(store, mode);
  }, 1500);
  menuShell.carryOutClick();
  return store;
}
