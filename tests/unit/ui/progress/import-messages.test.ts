import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FAILURE_MESSAGE } from '../../../../src/ui/progress/import-messages';

function lookup(language: string, key: string): unknown {
  const [namespace, path] = key.split(':') as [string, string];
  const data = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'locales', language, `${namespace}.json`), 'utf8'));
  // i18next reads `a.b.not-json` as nested keys a → b → not-json.
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
}

describe('import failure messages', () => {
  it('exist in French and English for every failure reason, and say nothing changed when nothing did', () => {
    for (const [reason, key] of Object.entries(IMPORT_FAILURE_MESSAGE)) {
      for (const language of ['fr', 'en']) {
        const text = lookup(language, key);
        expect(typeof text, `${language} ${reason}`).toBe('string');
        // A failed write is rolled back to what was there: that message says so instead.
        if (reason !== 'write-failed')
          expect(text, `${language} ${reason}`).toMatch(language === 'fr' ? /Rien n’a été changé/ : /Nothing was changed/);
      }
    }
  });
});
