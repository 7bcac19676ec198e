/**
 * Writes the game's sounds to assets/audio/*.wav from the math in src/core/sound-synth.ts.
 * Deterministic: running it again rewrites byte-identical files (the unit test checks that
 * the checked-in files match the code, so rerun this after changing a recipe).
 *   npm run sounds
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SAMPLE_RATE, SOUND_NAMES, soundFile } from '../src/core/sound-synth';

const repoRoot = join(import.meta.dirname, '..');
const outputDir = join(repoRoot, 'assets', 'audio');
mkdirSync(outputDir, { recursive: true });

const WAV_HEADER_BYTES = 44;
for (const name of SOUND_NAMES) {
  const bytes = soundFile(name);
  const path = join(outputDir, `${name}.wav`);
  writeFileSync(path, bytes);
  const milliseconds = (((bytes.length - WAV_HEADER_BYTES) / 2 / SAMPLE_RATE) * 1000).toFixed(0);
  const kilobytes = (bytes.length / 1024).toFixed(1);
  console.log(`${relative(repoRoot, path).padEnd(28)} ${kilobytes.padStart(5)} KB  ${milliseconds.padStart(4)} ms`);
}
