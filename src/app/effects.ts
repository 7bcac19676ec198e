/**
 * Carries out the reducer's commands: storage, sound, downloads. What reaches storage runs
 * through one serial queue, so writes land in the order the reducer asked for them and a
 * failed one stops nothing; what each comes to is dispatched back as an action (the
 * reducer's business, not this module's). Slots and data are taken when the effect
 * happens, not when its turn in the queue comes.
 */
import { CLASSROOM_RESUME_SLOT } from '../core/classroom';
import { LESSON_RESUME_SLOT } from '../core/lessons/lesson';
import { deviceRecord, type GameAction, type GameEffect, type GameIntent, type GameState, type LoadedProfile, type NoticeKind } from '../core/game';
import { appendRoundRecord } from '../core/progress/merge';
import { roundToRecord } from '../core/record-round';
import { chooseResume } from '../core/resume';
import { parseRoundSnapshot, type RoundState } from '../core/round';
import type { ExcerptKeys } from '../core/content/content-index';
import type { Store } from '../core/store';
import type { AudioPlayer } from '../services/audio';
import { StaleBuildError, toCsv } from '../services/csv';
import { type Journal, noJournal } from '../services/journal';
import type { GameStorage } from '../services/storage';
import { noTabs, type TabChannel } from './cross-tab';
import { downloadText } from './download';
import { loadMode } from './modes';
import { SerialQueue } from './serial-queue';

/** The QR module (and uqr in it), loaded by the first screen that makes or reads a code. */
const qr = () => import('../services/qr');

export type GameStore = Store<GameState, GameAction, GameEffect, GameIntent>;

export interface EffectDeps {
  storage: GameStorage;
  audio: AudioPlayer;
  /** The excerpts' ids, articles and answers (the content index, or the bundle): saved rounds are read against them. */
  content: ExcerptKeys;
  /** Hands a text to the browser as a file (tests pass a recorder). */
  download?: (fileName: string, text: string, type?: string) => void;
  /** Hands bytes to the browser as a file (the SCORM zip). */
  downloadBytes?: (fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string) => void;
  /** Inside an LMS: told each round as it is saved or finished (see lms-binding.ts). */
  lms?: { report(round: RoundState): void } | null;
  now?: () => Date;
  /** The synchronous copy of the round in play (services/journal.ts); none in tests unless given. */
  journal?: Journal;
  /** The other tabs of the game (app/cross-tab.ts). */
  tabs?: TabChannel;
  /** Takes a waiting new version (app/updates.ts). */
  applyUpdate?: () => void;
  /** Asks the browser to keep storage (navigator.storage.persist), answering what it said. */
  requestDurability?: (ask: boolean) => Promise<'granted' | 'denied' | 'unsupported'>;
  /**
   * What the writes and the sound wait for: the frame that shows the click (app/paint.ts), so the
   * verdict is on screen a few milliseconds sooner and the sound comes with it. None in tests: at once.
   */
  afterFeedback?: () => Promise<void>;
}

/** Reads a saved round back against today's answer key (null when it cannot be played on); `allowFinished` for the class results kept. */
export function roundReader(content: ExcerptKeys): (snapshot: unknown, allowFinished?: boolean) => RoundState | null {
  const expectedOf = new Map(content.excerpts.map((e) => [e.id, e.category]));
  return (snapshot, allowFinished = false) =>
    snapshot === null ? null : parseRoundSnapshot(snapshot, (id) => expectedOf.get(id), { allowFinished });
}

/** The excerpt → article lookup a round record needs. */
function articleLookup(content: ExcerptKeys): (excerptId: string) => string {
  const articleOf = new Map(content.excerpts.map((e) => [e.id, e.article as string]));
  return (id) => articleOf.get(id) ?? id.slice(0, 3);
}

/**
 * Loads a profile's progress and the round it left unfinished. The resume record and the journal
 * are both read: the furthest copy is offered (a resume never goes back), a round already in the
 * history is never offered (and its stale copies go), and a finished round the history lacks
 * (the tab was closed before its save landed) is recorded now.
 */
