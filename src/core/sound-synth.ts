/**
 * The game's four sounds, synthesized from plain math: shared by scripts/make-sounds.ts
 * (which writes assets/audio/*.wav) and the unit test (which checks the checked-in files
 * still match this code). Pure and deterministic: no randomness, no clock, no I/O.
 */

/** Low enough to keep files small, high enough for chimes up to ~3 kHz with their overtones. */
export const SAMPLE_RATE = 22_050;
/** Every sound is normalized to this peak: loud enough in a classroom, never clipping. */
export const PEAK_DBFS = -6;

export const SOUND_NAMES = ['select', 'right', 'wrong', 'round-end'] as const;
export type SynthSoundName = (typeof SOUND_NAMES)[number];

/** One overtone of a tone: frequency as a multiple of the fundamental, and its loudness. */
interface Overtone {
  ratio: number;
  amplitude: number;
}

/** A single struck note: quick attack, exponential decay, and a fade to exact silence at its end. */
interface Note {
  startSeconds: number;
  durationSeconds: number;
  frequency: number;
  /** When set, the pitch glides exponentially from `frequency` to this value over the note. */
  endFrequency?: number;
  gain: number;
  attackSeconds: number;
  /** Time constant of the exponential decay; overtones decay faster, in proportion to their ratio. */
  decaySeconds: number;
  overtones: readonly Overtone[];
}

interface SoundRecipe {
  durationSeconds: number;
  notes: readonly Note[];
}

/** Long enough that a note never ends on an audible step, short enough to keep the sound crisp. */
const RELEASE_SECONDS = 0.012;

/** Bell-like: a clear fundamental with a little brightness on top. */
const CHIME: readonly Overtone[] = [
  { ratio: 1, amplitude: 1 },
  { ratio: 2, amplitude: 0.28 },
  { ratio: 3, amplitude: 0.1 },
];
/** Round and woody for the "wrong" bonk: warm, nothing buzzy that could sound like a reproach. */
const SOFT_BONK: readonly Overtone[] = [
  { ratio: 1, amplitude: 1 },
  { ratio: 2, amplitude: 0.3 },
  { ratio: 3, amplitude: 0.08 },
];
/** A short tick: mostly one pitch, so it stays soft rather than snappy. */
const TICK: readonly Overtone[] = [
  { ratio: 1, amplitude: 1 },
  { ratio: 2.01, amplitude: 0.12 },
];

// Equal-tempered pitches used below (Hz).
const A3 = 220.0;
const D4 = 293.66;
const C5 = 523.25;
const E5 = 659.26;
const G5 = 783.99;
const C6 = 1046.5;

const RECIPES: Record<SynthSoundName, SoundRecipe> = {
  // A soft tick for selecting an answer: heard dozens of times per round, so short and discreet.
  select: {
    durationSeconds: 0.06,
    notes: [
      {
        startSeconds: 0,
        durationSeconds: 0.06,
        frequency: 1500,
        endFrequency: 1100,
        gain: 1,
        attackSeconds: 0.002,
        decaySeconds: 0.011,
        overtones: TICK,
      },
    ],
  },
  // Rising fourth G5 → C6: the familiar "correct" chime.
  right: {
    durationSeconds: 0.35,
    notes: [
      {
        startSeconds: 0,
        durationSeconds: 0.2,
        frequency: G5,
        gain: 0.85,
        attackSeconds: 0.004,
        decaySeconds: 0.09,
        overtones: CHIME,
      },
      {
        startSeconds: 0.1,
        durationSeconds: 0.25,
        frequency: C6,
        gain: 1,
        attackSeconds: 0.004,
        decaySeconds: 0.1,
        overtones: CHIME,
      },
    ],
  },
  // Falling fourth D4 → A3 with a slight droop on the second note: "not quite", never mocking.
  wrong: {
    durationSeconds: 0.35,
    notes: [
      {
        startSeconds: 0,
        durationSeconds: 0.18,
        frequency: D4,
        endFrequency: D4 * 0.98,
        gain: 0.9,
        attackSeconds: 0.008,
        decaySeconds: 0.09,
        overtones: SOFT_BONK,
      },
      {
        startSeconds: 0.13,
        durationSeconds: 0.22,
        frequency: A3,
        endFrequency: A3 * 0.95,
        gain: 1,
        attackSeconds: 0.008,
        decaySeconds: 0.1,
        overtones: SOFT_BONK,
      },
    ],
  },
  // C major arpeggio C5 E5 G5 C6, the notes left ringing like a harp, the top one held.
  'round-end': {
    durationSeconds: 0.9,
    notes: [
      { startSeconds: 0, durationSeconds: 0.5, frequency: C5, gain: 0.7, attackSeconds: 0.005, decaySeconds: 0.18, overtones: CHIME },
      { startSeconds: 0.11, durationSeconds: 0.5, frequency: E5, gain: 0.7, attackSeconds: 0.005, decaySeconds: 0.18, overtones: CHIME },
      { startSeconds: 0.22, durationSeconds: 0.55, frequency: G5, gain: 0.75, attackSeconds: 0.005, decaySeconds: 0.2, overtones: CHIME },
      { startSeconds: 0.33, durationSeconds: 0.57, frequency: C6, gain: 1, attackSeconds: 0.005, decaySeconds: 0.24, overtones: CHIME },
    ],
  },
};

