import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUND_NAMES, soundFile, type SynthSoundName } from '../../../src/core/sound-synth';

const audioDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'audio');

/** Read from the checked-in files: those are what the game ships. */
function checkedInFile(name: SynthSoundName): Uint8Array {
  return new Uint8Array(readFileSync(join(audioDir, `${name}.wav`)));
}

interface ParsedWav {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  samples: Int16Array;
}

/** A parser written independently of the encoder, so a mistake in one is not mirrored in the other. */
function parseWav(bytes: Uint8Array): ParsedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));
  expect(ascii(0, 4)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(ascii(8, 4)).toBe('WAVE');
  expect(ascii(12, 4)).toBe('fmt ');
  expect(ascii(36, 4)).toBe('data');
  const dataBytes = view.getUint32(40, true);
  expect(44 + dataBytes).toBe(bytes.length);
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(44 + i * 2, true);
  return {
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    bitsPerSample: view.getUint16(34, true),
    samples,
  };
}

/** Rough pitch from zero crossings; good enough to tell a rising chime from a falling one. */
function roughPitch(samples: Int16Array, fromSeconds: number, toSeconds: number): number {
  const from = Math.round(fromSeconds * 22_050);
  const to = Math.round(toSeconds * 22_050);
  let crossings = 0;
  for (let i = from + 1; i < to; i++) {
    if (samples[i - 1]! < 0 !== samples[i]! < 0) crossings++;
  }
  return crossings / 2 / (toSeconds - fromSeconds);
}

const EXPECTED_MILLISECONDS: Record<SynthSoundName, [min: number, max: number]> = {
  select: [40, 90],
  right: [250, 450],
  wrong: [250, 450],
  'round-end': [700, 1100],
};

describe('generated sounds', () => {
  for (const name of SOUND_NAMES) {
    describe(name, () => {
      const bytes = checkedInFile(name);
      const wav = parseWav(bytes);

      it('is a mono 22 050 Hz 16-bit PCM WAV, well under 50 KB', () => {
        expect(wav.format).toBe(1);
        expect(wav.channels).toBe(1);
        expect(wav.sampleRate).toBe(22_050);
        expect(wav.bitsPerSample).toBe(16);
        expect(bytes.length).toBeLessThan(45 * 1024);
      });

      it('lasts the intended time', () => {
        const milliseconds = (wav.samples.length / wav.sampleRate) * 1000;
        const [min, max] = EXPECTED_MILLISECONDS[name];
        expect(milliseconds).toBeGreaterThanOrEqual(min);
        expect(milliseconds).toBeLessThanOrEqual(max);
      });

      it('peaks around -6 dBFS and never clips', () => {
        let peak = 0;
        for (const sample of wav.samples) peak = Math.max(peak, Math.abs(sample));
        expect(peak).toBeLessThan(32_767);
        const peakDbfs = 20 * Math.log10(peak / 32_768);
        expect(peakDbfs).toBeGreaterThan(-7);
        expect(peakDbfs).toBeLessThan(-5);
      });

      it('starts and ends in silence, so playback does not click', () => {
        expect(wav.samples[0]).toBe(0);
        expect(wav.samples.at(-1)).toBe(0);
        // The envelopes fade in and out: the first 0.5 ms and the last 3 ms stay quiet.
        const loudest = (part: Int16Array) => Math.max(...Array.from(part, Math.abs));
        expect(loudest(wav.samples.subarray(0, Math.round(0.0005 * 22_050)))).toBeLessThan(2_500);
        expect(loudest(wav.samples.subarray(-Math.round(0.003 * 22_050)))).toBeLessThan(500);
      });

      it('matches the synthesis code byte for byte (rerun `npm run sounds` after changing a recipe)', () => {
        expect(Buffer.from(soundFile(name)).equals(Buffer.from(bytes))).toBe(true);
      });
    });
  }

  it('is deterministic: rendering twice gives identical bytes', () => {
    for (const name of SOUND_NAMES) {
      expect(Buffer.from(soundFile(name)).equals(Buffer.from(soundFile(name)))).toBe(true);
    }
  });

  it('gives four different sounds', () => {
    const contents = SOUND_NAMES.map((name) => Buffer.from(checkedInFile(name)).toString('base64'));
    expect(new Set(contents).size).toBe(SOUND_NAMES.length);
  });

  it('has "right" rising and "wrong" falling, "wrong" lower than "right"', () => {
    const right = parseWav(checkedInFile('right')).samples;
    const wrong = parseWav(checkedInFile('wrong')).samples;
    const rightStart = roughPitch(right, 0.01, 0.09);
    const rightEnd = roughPitch(right, 0.15, 0.3);
    const wrongStart = roughPitch(wrong, 0.01, 0.11);
    const wrongEnd = roughPitch(wrong, 0.17, 0.3);
    expect(rightEnd).toBeGreaterThan(rightStart * 1.2);
    expect(wrongEnd).toBeLessThan(wrongStart / 1.2);
    expect(wrongStart).toBeLessThan(rightStart);
  });
});
