/**
 * Boot: storage → i18n → the one state → effects and document bindings → the DOM UI; the
 * Phaser stage loads after the menu is usable, so a slow machine can start playing before the
 * canvas is ready. The seed and the clock of every action are made here, at the edge.
 */
import { CLASSROOM_RESUME_SLOT, parseClassSetup } from '../core/classroom';
import type { ContentBundle } from '../core/content/schema';
import { createGameReducer, type GameState, initialGameState, stamp } from '../core/game';
import type { DeviceData } from '../core/progress/records';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls } from '../services/audio';
import { initI18n, t } from '../services/i18n';
import { GameStorage } from '../services/storage';
import { mountUi } from '../ui/mount';
import { bindDocument, systemPrefersReducedMotion } from './document';
import { carryOutEffects, type GameStore, loadProfile, roundReader } from './effects';
import { startStage } from './stage-binding';

/** A uniformly random number in [0, 1) from the browser's cryptographic source where there is one. */
function randomUnit(): number {
  const values = new Uint32Array(1);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(values);
    return (values[0] as number) / 0x100000000;
  }
  return Math.random();
}

async function initialState(storage: GameStorage, device: DeviceData, content: ContentBundle): Promise<GameState> {
  const readRound = roundReader(content);
  const loaded = await loadProfile(storage, readRound, device.activeProfileId);
  const classSaved = readRound(await storage.loadResume(CLASSROOM_RESUME_SLOT));
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
  const store: GameStore = new Store(createGameReducer(content), await initialState(storage, device, content), {
    prepare: (intent) => stamp(intent, () => new Date(), randomUnit),
  });
  const audio = createAudioPlayer(defaultSoundUrls(), { muted: device.settings.muted });
  carryOutEffects(store, { storage, audio, content });
  bindDocument(store);
  mountUi(root, { store, content, translate: t });
  if (stageParent) void startStage(store, stageParent);
  return store;
}
