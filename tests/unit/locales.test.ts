import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'locales');
const languages = ['fr', 'en'];

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  }
  return { [prefix]: value };
}

/** Plural suffixes differ by language in principle; fr and en both use _one/_other, so keys must match exactly. */
function load(language: string): Record<string, Record<string, unknown>> {
  const dir = join(root, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(dir, f), 'utf8')))]),
  );
}

describe('locales', () => {
  const all = Object.fromEntries(languages.map((l) => [l, load(l)]));

  it('have the same namespaces in every language', () => {
    expect(Object.keys(all.en!).sort()).toEqual(Object.keys(all.fr!).sort());
  });

  it('have the same keys, no empty value, and the same placeholders', () => {
    for (const namespace of Object.keys(all.fr!)) {
      const fr = all.fr![namespace]!;
      const en = all.en![namespace]!;
      expect(Object.keys(en).sort(), `keys of ${namespace}`).toEqual(Object.keys(fr).sort());
      for (const [key, value] of Object.entries(fr)) {
        for (const [language, text] of [
          ['fr', value],
          ['en', en[key]],
        ] as const) {
          expect(typeof text, `${language}/${namespace}:${key} is a string`).toBe('string');
          expect((text as string).trim(), `${language}/${namespace}:${key} is empty`).not.toBe('');
        }
        const placeholders = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
        expect(placeholders(en[key]), `placeholders of ${namespace}:${key}`).toEqual(placeholders(value));
      }
    }
  });

  it('use typographic apostrophes in French', () => {
    for (const [namespace, entries] of Object.entries(all.fr!)) {
      for (const [key, value] of Object.entries(entries)) {
        expect(String(value), `fr/${namespace}:${key}`).not.toMatch(/\w'\w/);
      }
    }
  });
});

describe('French typography', () => {
  it('puts a non-breaking space before : ; ! ? and inside « », so no sign wraps alone to a new line', () => {
    const fr = load('fr');
    for (const [namespace, entries] of Object.entries(fr)) {
      for (const [key, value] of Object.entries(entries)) {
        const text = String(value);
        expect(text, `fr/${namespace}:${key}`).not.toMatch(/ [:;!?]|« | »/);
      }
    }
  });
});

describe('French wording', () => {
  const fr = load('fr');
  const en = load('en');

  it('never uses the point médian (inclusive forms are written out or made epicene); a " · " list separator is allowed', () => {
    for (const [namespace, entries] of Object.entries(fr)) {
      for (const [key, value] of Object.entries(entries)) {
        // A middle dot (or the look-alike U+2027, U+2219, U+22C5) with a letter right before it is a point médian.
        expect(String(value), `fr/${namespace}:${key}`).not.toMatch(/\p{L}[·‧∙⋅]/u);
      }
    }
  });

  it('speaks to the player with tu in every screen the player sees, error messages included', () => {
    // The teacher's screens (lessons, classroom, guide) speak to the teacher with vous.
    const playerNamespaces = ['common', 'storage', 'play', 'menu', 'results', 'progress', 'settings', 'profiles', 'help', 'viewer', 'texts'];
    for (const namespace of playerNamespaces) {
      for (const [key, value] of Object.entries(fr[namespace] ?? {})) {
        expect(String(value), `fr/${namespace}:${key}`).not.toMatch(/\b(vous|votre|vos)\b|\b(?!assez\b|chez\b|nez\b)\p{L}+ez\b/iu);
      }
    }
  });

  it('says "Press R" in English, not "Key R."', () => {
    for (const [namespace, entries] of Object.entries(en)) {
      for (const [key, value] of Object.entries(entries)) expect(String(value), `en/${namespace}:${key}`).not.toMatch(/\bKey [A-Z0-9]\b/);
    }
  });

  it('spells Kim Jong Un one way in both languages (the articles’ own “Kim Jong-un” stays in their verbatim text)', () => {
    for (const entries of [...Object.values(fr), ...Object.values(en)]) {
      for (const value of Object.values(entries)) expect(String(value)).not.toMatch(/Kim Jong-un/i);
    }
  });
});
