/**
 * The menu is drawn with only the namespaces of locales/menu-namespaces.json loaded (the rest of
 * the language comes after it has painted; services/i18n.ts): every key the menu's views name must
 * be in one of them, or the menu would show a raw key on a slow machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const menuNamespaces: string[] = JSON.parse(readFileSync(join(ROOT, 'locales', 'menu-namespaces.json'), 'utf8'));

/** The views the menu draws, and the ui files they import (statically), transitively. */
function viewsOf(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => join(ROOT, e));
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import (?!type)[^;]*? from '(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), m[1] as string);
      if (!base.includes(`${join(ROOT, 'src', 'ui')}`)) continue;
      const found = ['.tsx', '.ts'].map((ext) => base + ext).find(existsSync);
      if (found) stack.push(found);
    }
  }
  return [...seen];
}

describe('the menu’s texts', () => {
  it('name namespaces that exist', () => {
    for (const namespace of menuNamespaces) expect(existsSync(join(ROOT, 'locales', 'fr', `${namespace}.json`)), namespace).toBe(true);
  });

  it('are all in the namespaces loaded before the menu', () => {
    const files = viewsOf(['src/ui/menu/Menu.tsx', 'src/ui/shared/Notices.tsx', 'src/ui/shared/ErrorBoundary.tsx']);
    // The top bar and the screens for unreadable content or a failed start.
    files.push(join(ROOT, 'src/ui/App.tsx'), join(ROOT, 'src/main.tsx'), join(ROOT, 'src/app/document.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/['`"]([a-z-]+):[\w.${}]/g)) {
        const namespace = m[1] as string;
        // Only namespaces (a file of locales/fr): not a URL's scheme or another prefix.
        if (existsSync(join(ROOT, 'locales', 'fr', `${namespace}.json`)))
          expect(menuNamespaces, `${namespace}: in ${file.slice(ROOT.length + 1)}`).toContain(namespace);
      }
    }
  });
});
