/**
 * The game's build gives the scenes a Phaser made of only what they use (src/scenes/phaser-build.ts).
 * The scenes are typed against the whole of Phaser, so the type check cannot see a namespace the
 * build leaves out: this test reads what the scenes reach for at run time (`Phaser.X…`, types and
 * game-object classes aside) and checks the build hands each one over. (`Phaser.Core.Events` was
 * missing once: the stage drew, but the renderer it chose was never written on its element.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scenes = join(__dirname, '../../../src/scenes');
const build = readFileSync(join(scenes, 'phaser-build.ts'), 'utf8');
// Phaser's constants (const.js): spread into the build's object whole.
const CONSTANTS = /^[A-Z][A-Z0-9_]*$/;

function namespacesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of readdirSync(scenes).filter((f) => f.endsWith('.ts') && f !== 'phaser-build.ts')) {
    const source = readFileSync(join(scenes, file), 'utf8')
      // Types only: erased from the build.
      .replace(/import type [^;]+;/g, '')
      .replace(/:\s*Phaser\.[\w.]+/g, '')
      .replace(/<Phaser\.[\w.]+>/g, '')
      .replace(/type \w+ = [^;]+;/g, '');
    for (const match of source.matchAll(/\bPhaser\.(\w+)/g)) {
      const name = match[1] as string;
      if (name === 'GameObjects' || name === 'Types') continue;
      used.set(name, file);
    }
  }
  return used;
}

describe("the stage's build of Phaser", () => {
  it('hands over every namespace the scenes use', () => {
    const literal = /const Phaser = \{([^}]*(?:\{[^}]*\}[^}]*)*)\};/.exec(build)?.[1] ?? '';
    expect(literal, 'the build defines `const Phaser = { … }`').not.toBe('');
    const keys = new Set([...literal.matchAll(/(?:^|[,{]\s*)(\w+)(?=\s*[:,}]|\s*$)/g)].map((m) => m[1]));
    const used = namespacesUsed();
    expect(used.size).toBeGreaterThan(3);
    for (const [name, file] of used) {
      if (CONSTANTS.test(name)) {
        expect(literal, `${name} (${file}) comes with Phaser's constants`).toContain('CONST');
        continue;
      }
      expect(keys.has(name), `Phaser.${name}, used by src/scenes/${file}, is not in phaser-build.ts`).toBe(true);
    }
  });
});
