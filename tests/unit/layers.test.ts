/**
 * The layers of DEVELOPERS.md, held by a test: what each folder of src/ may import.
 * - core: only core files and valibot (its tsconfig also refuses DOM calls);
 * - ui: core, other ui files and preact; never services, app or scenes (views get the store,
 *   the content and the translate function, nothing else); i18next only for its types;
 * - scenes: core, scenes and phaser; never ui, services or app;
 * - services: core and each its own library; never ui, scenes or app;
 * - app: anything, but only main imports the app (and the build's menu, preact-render-to-string);
 * - shell (src/shell.ts, the page's first script): nothing at all, so it is a file of its own.
 * Each library stays behind its one adapter. The compiler cannot see these rules; this can.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');
const ROOT = resolve(SRC, '..');

type Layer = 'core' | 'ui' | 'scenes' | 'services' | 'app' | 'main' | 'shell' | 'types';

interface Rule {
  /** Layers of src/ this one may import. */
  layers: readonly Layer[];
  /** Packages it may import (for a value; type-only imports are listed in `typePackages`). */
  packages: readonly string[];
  typePackages?: readonly string[];
  /** Folders outside src/ it may read (bundled data). */
  outside?: readonly string[];
}

const RULES: Record<Layer, Rule> = {
  core: { layers: ['core'], packages: ['valibot'] },
  ui: { layers: ['core', 'ui'], packages: ['preact', 'preact/hooks'], typePackages: ['i18next'] },
  scenes: { layers: ['core', 'scenes'], packages: ['phaser'] },
  services: {
    layers: ['core', 'services'],
    // virtual:content-index: the content index the build makes from assets/content (scripts/lib/content-index.ts).
    packages: ['localforage', 'valibot', 'howler', 'i18next', 'papaparse', 'uqr', 'jsqr', 'fflate', 'virtual:content-index'],
    outside: ['assets', 'locales'],
  },
  app: { layers: ['core', 'services', 'ui', 'scenes', 'app'], packages: ['preact-render-to-string'] },
  main: { layers: ['app', 'services', 'ui'], packages: ['@fontsource/atkinson-hyperlegible/400.css', '@fontsource/atkinson-hyperlegible/700.css'] },
  shell: { layers: [], packages: [] },
  // Declaration files: i18next's key types, read from the French locales.
  types: { layers: [], packages: ['i18next'], typePackages: ['i18next'], outside: ['locales'] },
};

/** Each library behind its one adapter (or the one layer made for it). */
const ONLY_IMPORTER: Record<string, string> = {
  localforage: 'services/storage.ts',
  howler: 'services/audio.ts',
  papaparse: 'services/csv.ts',
  uqr: 'services/qr.ts',
  jsqr: 'services/qr.ts',
  i18next: 'services/i18n.ts',
  fflate: 'services/zip.ts',
  'preact-render-to-string': 'app/menu-shell-render.tsx',
};

function layerOf(file: string): Layer {
  const path = relative(SRC, file);
  if (path === 'main.tsx') return 'main';
  if (path === 'shell.ts') return 'shell';
  return path.split(sep)[0] as Layer;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Every module a source text names: static and type imports, re-exports, import(), require(). */
function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? (node.importClause?.isTypeOnly ?? false) : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push({ specifier: node.arguments[0].text, typeOnly: false });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Why an import breaks the rules, or null when it is allowed. */
function problem(file: string, { specifier, typeOnly }: Import): string | null {
  const layer = layerOf(file);
  const rule = RULES[layer];
  const from = relative(SRC, file);
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const target = resolve(dirname(file), specifier);
    if (target.startsWith(SRC + sep)) {
      const targetLayer = layerOf(target);
      return rule.layers.includes(targetLayer) ? null : `${layer} must not import ${targetLayer}`;
    }
    const top = relative(ROOT, target).split(sep)[0] ?? '';
    return rule.outside?.includes(top) ? null : `${layer} must not read ${top}/`;
  }
  // Phaser's own source modules: only the stage's build of Phaser takes them (issue #15).
  if (specifier.startsWith('phaser/src/'))
    return from === join('scenes', 'phaser-build.ts') ? null : `only scenes/phaser-build.ts imports ${specifier}`;
  const allowed = rule.packages.includes(specifier) || (typeOnly && (rule.typePackages ?? []).includes(specifier));
  if (!allowed) return `${layer} must not import the package ${specifier}${typeOnly ? ' (even for types)' : ''}`;
  const owner = ONLY_IMPORTER[specifier];
  if (owner && !typeOnly && from !== owner && !from.endsWith('.d.ts')) return `only ${owner} imports ${specifier}`;
  return null;
}

