/**
 * The core is pure TypeScript (DEVELOPERS.md): it may import only its own files and valibot.
 * Its tsconfig already refuses DOM calls; this catches what a compiler cannot: an import of
 * a library, a Node module, or a file outside src/core (a service, a view).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '..', '..', 'src', 'core');
const ALLOWED_PACKAGES = new Set(['valibot']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a source text names: static and type imports, re-exports, import(), require(). */
function specifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** Why an import breaks the rule, or null when it is allowed. */
function problem(file: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const target = resolve(dirname(file), specifier);
    return target === CORE || target.startsWith(CORE + sep) ? null : `leaves src/core (${relative(CORE, target)})`;
  }
  return ALLOWED_PACKAGES.has(specifier) ? null : 'is neither a core file nor valibot';
}

function violations(file: string, text: string): string[] {
  return specifiers(text)
    .map((specifier) => ({ specifier, why: problem(file, specifier) }))
    .filter((v) => v.why !== null)
    .map((v) => `${relative(CORE, file)}: '${v.specifier}' ${v.why}`);
}

describe('core purity', () => {
  const files = sourceFiles(CORE);

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.map((f) => relative(CORE, f))).toEqual(expect.arrayContaining(['game.ts', join('progress', 'leitner.ts')]));
  });

  it('imports nothing but core files and valibot', () => {
    const found = files.flatMap((file) => violations(file, readFileSync(file, 'utf8')));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('would catch a library, a Node module, a dynamic import, a re-export or a path out of the core', () => {
    const file = join(CORE, 'progress', 'example.ts');
    const text = [
      "import * as v from 'valibot';",
      "import { LEITNER_BOX_COUNT } from './records';",
      "import type { Category } from '../categories';",
      "import { readFileSync } from 'node:fs';",
      "import type { i18n } from 'i18next';",
      "export { t } from '../../services/i18n';",
      "const later = () => import('phaser');",
      "const old = require('localforage');",
      "import '../../ui/styles.css';",
    ].join('\n');
    expect(violations(file, text)).toEqual([
      "progress/example.ts: 'node:fs' is neither a core file nor valibot",
      "progress/example.ts: 'i18next' is neither a core file nor valibot",
      "progress/example.ts: '../../services/i18n' leaves src/core (../services/i18n)",
      "progress/example.ts: 'phaser' is neither a core file nor valibot",
      "progress/example.ts: 'localforage' is neither a core file nor valibot",
      "progress/example.ts: '../../ui/styles.css' leaves src/core (../ui/styles.css)",
    ]);
  });
});
