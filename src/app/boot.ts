/**
 * Boot: storage → i18n → the one state → effects and document bindings → the DOM UI; the
 * Phaser stage loads after the menu is usable, so a slow machine can start playing before the
 * canvas is ready. The seed and the clock of every action are made here, at the edge.
 */
import { CLASSROOM_RESUME_SLOT, parseClassSetup } from '../core/classroom';
import type { ContentBundle } from '../core/content/schema';
import { createGameReducer, type GameState, initialGameState, parseLessonFragment, parsePupilRecord, stamp } from '../core/game';
import { LESSON_RESUME_SLOT, type Lesson, parseLesson, parseReportRecord, type ReportRecord } from '../core/lessons';
import type { DeviceData } from '../core/progress/records';
import type { RoundState } from '../core/round';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls, preloadHowler } from '../services/audio';
import { initI18n, loadLanguage, onLanguageLoaded, preloadLanguages, t, textsComplete } from '../services/i18n';
import { preloadCsv } from '../services/csv';
import { createJournal, type Journal } from '../services/journal';
import { GameStorage, storageDurability } from '../services/storage';
import { openTabChannel } from './cross-tab';
import { mountUi } from '../ui/mount';
import { provideTexts } from '../ui/shared/texts';
import { bindDocument, systemPrefersReducedMotion } from './document';
import { carryOutEffects, type GameStore, loadProfile, roundReader } from './effects';
import { createSpeech } from '../services/speech';
import { bindHistory } from './history';
import { connectLms } from './lms-binding';
import { registerServiceWorker } from './service-worker';
import { bindSpeech } from './speech-binding';
import { afterPaint, startStage } from './stage-binding';
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

async function initialState(storage: GameStorage, device: DeviceData, content: ContentBundle, journal: Journal): Promise<GameState> {
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

/**
 * Starts the game once storage, i18n and the content (loading in parallel since the page's
 * first script) are ready; null, with nothing mounted, when the content is unreadable.
 */
export async function startGame(
  contentLoading: Promise<ContentBundle | null>,
  root: HTMLElement,
  stageParent: HTMLElement | null,
): Promise<GameStore | null> {
  const { storage, device } = await GameStorage.open(undefined, navigator.language);
  await initI18n(device.settings.language);
  const content = await contentLoading;
  if (!content) return null;
  const journal = createJournal();
  const store: GameStore = new Store(createGameReducer(content), await initialState(storage, device, content, journal), {
    prepare: (intent) => stamp(intent, () => new Date(), randomUnit),
  });
  const audio = createAudioPlayer(defaultSoundUrls(), { muted: device.settings.muted });
  const updates = watchForUpdates(store);
  // Inside an LMS (a SCORM package), the LMS is told how the round goes; outside one, this is null.
  const lms = await connectLms(window);
  carryOutEffects(store, {
    storage,
    audio,
    content,
    journal,
    tabs: openTabChannel(),
    applyUpdate: () => updates.apply(),
    requestDurability: storageDurability,
    lms,
  });
  bindDocument(store);
  // The menu's texts are in; the views wait for the others where they need them (ui/shared/texts.ts).
  provideTexts({ complete: textsComplete, load: loadLanguage });
  const mount = () => mountUi(root, { store, content, translate: t });
  mount();
  // A view drawn in a language whose texts were still on their way is drawn again once they arrive.
  onLanguageLoaded(mount);
  bindHistory(store, window);
  bindSpeech(store, createSpeech(), content, t as unknown as Parameters<typeof bindSpeech>[3]);
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
  // The sounds' library once the menu has painted: the first click comes after it.
  void painted.then(preloadHowler);
  // The other language's texts too: a switch then finds them here (see services/i18n.ts).
  void painted.then(preloadLanguages);
  registerServiceWorker(stageParent ? startStage(store, stageParent, content) : painted);
  // The CSV and QR code are fetched now, while this build's files are surely on the server (see services/csv.ts).
  setTimeout(() => {
    preloadCsv();
    import('../services/qr').catch(() => undefined);
  }, 1500);
  return store;
}