function violations(file: string, text: string): string[] {
  return importsOf(file, text)
    .map((entry) => ({ entry, why: problem(file, entry) }))
    .filter((found) => found.why !== null)
    .map((found) => `${relative(SRC, file)}: '${found.entry.specifier}' — ${found.why}`);
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('finds the files of every layer', () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].sort()).toEqual(['app', 'core', 'main', 'scenes', 'services', 'shell', 'types', 'ui']);
    expect(files.map((f) => relative(SRC, f))).toEqual(
      expect.arrayContaining([join('core', 'game', 'reducer.ts'), join('core', 'progress', 'leitner.ts')]),
    );
  });

  // Parses every source file with the TypeScript compiler: seconds on a busy 2-core machine.
  it('imports only what each layer may', () => {
    const found = files.flatMap((file) => violations(file, readFileSync(file, 'utf8')));
    expect(found, found.join('\n')).toEqual([]);
  }, 30_000);

  it('would catch a library, a Node module, a dynamic import, a re-export or a path out of the core', () => {
    const file = join(SRC, 'core', 'progress', 'example.ts');
    const text = [
      "import * as v from 'valibot';",
      "import { LEITNER_BOX_COUNT } from './records';",
      "import type { Category } from '../categories';",
      "import { readFileSync } from 'node:fs';",
      "import type { i18n } from 'i18next';",
      "export { t } from '../../services/i18n';",
      "const later = () => import('phaser');",
      "const old = require('localforage');",
      "import '../../ui/shared/styles.css';",
    ].join('\n');
    expect(violations(file, text)).toEqual([
      "core/progress/example.ts: 'node:fs' — core must not import the package node:fs",
      "core/progress/example.ts: 'i18next' — core must not import the package i18next (even for types)",
      "core/progress/example.ts: '../../services/i18n' — core must not import services",
      "core/progress/example.ts: 'phaser' — core must not import the package phaser",
      "core/progress/example.ts: 'localforage' — core must not import the package localforage",
      "core/progress/example.ts: '../../ui/shared/styles.css' — core must not import ui",
    ]);
  });

  it('would catch a view reaching a service, the stage reaching a view, and anyone but main reaching the app', () => {
    const view = join(SRC, 'ui', 'play', 'Example.tsx');
    expect(
      violations(
        view,
        ["import { t } from '../../services/i18n';", "import { startGame } from '../../app/boot';", "import localforage from 'localforage';"].join(
          '\n',
        ),
      ),
    ).toEqual([
      "ui/play/Example.tsx: '../../services/i18n' — ui must not import services",
      "ui/play/Example.tsx: '../../app/boot' — ui must not import app",
      "ui/play/Example.tsx: 'localforage' — ui must not import the package localforage",
    ]);
    const scene = join(SRC, 'scenes', 'Example.ts');
    expect(violations(scene, "import { useUi } from '../ui/shared/context';\nimport { t } from '../services/i18n';")).toEqual([
      "scenes/Example.ts: '../ui/shared/context' — scenes must not import ui",
      "scenes/Example.ts: '../services/i18n' — scenes must not import services",
    ]);
    const service = join(SRC, 'services', 'example.ts');
    expect(violations(service, "import { Howl } from 'howler';\nimport { startGame } from '../app/boot';")).toEqual([
      "services/example.ts: 'howler' — only services/audio.ts imports howler",
      "services/example.ts: '../app/boot' — services must not import app",
    ]);
  });
});
