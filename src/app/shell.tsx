/**
 * The shell owns the adapters (storage, audio, i18n) and carries out the reducer's
 * effects. Views and scenes see only the store and read-only content.
 */
import { render } from 'preact';
import type { ContentBundle } from '../core/content/schema';
import type { Category } from '../core/categories';
import { CLASSROOM_RESUME_SLOT, parseClassSetup } from '../core/classroom';
import { initialGameState, reduceGame, type ActiveProfile, type GameAction, type GameEffect, type GameState } from '../core/game';
import { newRound } from '../core/new-round';
import { reviewableCards } from '../core/progress/leitner';
import { profileNameProblem } from '../core/progress/profile-names';
import type { Profile, ProfileData, Settings } from '../core/progress/records';
import { exportFileName } from '../core/progress/transfer';
import { keepNewestRounds, roundsKeptAfterTrim } from '../core/progress/trim';
import { applyFinishedRound, progressSummary, timesSeen } from '../core/record-round';
import { parseRoundSnapshot, type RoundState } from '../core/round';
import { SerialQueue } from '../core/serial-queue';
import { Store } from '../core/store';
import { createAudioPlayer, defaultSoundUrls, type AudioPlayer } from '../services/audio';
import { initI18n, setLanguage } from '../services/i18n';
import { GameStorage, type ImportResult } from '../services/storage';
import { App } from '../ui/App';
import { Services, type UiServices } from '../ui/context';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { ClassroomServices } from '../ui/classroom-services';
import type { NoticeKind, ProgressServices } from '../ui/progress-services';

export class Shell {
  readonly store: Store<GameState, GameAction, GameEffect>;
  private readonly audio: AudioPlayer;
  private profile: ProfileData;
  /** Storage notices on screen. A dismissed kind stays hidden, except "storage full" once space was freed. */
  private readonly shownNotices: NoticeKind[] = [];
  private readonly dismissedNotices = new Set<NoticeKind>();
  private readonly noticeListeners = new Set<() => void>();
  /** Excerpts the content has: review cards of any other id are neither counted nor dealt. */
  private readonly knownExcerptIds: ReadonlySet<string>;
  /** Storage writes and the language switch, in the order the reducer asked for them. */
  private readonly pending = new SerialQueue((error) => console.warn('An effect could not be carried out:', error));

