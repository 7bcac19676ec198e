/**
 * The only module that imports i18next. Resources are bundled (no network request), one
 * file per namespace under locales/<lang>/.
 */
import i18next, { type i18n as I18n } from 'i18next';

/** A translate function whose keys are checked by the compiler (src/types/i18next.d.ts). */
export type Translate = I18n['t'];

import type { Language } from '../core/progress/records';

export type { Language };

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const byLanguage: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, data] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    byLanguage[language] ??= {};
    byLanguage[language][namespace] = data;
  }
  return byLanguage;
}

let instance: I18n | null = null;

export async function initI18n(language: Language): Promise<void> {
  const all = resources();
  instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'fr',
    resources: all,
    ns: Object.keys(all.fr ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Translates `namespace:key` (typed: see src/types/i18next.d.ts). Before init it returns the key, so nothing crashes. */
export const t: Translate = ((key: string, options?: object) =>
  instance ? (instance.t as (key: string, options?: object) => string)(key, options) : key) as Translate;

export async function setLanguage(language: Language): Promise<void> {
  if (!instance || instance.language === language) return;
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}

/** False until initI18n has run: before that, t() returns keys. */
export function i18nReady(): boolean {
  return instance !== null;
}

export function currentLanguage(): Language {
  return instance?.language === 'en' ? 'en' : 'fr';
}

/** The language a first visit should use: the browser's if we have it, French otherwise. */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}
