/**
 * The shell owns the adapters (storage, audio, i18n) and carries out the reducer's
 * effects. Views and scenes see only the store and read-only content.
 */
import { render } from 'preact';
import type { ContentBundle } from '../core/content/schema';
import { initialGameState, reduceGame, type GameAction, type GameEffect, type GameState } from '../core/game';
import { newRound } from '../core/new-round';
import { dueCards } from '../core/progress/leitner';
import type { ProfileData, Settings } from '../core/progress/records';
import { applyFinishedRound, progressSummary, timesSeen } from '../core/record-round';
import { parseRoundSnapshot, type RoundState } from '../core/round';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls, type AudioPlayer } from '../services/audio';
import { initI18n, setLanguage } from '../services/i18n';
import { GameStorage, type StorageNotice } from '../services/storage';
import { App } from '../ui/App';
import { Services, type UiServices } from '../ui/context';

export class Shell {
  readonly store: Store<GameState, GameAction, GameEffect>;
  private readonly audio: AudioPlayer;
  private profile: ProfileData;
  private readonly noticeKinds: StorageNotice['kind'][];

  private constructor(
    private readonly content: ContentBundle,
    private readonly storage: GameStorage,
    profile: ProfileData,
    resumable: RoundState | null,
  ) {
    this.profile = profile;
    this.noticeKinds = storage.notices.map((n) => n.kind);
    const settings = storage.device.settings;
    this.store = new Store(reduceGame, initialGameState(settings, { ...progressSummary(profile, new Date()), resumable }));
    this.audio = createAudioPlayer(defaultSoundUrls(), { muted: settings.muted });
    this.store.onEffect((effect) => void this.run(effect));
    applyDocumentSettings(settings);
  }

  static async start(content: ContentBundle): Promise<Shell> {
    const storage = await GameStorage.open(undefined, navigator.language);
    await initI18n(storage.device.settings.language);
    const profileId = storage.device.activeProfileId;
    const profile = await storage.loadProfile(profileId);
    const expectedOf = new Map(content.excerpts.map((e) => [e.id, e.category]));
    const snapshot = await storage.loadResume(profileId);
    const resumable = snapshot === null ? null : parseRoundSnapshot(snapshot, (id) => expectedOf.get(id));
    return new Shell(content, storage, profile, resumable);
  }

  mount(root: HTMLElement): void {
    const services: UiServices = {
      store: this.store,
      content: this.content,
      excerptById: new Map(this.content.excerpts.map((e) => [e.id, e])),
      articleById: new Map(this.content.articles.map((a) => [a.id, a])),
      startRound: (mode) => this.startRound(mode),
      persistent: this.storage.persistent,
      notices: () => this.noticeKinds,
      answeredIds: () => this.answeredIds(),
    };
    render(
      <Services.Provider value={services}>
        <App />
      </Services.Provider>,
      root,
    );
  }

  async startStage(parent: HTMLElement): Promise<void> {
    try {
      const { startStage } = await import('../scenes/stage');
      startStage(this.store, parent);
    } catch (error) {
      // The canvas is decoration over a complete DOM game: without it, play goes on.
      console.warn('The animated stage could not start:', error);
    }
  }

  private answeredIds(): ReadonlySet<string> {
    const ids = new Set(Object.keys(timesSeen(this.profile)));
    for (const turn of this.store.state.round?.turns ?? []) ids.add(turn.excerptId);
    return ids;
  }

  private startRound(mode: 'play' | 'review'): void {
    const now = new Date();
    const settings = this.store.state.settings;
    const seed = (now.getTime() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
    const onlyIds = mode === 'review' ? dueCards(this.profile.leitner, now).map((c) => c.excerptId) : undefined;
    if (onlyIds && onlyIds.length === 0) return;
    const round = newRound(this.content, {
      seed,
      at: now.toISOString(),
      size: mode === 'review' ? 10 : settings.roundSize,
      mode,
      timesSeen: timesSeen(this.profile),
      onlyIds,
    });
    this.store.dispatch({ type: 'start-round', round });
  }

  private async run(effect: GameEffect): Promise<void> {
    const profileId = this.storage.device.activeProfileId;
    switch (effect.type) {
      case 'sound':
        this.audio.play(effect.name);
        return;
      case 'save-settings':
        await this.applySettings(effect.settings);
        return;
      case 'save-resume':
        await this.storage.saveResume(profileId, effect.round);
        return;
      case 'clear-resume':
        await this.storage.clearResume(profileId);
        return;
      case 'round-finished': {
        this.profile = applyFinishedRound(this.profile, effect.round, this.content);
        const saved = await this.storage.saveProfile(this.profile);
        if (!saved) this.noteNewNotices();
        this.store.dispatch({ type: 'progress', ...progressSummary(this.profile, new Date()) });
        return;
      }
      default:
        return; // announcements are the view's
    }
  }

  private async applySettings(settings: Settings): Promise<void> {
    this.audio.setMuted(settings.muted);
    applyDocumentSettings(settings);
    await setLanguage(settings.language);
    const saved = await this.storage.saveSettings(settings);
    if (!saved) this.noteNewNotices();
  }

  private noteNewNotices(): void {
    for (const notice of this.storage.notices) if (!this.noticeKinds.includes(notice.kind)) this.noticeKinds.push(notice.kind);
  }
}

/** Text size, motion and font are CSS concerns: set them once on the root element. */
function applyDocumentSettings(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.textSize = settings.textSize;
  const systemReduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const reduce = settings.reducedMotion === 'on' || (settings.reducedMotion === 'system' && systemReduce);
  root.dataset.reducedMotion = reduce ? 'true' : 'false';
  root.dataset.font = settings.dyslexiaFont ? 'hyperlegible' : 'default';
  root.lang = settings.language;
}