  private constructor(
    private readonly content: ContentBundle,
    private readonly storage: GameStorage,
    loaded: LoadedProfile,
  ) {
    this.profile = loaded.profile;
    this.knownExcerptIds = new Set(content.excerpts.map((e) => e.id));
    const settings = storage.device.settings;
    this.store = new Store(
      reduceGame,
      initialGameState(settings, { ...this.summary(loaded.profile), resumable: loaded.resumable, activeProfile: activeProfileOf(storage) }),
    );
    this.audio = createAudioPlayer(defaultSoundUrls(), { muted: settings.muted });
    this.store.onEffect((effect) => this.carryOut(effect));
    // Review cards fall due while the game stays open: count again whenever the menu comes back.
    this.store.subscribe((state, previous) => {
      if (state.screen === 'menu' && previous.screen !== 'menu') this.refreshDueCount();
    });
    this.collectNotices();
    applyDocumentSettings(settings);
    // "Follow the system" keeps following it when the system setting changes mid-session.
    window.matchMedia?.('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => applyDocumentSettings(this.store.state.settings));
  }

  static async start(content: ContentBundle): Promise<Shell> {
    const storage = await GameStorage.open(undefined, navigator.language);
    await initI18n(storage.device.settings.language);
    return new Shell(content, storage, await loadProfile(storage, content, storage.device.activeProfileId));
  }

  mount(root: HTMLElement): void {
    const services: UiServices = {
      store: this.store,
      content: this.content,
      excerptById: new Map(this.content.excerpts.map((e) => [e.id, e])),
      articleById: new Map(this.content.articles.map((a) => [a.id, a])),
      startRound: (mode) => this.startRound(mode),
      persistent: this.storage.persistent,
      notices: () => [...this.shownNotices],
      answeredIds: () => this.answeredIds(),
      progress: this.progressServices(),
      classroom: this.classroomServices(),
    };
    render(
      <Services.Provider value={services}>
        <ErrorBoundary store={this.store}>
          <App />
        </ErrorBoundary>
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
    const onlyIds = mode === 'review' ? reviewableCards(this.profile.leitner, this.knownExcerptIds, now).map((c) => c.excerptId) : undefined;
    const round = newRound(this.content, {
      seed,
      at: now.toISOString(),
      size: mode === 'review' ? 10 : settings.roundSize,
      mode,
      timesSeen: timesSeen(this.profile),
      onlyIds,
    });
    if (!round) {
      // Nothing to deal (the review offer was out of date): show the count as it is now.
      this.refreshDueCount();
      return;
    }
    this.store.dispatch({ type: 'start-round', round });
  }

  /**
   * Carries out one effect. What lives in memory (sound, document settings, the profile's
   * progress) changes at once; what reaches storage or i18n is queued in `pending`, so that
   * writes land in the order the reducer asked for them and a failed one stops nothing.
   * Slots and data are taken now, when the effect happens, not when its turn comes.
   */
  private carryOut(effect: GameEffect): void {
    switch (effect.type) {
      case 'sound':
        // Feedback for the click that caused it: it never waits behind a save.
        this.audio.play(effect.name);
        return;
      case 'save-settings': {
        const settings = effect.settings;
        this.audio.setMuted(settings.muted);
        applyDocumentSettings(settings);
        void this.pending.push(() => this.saveSettings(settings));
        return;
      }
      case 'save-resume': {
        const slot = this.resumeSlot(effect.round);
        void this.pending.push(async () => {
          if (!(await this.storage.saveResume(slot, effect.round))) this.collectNotices();
        });
        return;
      }
      case 'clear-resume': {
        const slot = effect.slot === 'classroom' ? CLASSROOM_RESUME_SLOT : this.storage.device.activeProfileId;
        void this.pending.push(() => this.storage.clearResume(slot));
        return;
      }
      case 'round-finished': {
        // In memory at once, so a round started right after deals from the new progress.
        const profile = applyFinishedRound(this.profile, effect.round, this.content);
        this.profile = profile;
        this.store.dispatch({ type: 'progress', ...this.summary(profile) });
        void this.pending.push(async () => {
          // The round is lost when this fails: say so again even if "storage full" was dismissed before.
          if (!(await this.storage.saveProfile(profile))) this.collectNotices({ reshowQuota: true });
        });
        return;
      }
      default:
        return; // announcements are the view's
    }
  }

  private async saveSettings(settings: Settings): Promise<void> {
    // Saved before the language switch is awaited: the save keeps its place in the queue whatever i18n does.
    if (!(await this.storage.saveSettings(settings))) this.collectNotices();
    await setLanguage(settings.language);
  }

  // --- profiles, progress and storage notices (the Progress and Profiles screens) ---

  /** A class round is saved in its own slot, never over the active profile's unfinished round. */
  private resumeSlot(round: RoundState): string {
    return round.mode === 'class' ? CLASSROOM_RESUME_SLOT : this.storage.device.activeProfileId;
  }

  // --- the classroom mode's storage (the Classroom screen) ---

  private classroomServices(): ClassroomServices {
    const expectedOf = new Map<string, Category>(this.content.excerpts.map((e) => [e.id, e.category]));
    return {
      savedRound: async () => {
        const snapshot = await this.storage.loadResume(CLASSROOM_RESUME_SLOT);
        const round = snapshot === null ? null : parseRoundSnapshot(snapshot, (id) => expectedOf.get(id));
        return round?.mode === 'class' ? round : null;
      },
      discardSavedRound: () => this.storage.clearResume(CLASSROOM_RESUME_SLOT),
      loadSetup: async () => parseClassSetup(await this.storage.loadClassroomSetup()),
      saveSetup: async (setup) => {
        if (!(await this.storage.saveClassroomSetup(setup))) this.collectNotices();
      },
    };
  }

  private progressServices(): ProgressServices {
    return {
      profileData: () => this.profile,
      profiles: () => this.storage.device.profiles,
      createProfile: (name) => this.createProfile(name),
      renameProfile: (id, name) => this.renameProfile(id, name),
      switchProfile: (id) => this.switchProfile(id),
      deleteProfile: (id) => this.deleteProfile(id),
      exportProgress: () => this.exportProgress(),
      importProgress: (text) => this.importProgress(text),
      resetProgress: () => this.resetProgress(),
      roundsFreedByTrim: () => this.profile.rounds.length - roundsKeptAfterTrim(this.profile.rounds.length),
      freeSpace: () => this.freeSpace(),
      dismissNotice: (kind) => {
        this.dismissedNotices.add(kind);
        this.setShownNotices(this.shownNotices.filter((k) => k !== kind));
      },
      onNoticesChange: (listener) => {
        this.noticeListeners.add(listener);
        return () => this.noticeListeners.delete(listener);
      },
    };
  }

  /** Loads the active profile's progress and resume offer into the game, after a switch, an import or a reset. */
  private async reloadActiveProfile(): Promise<void> {
    const loaded = await loadProfile(this.storage, this.content, this.storage.device.activeProfileId);
    this.profile = loaded.profile;
    this.collectNotices();
    this.store.dispatch({
      type: 'profile-loaded',
      profile: activeProfileOf(this.storage),
      ...this.summary(loaded.profile),
      resumable: loaded.resumable,
    });
  }

  private async createProfile(name: string): Promise<Profile | null> {
    if (profileNameProblem(name, this.storage.device.profiles) !== null) return null;
    const profile = await this.storage.addProfile(name);
    this.collectNotices();
    // A new profile on a shared device is for the person about to play.
    await this.switchProfile(profile.id);
    return profile;
  }

  private async renameProfile(id: string, name: string): Promise<boolean> {
    if (profileNameProblem(name, this.storage.device.profiles, id) !== null) return false;
    if (!(await this.storage.renameProfile(id, name))) this.collectNotices();
    // The new name is in use for this session even if it could not be kept.
    const renamed = this.storage.device.profiles.find((p) => p.id === id);
    if (!renamed || renamed.name !== name.trim()) return false;
    if (id === this.storage.device.activeProfileId) this.store.dispatch({ type: 'profile-renamed', name: renamed.name });
    return true;
  }

  private async switchProfile(id: string): Promise<boolean> {
    if (!this.storage.device.profiles.some((p) => p.id === id)) return false;
    if (!(await this.storage.setActiveProfile(id))) this.collectNotices();
    if (this.storage.device.activeProfileId !== id) return false;
    await this.reloadActiveProfile();
    return true;
  }

  private async deleteProfile(id: string): Promise<boolean> {
    const wasActive = this.storage.device.activeProfileId === id;
    await this.storage.deleteProfile(id);
    this.collectNotices();
    if (this.storage.device.profiles.some((p) => p.id === id)) return false; // its progress could not be removed: nothing changed
    if (wasActive) await this.reloadActiveProfile();
    return true;
  }

  private async exportProgress(): Promise<{ fileName: string; text: string }> {
    const now = new Date();
    return { fileName: exportFileName(now), text: await this.storage.exportAll(now) };
  }

  private async importProgress(text: string): Promise<ImportResult> {
    const result = await this.storage.importAll(text);
    this.collectNotices();
    if (!result.ok) return result;
    // The file brings its settings too (language, text size…): apply them as if chosen in Settings.
    this.store.dispatch({ type: 'settings', patch: this.storage.device.settings });
    await this.reloadActiveProfile();
    return result;
  }

  private async resetProgress(): Promise<boolean> {
    const reset = await this.storage.resetProgress(this.storage.device.activeProfileId);
    this.collectNotices();
    if (reset) await this.reloadActiveProfile();
    return reset;
  }

  private async freeSpace(): Promise<boolean> {
    const profileId = this.storage.device.activeProfileId;
    const keep = roundsKeptAfterTrim(this.profile.rounds.length);
    // Trim what is stored first, so that saving the current progress (with the round that did not fit) has room.
    await this.storage.trimOldestRounds(profileId, keep);
    this.profile = keepNewestRounds(this.profile, keep);
    let saved = await this.storage.saveProfile(this.profile);
    const round = this.store.state.round;
    if (saved && round && round.phase !== 'finished') saved = await this.storage.saveResume(this.resumeSlot(round), round);
    if (saved) {
      this.collectNotices();
      // Solved: a later "storage full" is news again.
      this.dismissedNotices.delete('quota');
      this.setShownNotices(this.shownNotices.filter((k) => k !== 'quota'));
    } else {
      this.collectNotices({ reshowQuota: true });
    }
    this.store.dispatch({ type: 'progress', ...this.summary(this.profile) });
    return saved;
  }

  private refreshDueCount(): void {
    const summary = this.summary(this.profile);
    if (summary.dueCount !== this.store.state.dueCount) this.store.dispatch({ type: 'progress', ...summary });
  }

  private summary(profile: ProfileData): ReturnType<typeof progressSummary> {
    return progressSummary(profile, new Date(), this.knownExcerptIds);
  }

  /** Takes the storage's new notices; each kind is shown once, unless dismissed. */
  private collectNotices(options: { reshowQuota?: boolean } = {}): void {
    const kinds = new Set(this.storage.drainNotices().map((n) => n.kind));
    if (options.reshowQuota && kinds.has('quota')) this.dismissedNotices.delete('quota');
    const added = [...kinds].filter((kind) => !this.shownNotices.includes(kind) && !this.dismissedNotices.has(kind));
    if (added.length > 0) this.setShownNotices([...this.shownNotices, ...added]);
  }

  private setShownNotices(kinds: NoticeKind[]): void {
    this.shownNotices.splice(0, this.shownNotices.length, ...kinds);
    for (const listener of [...this.noticeListeners]) listener();
  }
}

interface LoadedProfile {
  profile: ProfileData;
  /** The round left unfinished by this profile, if it can still be played. */
  resumable: RoundState | null;
}

async function loadProfile(storage: GameStorage, content: ContentBundle, profileId: string): Promise<LoadedProfile> {
  const profile = await storage.loadProfile(profileId);
  const expectedOf = new Map<string, Category>(content.excerpts.map((e) => [e.id, e.category]));
  const snapshot = await storage.loadResume(profileId);
  const resumable = snapshot === null ? null : parseRoundSnapshot(snapshot, (id) => expectedOf.get(id));
  return { profile, resumable };
}

function activeProfileOf(storage: GameStorage): ActiveProfile {
  const { id, name } = storage.activeProfile;
  return { id, name };
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
