/**
 * Boot: storage → i18n → the one state → effects and document bindings → the DOM UI; the
 * Phaser stage loads after the menu is usable, so a slow machine can start playing before the
 * canvas is ready. The seed and the clock of every action are made here, at the edge.
 */
import { CLASSROOM_RESUME_SLOT, parseClassSetup } from '../core/classroom';
import type { ContentBundle } from '../core/content/schema';
import { createGameReducer, type GameState, initialGameState, stamp } from '../core/game';
import type { DeviceData } from '../core/progress/records';
import type { RoundState } from '../core/round';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls } from '../services/audio';
import { initI18n, t } from '../services/i18n';
import { preloadCsv } from '../services/csv';
import { createJournal, type Journal } from '../services/journal';
import { GameStorage, storageDurability } from '../services/storage';
import { openTabChannel } from './cross-tab';
import { mountUi } from '../ui/mount';
import { bindDocument, systemPrefersReducedMotion } from './document';
import { carryOutEffects, type GameStore, loadProfile, roundReader } from './effects';
import { startStage } from './stage-binding';
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

async function initialState(storage: GameStorage, device: DeviceData, content: ContentBundle, journal: Journal): Promise<GameState> {
  const readRound = roundReader(content);
  const loaded = await loadProfile(storage, readRound, device.activeProfileId, journal, content);
  // The class round: the journal's copy when it is further on (a close right after a step), finished ones included.
  const classCopies = [readRound(await storage.loadResume(CLASSROOM_RESUME_SLOT), true), readRound(journal.read(CLASSROOM_RESUME_SLOT), true)];
  const classSaved = classCopies.reduce<RoundState | null>(
    (best, round) =>
      round && (!best || round.turns.length + (round.phase === 'answering' ? 0 : 0.5) > best.turns.length + (best.phase === 'answering' ? 0 : 0.5))
        ? round
        : best,
    null,
  );
  return initialGameState({
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

export async function startGame(content: ContentBundle, root: HTMLElement, stageParent: HTMLElement | null): Promise<GameStore> {
  const { storage, device } = await GameStorage.open(undefined, navigator.language);
  await initI18n(device.settings.language);
  const journal = createJournal();
  const store: GameStore = new Store(createGameReducer(content), await initialState(storage, device, content, journal), {
    prepare: (intent) => stamp(intent, () => new Date(), randomUnit),
  });
  const audio = createAudioPlayer(defaultSoundUrls(), { muted: device.settings.muted });
  const updates = watchForUpdates(store);
  carryOutEffects(store, {
    storage,
    audio,
    content,
    journal,
    tabs: openTabChannel(),
    applyUpdate: () => updates.apply(),
    requestDurability: storageDurability,
  });
  bindDocument(store);
  mountUi(root, { store, content, translate: t });
  if (stageParent) void startStage(store, stageParent);
  // The CSV code is fetched now, while this build's files are surely on the server (see services/csv.ts).
  setTimeout(preloadCsv, 1500);
  return store;
}
