/**
 * The app's effects module against real storage code on a memory backend: each command is
 * carried out in order, and what it comes to returns to the game as an action.
 */
import { describe, expect, it } from 'vitest';
import { carryOutEffects, type GameStore } from '../../../src/app/effects';
import { activeProfile, bestScore, createGameReducer, type GameIntent, stamp } from '../../../src/core/game';
import type { DeviceData } from '../../../src/core/progress/records';
import { Store } from '../../../src/core/store';
import type { AudioPlayer } from '../../../src/services/audio';
import { createMemoryBackend, GameStorage, type KeyValueBackend } from '../../../src/services/storage';
import { fixtureContent, gameState } from '../fixtures';

const content = fixtureContent();
const silent: AudioPlayer = { play: () => {}, setMuted: () => {}, muted: false };

async function game(backend: KeyValueBackend = createMemoryBackend()) {
  const { storage, device } = await GameStorage.open(backend, 'fr', { probeTimeoutMs: 50, operationTimeoutMs: 200 });
  let n = 0;
  const initial = { ...gameState(device.settings, { content }), profiles: device.profiles, activeProfileId: device.activeProfileId };
  const store: GameStore = new Store(createGameReducer(), initial, {
    prepare: (intent: GameIntent) =>
      stamp(
        intent,
        () => new Date(Date.UTC(2026, 2, 1, 9, 0, n++)),
        () => 0.5,
      ),
  });
  const downloads: Array<{ fileName: string; text: string }> = [];
  const effects = carryOutEffects(store, { storage, audio: silent, content, download: (fileName, text) => downloads.push({ fileName, text }) });
  return { store, storage, backend, downloads, idle: () => effects.idle() };
}

async function playOneRound(store: GameStore, idle: () => Promise<void>): Promise<void> {
  store.dispatch({ type: 'settings', patch: { confidence: false, clueStep: false } });
  store.dispatch({ type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] });
  store.dispatch({ type: 'choose', category: 'fact' });
  store.dispatch({ type: 'next' });
  store.dispatch({ type: 'choose', category: 'propaganda' });
  store.dispatch({ type: 'next' });
  await idle();
}

