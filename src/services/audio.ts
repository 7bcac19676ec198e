/**
 * The game's sound effects: the only module that imports howler.
 *
 * Sound is a nicety here, never a requirement: a classroom PC without speakers, a browser
 * that blocks autoplay or a file that fails to decode must leave the game fully playable.
 * So no call into howler is allowed to throw out of this module; at worst a sound is skipped
 * and one warning is logged.
 */
type Howler = typeof import('howler');
import selectUrl from '../../assets/audio/select.wav';
import rightUrl from '../../assets/audio/right.wav';
import wrongUrl from '../../assets/audio/wrong.wav';
import roundEndUrl from '../../assets/audio/round-end.wav';

import { SOUND_NAMES, type SoundName } from '../core/game/effects';

export { SOUND_NAMES, type SoundName };

export interface AudioPlayer {
  /** Plays the sound, or does nothing when muted or when audio is unavailable. Never throws. */
  play(name: SoundName): void;
  setMuted(muted: boolean): void;
  readonly muted: boolean;
}

/** The part of a Howl this module uses, so tests can stand in for howler. */
export interface HowlLike {
  play(): unknown;
  mute?(muted: boolean): unknown;
}

export type AudioProblem = 'load' | 'play';
/**
 * Creates one sound from its URL. `reportProblem` is for asynchronous failures the
 * factory learns about later (howler's onloaderror / onplayerror).
 */
export type HowlFactory = (src: string, reportProblem: (problem: AudioProblem, detail: unknown) => void) => HowlLike;

export interface AudioPlayerOptions {
  muted?: boolean;
  howlFactory?: HowlFactory;
}

/** The URLs Vite gives the bundled sound files (small ones may be inlined as data: URLs). */
export function defaultSoundUrls(): Record<SoundName, string> {
  return { select: selectUrl, right: rightUrl, wrong: wrongUrl, 'round-end': roundEndUrl };
}

// howler is loaded after the menu has painted (preloadHowler, called at boot), not before it:
// no sound plays before the first click, and the menu need not wait for the library.
let howler: Howler | null = null;
let loadingHowler: Promise<Howler | null> | null = null;

/** Starts loading howler in the background (once); resolves to null if it could not load, and a later call tries again. */
export function preloadHowler(): Promise<Howler | null> {
  loadingHowler ??= import('howler').then(
    (module) => (howler = module),
    (error: unknown) => {
      loadingHowler = null;
      console.warn('[audio] howler could not load; the game continues without sound.', error);
      return null;
    },
  );
  return loadingHowler;
}

const createHowlerSound: HowlFactory = (src, reportProblem) =>
  new (howler as Howler).Howl({
    src: [src],
    // Explicit, because a data: URL or a hashed asset name may not reveal the format.
    format: ['wav'],
    // Web Audio: tiny files, decoded once, overlapping plays without HTML5 audio-pool limits.
    html5: false,
    preload: true,
    onloaderror: (_id, error) => reportProblem('load', error),
    // A feedback sound replayed later (on unlock) would arrive out of context: just drop it.
    onplayerror: (_id, error) => reportProblem('play', error),
  });

function isHowlLike(value: unknown): value is HowlLike {
  return typeof value === 'object' && value !== null && typeof (value as HowlLike).play === 'function';
}

export function createAudioPlayer(urls: Record<SoundName, string>, options: AudioPlayerOptions = {}): AudioPlayer {
  const howlFactory = options.howlFactory ?? createHowlerSound;
  let muted = options.muted ?? false;
  // Created on the first play, not before: creating a Howl creates the AudioContext, which
  // browsers only allow to start after a user gesture (the click that triggers that play).
  let howls: Map<SoundName, HowlLike> | null = null;
  const unplayable = new Set<SoundName>();
  let warned = false;

  function warnOnce(message: string, detail: unknown): void {
    if (warned) return;
    warned = true;
    try {
      console.warn(`[audio] ${message}; the game continues without this sound.`, detail);
    } catch {
      // A broken console must not break the game either.
    }
  }

  function createHowls(): Map<SoundName, HowlLike> {
    const created = new Map<SoundName, HowlLike>();
    // All four at once, so the sounds that come next are already decoded when needed.
    for (const name of SOUND_NAMES) {
      try {
        const howl = howlFactory(urls[name], (problem, detail) => {
          // A file that failed to load stays failed; a refused play may work next time.
          if (problem === 'load') unplayable.add(name);
          warnOnce(`could not ${problem} sound "${name}"`, detail);
        });
        if (isHowlLike(howl)) created.set(name, howl);
        else warnOnce(`no player for sound "${name}"`, howl);
      } catch (error) {
        warnOnce(`could not create sound "${name}"`, error);
      }
    }
    return created;
  }

  // A sound asked for before howler has loaded still plays if it arrives at once (its file is
  // cached); later, it would come out of context and is dropped.
  const lateBy = 300;
  const playWhenLoaded = (name: SoundName) => {
    const asked = Date.now();
    void preloadHowler().then((loaded) => {
      if (loaded && Date.now() - asked < lateBy) player.play(name);
    });
  };

  const player: AudioPlayer = {
    play(name) {
      if (muted) return;
      try {
        if (!howls && !options.howlFactory && !howler) return playWhenLoaded(name);
        howls ??= createHowls();
        const howl = howls.get(name);
        if (!howl || unplayable.has(name)) return;
        howl.play();
      } catch (error) {
        warnOnce(`could not play sound "${name}"`, error);
      }
    },
    setMuted(value) {
      muted = value;
      // Mute each Howl rather than the global Howler: it also cuts a sound already playing,
      // and Howler.mute() would create an AudioContext before any user gesture.
      for (const howl of howls?.values() ?? []) {
        try {
          howl.mute?.(value);
        } catch (error) {
          warnOnce('could not mute', error);
        }
      }
    },
    get muted() {
      return muted;
    },
  };
  return player;
}

/** A player that never makes a sound: for tests, headless runs or when audio is switched off. */
export function createSilentPlayer(): AudioPlayer {
  let muted = false;
  return {
    play() {},
    setMuted(value) {
      muted = value;
    },
    get muted() {
      return muted;
    },
  };
}