function secondsToSamples(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

/** Raised-cosine ramp from 0 to 1: smooth at both ends, so no click where it starts or stops. */
function smoothRamp(progress: number): number {
  if (progress <= 0) return 0;
  if (progress >= 1) return 1;
  return 0.5 - 0.5 * Math.cos(Math.PI * progress);
}

function addNote(mix: Float64Array, note: Note): void {
  const first = secondsToSamples(note.startSeconds);
  const length = Math.min(secondsToSamples(note.durationSeconds), mix.length - first);
  const releaseLength = secondsToSamples(RELEASE_SECONDS);
  const endFrequency = note.endFrequency ?? note.frequency;
  // Phase is accumulated sample by sample so a pitch glide stays continuous.
  let phase = 0;
  for (let i = 0; i < length; i++) {
    const t = i / SAMPLE_RATE;
    const progress = i / length;
    const attack = smoothRamp(t / note.attackSeconds);
    const release = smoothRamp((length - 1 - i) / releaseLength);
    let sample = 0;
    for (const overtone of note.overtones) {
      const decay = Math.exp((-t * overtone.ratio) / note.decaySeconds);
      sample += overtone.amplitude * decay * Math.sin(overtone.ratio * phase);
    }
    const index = first + i;
    mix[index] = (mix[index] ?? 0) + note.gain * attack * release * sample;
    phase += (2 * Math.PI * note.frequency * (endFrequency / note.frequency) ** progress) / SAMPLE_RATE;
  }
}

/** The sound as 16-bit samples, normalized to PEAK_DBFS. */
export function renderSound(name: SynthSoundName): Int16Array {
  const recipe = RECIPES[name];
  const mix = new Float64Array(secondsToSamples(recipe.durationSeconds));
  for (const note of recipe.notes) addNote(mix, note);

  let peak = 0;
  for (const value of mix) peak = Math.max(peak, Math.abs(value));
  const scale = peak > 0 ? (10 ** (PEAK_DBFS / 20) * 32767) / peak : 0;
  const samples = new Int16Array(mix.length);
  mix.forEach((value, i) => {
    samples[i] = Math.round(value * scale);
  });
  return samples;
}

/** A canonical 44-byte-header PCM WAV (mono, 16-bit, little-endian): the format every browser decodes. */
export function encodeWav(samples: Int16Array, sampleRate: number = SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const writeAscii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  writeAscii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(8, 'WAVE');
  writeAscii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for plain PCM
  view.setUint16(20, 1, true); // format 1 = integer PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  writeAscii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((sample, i) => {
    view.setInt16(44 + i * 2, sample, true);
  });
  return bytes;
}

/** The finished file for one sound, byte for byte what assets/audio/<name>.wav must contain. */
export function soundFile(name: SynthSoundName): Uint8Array {
  return encodeWav(renderSound(name));
}