describe('effects', () => {
  it('keeps the finished round, the settings and no resume point', async () => {
    const { store, storage, backend, idle } = await game();
    await playOneRound(store, idle);
    expect(bestScore(store.state)).toBe(225);
    expect(await storage.loadProfile('default')).toEqual(store.state.profile);
    expect(((await backend.getItem('device')) as DeviceData).settings.confidence).toBe(false);
    expect(await backend.getItem('resume:default')).toBeNull();
  });

  it('switches profile by reading its progress back, and deletes one with its data', async () => {
    const { store, storage, idle } = await game();
    await playOneRound(store, idle);
    store.dispatch({ type: 'create-profile', name: 'Ben' });
    await idle();
    expect(activeProfile(store.state).name).toBe('Ben');
    expect(bestScore(store.state)).toBe(0);
    store.dispatch({ type: 'switch-profile', id: 'default' });
    await idle();
    expect(activeProfile(store.state).id).toBe('default');
    expect(bestScore(store.state)).toBe(225);
    store.dispatch({ type: 'delete-profile', id: 'default' });
    await idle();
    expect(store.state.profiles.map((p) => p.name)).toEqual(['Ben']);
    expect(await storage.loadProfile('default')).toMatchObject({ rounds: [], bestScore: 0 });
    expect(store.state.outcome).toEqual({ scope: 'profiles', kind: 'deleted', name: 'Profil 1' });
  });

  it('exports to a file, imports it back whole (settings applied without a second save), and says why a bad file is refused', async () => {
    const first = await game();
    await playOneRound(first.store, first.idle);
    first.store.dispatch({ type: 'settings', patch: { textSize: 'xlarge' } });
    first.store.dispatch({ type: 'export-progress' });
    await first.idle();
    expect(first.downloads).toHaveLength(1);
    expect(first.store.state.outcome).toMatchObject({ scope: 'data', kind: 'exported' });

    const second = await game();
    let deviceWrites = 0;
    second.store.onEffect((effect) => {
      if (effect.type === 'save-settings' || effect.type === 'save-device') deviceWrites += 1;
    });
    second.store.dispatch({ type: 'import-progress', text: first.downloads[0]?.text ?? '' });
    await second.idle();
    expect(second.store.state.outcome).toEqual({ scope: 'data', kind: 'imported', count: 1 });
    expect(second.store.state.profile.settings.textSize).toBe('xlarge');
    expect(bestScore(second.store.state)).toBe(225);
    expect(deviceWrites).toBe(0);

    second.store.dispatch({ type: 'import-progress', text: '{"hello":' });
    await second.idle();
    expect(second.store.state.outcome).toEqual({ scope: 'data', kind: 'import-failed', reason: 'not-json' });
    expect(bestScore(second.store.state)).toBe(225);
  });

  it('reports a full storage once, and again when a finished round could not be kept even after a dismissal', async () => {
    let full = false;
    const inner = createMemoryBackend();
    const backend: KeyValueBackend = {
      ...inner,
      setItem: async (key, value) => {
        if (full && key !== 'probe') throw new DOMException('full', 'QuotaExceededError');
        await inner.setItem(key, value);
      },
    };
    const { store, idle } = await game(backend);
    full = true;
    store.dispatch({ type: 'settings', patch: { muted: true } });
    await idle();
    expect(store.state.storage.notices).toEqual(['quota']);
    store.dispatch({ type: 'dismiss-notice', kind: 'quota' });
    store.dispatch({ type: 'settings', patch: { muted: false } });
    await idle();
    expect(store.state.storage.notices).toEqual([]);
    await playOneRound(store, idle);
    expect(store.state.storage.notices).toEqual(['quota']);
  });

  it('before the lesson, no default setup is stored; the classroom makes one from the seed of its action', async () => {
    const { store, backend, idle } = await game();
    store.dispatch({ type: 'class-default-setup', teamNames: ['Équipe 1', 'Équipe 2'] });
    await idle();
    expect(await backend.getItem('classroom:setup')).toEqual({ teamNames: ['Équipe 1', 'Équipe 2'], size: 10, seed: 2147483648, clueStep: false });
  });

  it('tells the LMS each round as it is saved, then the finished round', async () => {
    const { storage } = await game();
    const reported: Array<{ index: number; phase: string; turns: number }> = [];
    const store: GameStore = new Store(
      createGameReducer(),
      gameState((await GameStorage.open(createMemoryBackend(), 'fr')).device.settings, { content }),
      {
        prepare: (intent: GameIntent) =>
          stamp(
            intent,
            () => new Date(Date.UTC(2026, 2, 1)),
            () => 0.5,
          ),
      },
    );
    const effects = carryOutEffects(store, {
      storage,
      audio: silent,
      content,
      lms: { report: (round) => reported.push({ index: round.index, phase: round.phase, turns: round.turns.length }) },
    });
    await playOneRound(store, () => effects.idle());
    expect(reported).toEqual([
      { index: 0, phase: 'answering', turns: 0 },
      { index: 0, phase: 'revealed', turns: 1 },
      { index: 1, phase: 'answering', turns: 1 },
      { index: 1, phase: 'revealed', turns: 2 },
      { index: 1, phase: 'finished', turns: 2 },
    ]);
  });

  it('with a paint to wait for, an answer’s sound and save wait for it (the journal does not), and come once it is painted', async () => {
    const { storage, device } = await GameStorage.open(createMemoryBackend(), 'fr', { probeTimeoutMs: 50, operationTimeoutMs: 200 });
    const initial = { ...gameState(device.settings, { content }), profiles: device.profiles, activeProfileId: device.activeProfileId };
    const store: GameStore = new Store(createGameReducer(), initial, {
      prepare: (intent: GameIntent) =>
        stamp(
          intent,
          () => new Date(Date.UTC(2026, 2, 1)),
          () => 0.5,
        ),
    });
    const played: string[] = [];
    const journaled: string[] = [];
    const journal = { write: (slot: string) => void journaled.push(slot), read: () => null, clear: () => {}, clearAll: () => {} };
    // The next frame: all who wait for it are let go together when it is painted.
    let painted!: () => Promise<void>;
    let paint!: () => void;
    const nextFrame = () => {
      const frame = new Promise<void>((resolve) => {
        paint = () => {
          nextFrame();
          resolve();
        };
      });
      painted = () => frame;
    };
    nextFrame();
    const effects = carryOutEffects(store, {
      storage,
      audio: { ...silent, play: (name) => void played.push(name) },
      content,
      journal,
      afterFeedback: () => painted(),
    });
    store.dispatch({ type: 'settings', patch: { confidence: false, clueStep: false } });
    paint();
    await effects.idle();
    store.dispatch({ type: 'start-round', mode: 'play', excerptIds: ['000-01', '001-02'] });
    paint();
    await effects.idle();
    store.dispatch({ type: 'choose', category: 'propaganda' });
    // The click's handler is over: the journal has the answer, storage and the speaker wait for the frame.
    expect(journaled).toEqual(['default', 'default']);
    await Promise.resolve();
    expect(played).toEqual([]);
    expect(((await storage.loadResume('default')) as { turns: unknown[] }).turns).toHaveLength(0);
    paint();
    await effects.idle();
    await Promise.resolve();
    expect(played.length).toBeGreaterThan(0);
    expect(((await storage.loadResume('default')) as { turns: unknown[] }).turns).toHaveLength(1);
  });
});
