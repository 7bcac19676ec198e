import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SOUND_NAMES,
  createAudioPlayer,
  createSilentPlayer,
  defaultSoundUrls,
  type AudioProblem,
  type HowlFactory,
  type SoundName,
} from '../../../src/services/audio';

const urls: Record<SoundName, string> = {
  select: 'select.wav',
  right: 'right.wav',
  wrong: 'wrong.wav',
  'round-end': 'round-end.wav',
};

/** A stand-in for howler that records what the player asks of it. */
function fakeHowler() {
  const created: string[] = [];
  const played: string[] = [];
  const muteCalls: Array<[src: string, muted: boolean]> = [];
  const reporters = new Map<string, (problem: AudioProblem, detail: unknown) => void>();
  const howlFactory: HowlFactory = (src, reportProblem) => {
    created.push(src);
    reporters.set(src, reportProblem);
    return {
      play: () => played.push(src),
      mute: (muted: boolean) => muteCalls.push([src, muted]),
    };
  };
  return { howlFactory, created, played, muteCalls, reporters };
}

afterEach(() => {
  vi.restoreAllMocks();
});

function silenceWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('createAudioPlayer', () => {
  it('creates no sound before the first play, then each sound once', () => {
    const fake = fakeHowler();
    const player = createAudioPlayer(urls, { howlFactory: fake.howlFactory });
    player.setMuted(false);
    expect(fake.created).toEqual([]);

    player.play('right');
    expect([...fake.created].sort()).toEqual(Object.values(urls).sort());
    expect(fake.played).toEqual(['right.wav']);

    player.play('select');
    player.play('right');
    expect(fake.created).toHaveLength(SOUND_NAMES.length);
    expect(fake.played).toEqual(['right.wav', 'select.wav', 'right.wav']);
  });

  it('plays nothing while muted, and stays muted until unmuted', () => {
    const fake = fakeHowler();
    const player = createAudioPlayer(urls, { howlFactory: fake.howlFactory, muted: true });
    expect(player.muted).toBe(true);
    player.play('right');
    player.play('round-end');
    expect(fake.created).toEqual([]);
    expect(fake.played).toEqual([]);

    player.setMuted(false);
    expect(player.muted).toBe(false);
    player.play('wrong');
    expect(fake.played).toEqual(['wrong.wav']);

    player.setMuted(true);
    for (const name of SOUND_NAMES) player.play(name);
    player.play('select');
    expect(player.muted).toBe(true);
    expect(fake.played).toEqual(['wrong.wav']);
  });

  it('mutes the sounds already created, so a sound in progress is cut too', () => {
    const fake = fakeHowler();
    const player = createAudioPlayer(urls, { howlFactory: fake.howlFactory });
    player.setMuted(true);
    expect(fake.muteCalls).toEqual([]); // nothing created yet, nothing to touch

    player.setMuted(false);
    player.play('round-end');
    player.setMuted(true);
    expect(fake.muteCalls).toHaveLength(SOUND_NAMES.length);
    expect(fake.muteCalls.every(([, muted]) => muted)).toBe(true);
    player.setMuted(false);
    expect(fake.muteCalls.slice(SOUND_NAMES.length).every(([, muted]) => !muted)).toBe(true);
  });

  it('never throws when the factory throws (no audio, howler missing), and warns once', () => {
    const warn = silenceWarnings();
    const player = createAudioPlayer(urls, {
      howlFactory: () => {
        throw new Error('AudioContext unavailable');
      },
    });
    expect(() => {
      for (const name of SOUND_NAMES) player.play(name);
      player.play('right');
      player.setMuted(true);
      player.setMuted(false);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never throws when the factory returns something that is not a sound', () => {
    const warn = silenceWarnings();
    const player = createAudioPlayer(urls, { howlFactory: () => undefined as never });
    expect(() => player.play('select')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never throws when play or mute throws, and warns once', () => {
    const warn = silenceWarnings();
    const player = createAudioPlayer(urls, {
      howlFactory: () => ({
        play: () => {
          throw new Error('NotAllowedError');
        },
        mute: () => {
          throw new Error('no gain node');
        },
      }),
    });
    expect(() => {
      player.play('right');
      player.play('wrong');
      player.setMuted(true);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not throw even when console.warn itself throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('no console');
    });
    const player = createAudioPlayer(urls, {
      howlFactory: () => {
        throw new Error('no audio');
      },
    });
    expect(() => player.play('select')).not.toThrow();
  });

  it('skips a sound that failed to load, keeps the others, and warns once', () => {
    const warn = silenceWarnings();
    const fake = fakeHowler();
    const player = createAudioPlayer(urls, { howlFactory: fake.howlFactory });
    player.play('select');
    fake.reporters.get('wrong.wav')?.('load', 'decode error');
    fake.reporters.get('right.wav')?.('load', 'decode error');

    player.play('wrong');
    player.play('right');
    player.play('select');
    expect(fake.played).toEqual(['select.wav', 'select.wav']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps trying after a refused play (autoplay blocked), since the next one may be allowed', () => {
    const warn = silenceWarnings();
    const fake = fakeHowler();
    const player = createAudioPlayer(urls, { howlFactory: fake.howlFactory });
    player.play('right');
    fake.reporters.get('right.wav')?.('play', 'autoplay blocked');
    player.play('right');
    expect(fake.played).toEqual(['right.wav', 'right.wav']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('createSilentPlayer', () => {
  it('is inert: plays nothing, warns nothing, but remembers the mute setting', () => {
    const warn = silenceWarnings();
    const player = createSilentPlayer();
    expect(player.muted).toBe(false);
    expect(() => {
      for (const name of SOUND_NAMES) player.play(name);
    }).not.toThrow();
    player.setMuted(true);
    expect(player.muted).toBe(true);
    player.setMuted(false);
    expect(player.muted).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('defaultSoundUrls', () => {
  it('gives a URL for each sound file', () => {
    const defaults = defaultSoundUrls();
    expect(Object.keys(defaults).sort()).toEqual([...SOUND_NAMES].sort());
    for (const name of SOUND_NAMES) {
      expect(defaults[name]).toMatch(new RegExp(`${name}\\.wav$`));
    }
  });
});