export async function loadProfile(
  storage: GameStorage,
  readRound: (snapshot: unknown, allowFinished?: boolean) => RoundState | null,
  id: string,
  journal: Journal = noJournal,
  content?: ExcerptKeys,
): Promise<LoadedProfile> {
  let data = await storage.loadProfile(id);
  const stored = readRound(await storage.loadResume(id));
  const journaled = readRound(journal.read(id), true);
  const recorded = new Set(data.rounds.map((r) => r.id));
  const { resumable, unrecorded } = chooseResume([stored, journaled], recorded);
  if (unrecorded && content) {
    const record = roundToRecord(unrecorded, articleLookup(content));
    data = (await storage.recordRound(id, record)) ?? appendRoundRecord(data, record);
    if (data.rounds.some((r) => r.id === unrecorded.id)) journal.clear(id, unrecorded.id);
  }
  if (stored && data.rounds.some((r) => r.id === stored.id)) await storage.clearResume(id);
  if (journaled && journaled.phase !== 'finished' && journaled !== resumable) journal.clear(id, journaled.id);
  return { id, data, resumable };
}

export function carryOutEffects(store: GameStore, deps: EffectDeps): { idle(): Promise<void> } {
  const { storage, audio, content } = deps;
  const download = deps.download ?? downloadText;
  const downloadBytes = deps.downloadBytes ?? downloadText;
  const now = deps.now ?? (() => new Date());
  const journal = deps.journal ?? noJournal;
  const tabs = deps.tabs ?? noTabs;
  const readRound = roundReader(content);
  const articleOf = articleLookup(content);
  const load = (id: string) => loadProfile(storage, readRound, id, journal, content);
  let askedDurability = false;
  // The journal is still written at once (a tab closed right after the click keeps it); storage follows the paint.
  const queue = new SerialQueue((error) => console.warn('An effect could not be carried out:', error), deps.afterFeedback);
  const drained = (): NoticeKind[] => storage.drainNotices().map((n) => n.kind);
  /** Tells the game what storage has to say after a write, if anything. */
  const report = (reshowQuota = false) => {
    const kinds = drained();
    if (kinds.length > 0) store.dispatch({ type: 'storage-notices', kinds, reshowQuota });
  };
  const slotOf = (round: RoundState, state: GameState) =>
    round.mode === 'class' ? CLASSROOM_RESUME_SLOT : round.lesson ? LESSON_RESUME_SLOT : state.activeProfileId;
  /** The text of a QR code in a picture or a camera frame, dispatched as a line to collect (or "none found"). */
  const collectQr = async (pixels: { data: Uint8ClampedArray; width: number; height: number } | null, quiet: boolean) => {
    const text = pixels ? await (await qr()).readQr(pixels) : null;
    if (text) store.dispatch({ type: 'collect-results', text, source: 'qr' });
    else if (!quiet) store.dispatch({ type: 'qr-not-found' });
  };

  store.onEffect((effect) => {
    const state = store.state;
    switch (effect.type) {
      case 'sound':
        // Feedback for the click that caused it, with the frame that shows it; never behind a save.
        if (deps.afterFeedback) void deps.afterFeedback().then(() => audio.play(effect.name));
        else audio.play(effect.name);
        return;
      case 'save-settings':
      case 'save-device': {
        const device = deviceRecord(state);
        void queue.push(async () => {
          await storage.saveDevice(device);
          report();
        });
        return;
      }
      case 'save-player-settings':
        void queue.push(async () => {
          const stored = await storage.savePlayerSettings(effect.profileId, effect.settings, effect.at);
          if (stored) tabs.post({ type: 'profile-saved', id: effect.profileId });
          report();
        });
        return;
      case 'save-resume': {
        deps.lms?.report(effect.round);
        const slot = slotOf(effect.round, state);
        // Written before this click's handler returns: a tab closed now still has this step.
        journal.write(slot, effect.round);
        void queue.push(async () => {
          await storage.saveResume(slot, effect.round);
          report();
        });
        return;
      }
      case 'clear-resume': {
        // A round that just ended: its last report to the LMS (score, status).
        if (state.round?.phase === 'finished') deps.lms?.report(state.round);
        const slot = effect.slot === 'classroom' ? CLASSROOM_RESUME_SLOT : effect.slot === 'lesson' ? LESSON_RESUME_SLOT : state.activeProfileId;
        const kept = journal.read(slot) as { phase?: unknown } | null;
        // A finished solo round's journal copy stays until the round is recorded (round-finished clears it).
        if (slot !== state.activeProfileId || kept?.phase !== 'finished') journal.clear(slot);
        void queue.push(() => storage.clearResume(slot));
        return;
      }
      case 'round-finished': {
        const profileId = effect.profile.profileId;
        const record = roundToRecord(effect.round, articleOf);
        // The finished round is on the device before the results show; storage gets it next.
        journal.write(profileId, effect.round);
        void queue.push(async () => {
          // Appended to what is stored (another tab's rounds stay), under the profile's lock.
          const stored = await storage.recordRound(profileId, record);
          if (stored) {
            journal.clear(profileId, effect.round.id);
            tabs.post({ type: 'profile-saved', id: profileId });
            store.dispatch({ type: 'profile-synced', id: profileId, data: stored });
            if (!askedDurability && deps.requestDurability && store.state.storage.durability !== 'granted') {
              // The first round worth keeping is the moment to ask the browser to keep storage.
              askedDurability = true;
              void deps.requestDurability(true).then((status) => store.dispatch({ type: 'storage-durability', status }));
            }
          }
          // The round is lost when this fails: say so again even if "storage full" was dismissed before.
          report(true);
        });
        return;
      }
      case 'save-investigations': {
        const { profileId, record } = effect;
        void queue.push(async () => {
          if (await storage.saveInvestigations(profileId, record)) tabs.post({ type: 'profile-saved', id: profileId });
          report();
        });
        return;
      }
      case 'apply-update':
        deps.applyUpdate?.();
        return;
      case 'load-profile':
        void queue.push(async () => {
          const profile = await load(effect.id);
          store.dispatch({ type: 'profile-loaded', profile, notices: drained() });
        });
        return;
      case 'delete-profile':
        void queue.push(async () => {
          const ok = await storage.deleteProfile(effect.id);
          const next = ok && effect.next ? await load(effect.next) : null;
          store.dispatch({ type: 'profile-deleted', id: effect.id, ok, next, notices: drained() });
        });
        return;
      case 'export-progress': {
        const device = deviceRecord(state);
        void queue.push(async () => {
          const at = now();
          let fileName = '';
          try {
            // The export's format only now: the menu never pays for it (if it cannot load, the buttons are released all the same).
            const { exportFileName } = await import('../core/progress/transfer');
            fileName = exportFileName(at);
            download(fileName, await storage.exportAll(device, at), 'application/json');
          } finally {
            store.dispatch({ type: 'progress-exported', file: fileName });
          }
        });
        return;
      }
      case 'import-progress':
        void queue.push(async () => {
          const result = await storage.importAll(effect.text);
          if (!result.ok) {
            store.dispatch({ type: 'progress-imported', outcome: { ok: false, reason: result.reason }, notices: drained() });
            return;
          }
          // Every resume point went with the import: so do their journal copies.
          journal.clearAll();
          tabs.post({ type: 'imported' });
          const profile = await load(result.device.activeProfileId);
          store.dispatch({
            type: 'progress-imported',
            outcome: { ok: true, device: result.device, profile, profileCount: result.profiles },
            notices: drained(),
          });
        });
        return;
      case 'reset-progress':
        void queue.push(async () => {
          const ok = await storage.resetProgress(effect.profileId);
          if (ok) {
            journal.clear(effect.profileId);
            tabs.post({ type: 'profile-replaced', id: effect.profileId });
          }
          store.dispatch({ type: 'progress-reset', ok, notices: drained() });
        });
        return;
      case 'free-space': {
        const slot = effect.round ? slotOf(effect.round, state) : null;
        void queue.push(async () => {
          // Trim what is stored first, so that saving the current progress (with the round that did not fit) has room.
          let ok = await storage.freeSpace(effect.profileId, effect.keep, effect.profile);
          if (ok && effect.round && slot) ok = await storage.saveResume(slot, effect.round);
          if (ok) tabs.post({ type: 'profile-replaced', id: effect.profileId });
          store.dispatch({ type: 'space-freed', ok, notices: drained() });
        });
        return;
      }
      case 'save-class-setup': {
        const setup = effect.setup;
        void queue.push(async () => {
          await storage.saveClassroomSetup(setup);
          report();
        });
        return;
      }
      case 'export-class-csv':
        // Not in the storage queue: a file for the teacher, made on the device.
        void toCsv(effect.header, effect.rows, { delimiter: effect.delimiter })
          .then((text) => {
            download(effect.fileName, text);
            store.dispatch({ type: 'class-csv-exported', file: effect.fileName });
          })
          .catch((error: unknown) => {
            console.warn('The class results could not be exported:', error);
            store.dispatch({ type: 'class-csv-exported', file: null, stale: error instanceof StaleBuildError });
          });
        return;
      case 'save-lesson': {
        const { lesson } = effect;
        void queue.push(async () => {
          await storage.saveLesson(lesson.id, lesson);
          report();
        });
        return;
      }
      case 'delete-lesson':
        void queue.push(async () => {
          await storage.deleteLesson(effect.id);
        });
        return;
      case 'save-report': {
        const saved = effect.report;
        void queue.push(async () => {
          await storage.saveReport(saved.id, saved);
          report();
        });
        return;
      }
      case 'delete-report':
        void queue.push(async () => {
          await storage.deleteReport(effect.id);
        });
        return;
      case 'save-pupil': {
        const pupil = effect.pupil;
        void queue.push(async () => {
          await storage.savePupil(pupil);
          report();
        });
        return;
      }
      case 'export-lesson':
        download(effect.fileName, effect.text, 'application/json');
        store.dispatch({ type: 'lesson-exported', file: effect.fileName });
        return;
      case 'download-text':
        download(effect.fileName, effect.text, effect.mime);
        return;
      case 'load-mode':
        void loadMode(store, effect.mode);
        return;
      case 'make-scorm-package': {
        // The zip code is loaded only now: the menu never pays for it.
        const { fileName } = effect;
        void import('./scorm-package')
          .then((m) => m.makeScormPackage(effect))
          .then((zip) => {
            downloadBytes(fileName, zip, 'application/zip');
            store.dispatch({ type: 'scorm-package-made', file: fileName });
          })
          .catch((error: unknown) => {
            console.warn('The SCORM package could not be made:', error);
            const reason = error instanceof Error && error.message === 'unavailable' ? 'unavailable' : 'failed';
            store.dispatch({ type: 'scorm-package-made', file: null, reason });
          });
        return;
      }
      case 'make-qr': {
        const text = effect.text;
        // After this dispatch is done (the effect runs inside the reducer's turn), and once the QR
        // module has loaded: only the screens that show a code need it, not the menu.
        void qr()
          .then(({ qrMatrix }) => store.dispatch({ type: 'qr-made', text, qr: qrMatrix(text) }))
          .catch((error: unknown) => console.warn('The QR code could not be made:', error));
        return;
      }
      case 'read-qr-image':
        void imagePixels(effect.image)
          .then((pixels) => collectQr(pixels, false))
          .catch(() => store.dispatch({ type: 'qr-not-found' }));
        return;
      case 'read-qr-frame':
        // A camera frame: most hold no readable code yet, and say nothing.
        void collectQr(effect.pixels, true).catch(() => undefined);
        return;
      case 'announce-excerpt':
      case 'announce-verdict':
      case 'announce-results':
        return; // said by the view's live region
    }
  });

  // Mute follows the settings wherever they change (Settings, the M key, an import).
  let muted = store.state.settings.muted;
  audio.setMuted(muted);
  store.subscribe((state) => {
    if (state.settings.muted !== muted) {
      muted = state.settings.muted;
      audio.setMuted(muted);
    }
  });

  // What another tab saved: read it in this tab's queue (after this tab's own writes), then merge it in.
  tabs.listen((message) => {
    if (message.type === 'imported') {
      window.location.reload();
      return;
    }
    if (message.id !== store.state.activeProfileId) return;
    void queue.push(async () => {
      const data = await storage.loadProfile(message.id);
      store.dispatch({ type: 'profile-synced', id: message.id, data, replace: message.type === 'profile-replaced' });
    });
  });

  // Whether storage is already durable is asked without a prompt; the request itself waits for a finished round.
  if (deps.requestDurability && storage.persistent) {
    void deps.requestDurability(false).then((status) => store.dispatch({ type: 'storage-durability', status }));
  }

  return { idle: () => queue.idle() };
}

/** The pixels of an image file (a photo or a screenshot of a QR code), scaled down to at most 1600 px across. */
async function imagePixels(image: object): Promise<{ data: Uint8ClampedArray; width: number; height: number } | null> {
  if (!(image instanceof Blob)) return null;
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}
