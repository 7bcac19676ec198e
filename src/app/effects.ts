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
import { exportFileName } from '../core/progress/transfer';
import { parseRoundSnapshot, type RoundState } from '../core/round';
import type { ContentBundle } from '../core/content/schema';
import type { Store } from '../core/store';
import type { AudioPlayer } from '../services/audio';
import { toCsv } from '../services/csv';
import { qrMatrix, readQr } from '../services/qr';
import type { GameStorage } from '../services/storage';
import { downloadText } from './download';
import { SerialQueue } from './serial-queue';

export type GameStore = Store<GameState, GameAction, GameEffect, GameIntent>;

export interface EffectDeps {
  storage: GameStorage;
  audio: AudioPlayer;
  content: ContentBundle;
  /** Hands a text to the browser as a file (tests pass a recorder). */
  download?: (fileName: string, text: string, type?: string) => void;
  /** Hands bytes to the browser as a file (the SCORM zip). */
  downloadBytes?: (fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string) => void;
  /** Inside an LMS: told each round as it is saved or finished (see lms-binding.ts). */
  lms?: { report(round: RoundState): void } | null;
  now?: () => Date;
}

/** Reads a saved round back against today's answer key (null when it cannot be played on). */
export function roundReader(content: ContentBundle): (snapshot: unknown) => RoundState | null {
  const expectedOf = new Map(content.excerpts.map((e) => [e.id, e.category]));
  return (snapshot) => (snapshot === null ? null : parseRoundSnapshot(snapshot, (id) => expectedOf.get(id)));
}

/** Loads a profile's progress and the round it left unfinished. */
export async function loadProfile(storage: GameStorage, readRound: (snapshot: unknown) => RoundState | null, id: string): Promise<LoadedProfile> {
  const data = await storage.loadProfile(id);
  const resumable = readRound(await storage.loadResume(id));
  return { id, data, resumable: resumable?.mode === 'class' ? null : resumable };
}

export function carryOutEffects(store: GameStore, deps: EffectDeps): { idle(): Promise<void> } {
  const { storage, audio, content } = deps;
  const download = deps.download ?? downloadText;
  const downloadBytes = deps.downloadBytes ?? downloadText;
  const now = deps.now ?? (() => new Date());
  const readRound = roundReader(content);
  const queue = new SerialQueue((error) => console.warn('An effect could not be carried out:', error));
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
    const text = pixels ? await readQr(pixels) : null;
    if (text) store.dispatch({ type: 'collect-results', text, source: 'qr' });
    else if (!quiet) store.dispatch({ type: 'qr-not-found' });
  };

  store.onEffect((effect) => {
    const state = store.state;
    switch (effect.type) {
      case 'sound':
        // Feedback for the click that caused it: it never waits behind a save.
        audio.play(effect.name);
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
      case 'save-resume': {
        deps.lms?.report(effect.round);
        const slot = slotOf(effect.round, state);
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
        void queue.push(() => storage.clearResume(slot));
        return;
      }
      case 'round-finished':
        void queue.push(async () => {
          // The round is lost when this fails: say so again even if "storage full" was dismissed before.
          await storage.saveProfile(effect.profile);
          report(true);
        });
        return;
      case 'load-profile':
        void queue.push(async () => {
          const profile = await loadProfile(storage, readRound, effect.id);
          store.dispatch({ type: 'profile-loaded', profile, notices: drained() });
        });
        return;
      case 'delete-profile':
        void queue.push(async () => {
          const ok = await storage.deleteProfile(effect.id);
          const next = ok && effect.next ? await loadProfile(storage, readRound, effect.next) : null;
          store.dispatch({ type: 'profile-deleted', id: effect.id, ok, next, notices: drained() });
        });
        return;
      case 'export-progress': {
        const device = deviceRecord(state);
        void queue.push(async () => {
          const at = now();
          const fileName = exportFileName(at);
          try {
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
          const profile = await loadProfile(storage, readRound, result.device.activeProfileId);
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
          store.dispatch({ type: 'progress-reset', ok, notices: drained() });
        });
        return;
      case 'free-space': {
        const slot = effect.round ? slotOf(effect.round, state) : null;
        void queue.push(async () => {
          // Trim what is stored first, so that saving the current progress (with the round that did not fit) has room.
          await storage.trimOldestRounds(effect.profileId, effect.keep);
          let ok = await storage.saveProfile(effect.profile);
          if (ok && effect.round && slot) ok = await storage.saveResume(slot, effect.round);
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
            store.dispatch({ type: 'class-csv-exported', file: null });
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
        // After this dispatch is done: the effect runs inside the reducer's turn.
        queueMicrotask(() => {
          try {
            store.dispatch({ type: 'qr-made', text, qr: qrMatrix(text) });
          } catch (error) {
            console.warn('The QR code could not be made:', error);
          }
        });
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
