/**
 * The only module that imports i18next. Resources are bundled (the game's own files, precached
 * for offline play), one file per namespace under locales/<lang>/, one chunk per language.
 */
import i18next, { type i18n as I18n } from 'i18next';

/** A translate function whose keys are checked by the compiler (src/types/i18next.d.ts). */
export type Translate = I18n['t'];

import type { Language } from '../core/progress/records';

export type { Language };

// One chunk per language (vite.config.ts): the menu waits only for its own language's files;
// the other one loads once the menu has painted (preloadLanguages), or on a switch.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

type Bundles = Record<string, Record<string, unknown>>;

function filesOf(language: Language): Array<[string, () => Promise<Record<string, unknown>>]> {
  return Object.entries(files).flatMap(([path, load]) => {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    return match && match[1] === language ? [[match[2] as string, load] as [string, () => Promise<Record<string, unknown>>]] : [];
  });
}

const loading = new Map<Language, Promise<Bundles>>();

/** The namespaces of a language, fetched once (a failed fetch is tried again on the next call). */
function bundlesOf(language: Language): Promise<Bundles> {
  let bundles = loading.get(language);
  if (!bundles) {
    bundles = Promise.all(filesOf(language).map(async ([namespace, load]) => [namespace, await load()] as const)).then(Object.fromEntries);
    bundles.catch(() => loading.delete(language));
    loading.set(language, bundles);
  }
  return bundles;
}

let instance: I18n | null = null;
const loadedListeners = new Set<() => void>();

export async function initI18n(language: Language): Promise<void> {
  const bundles = await bundlesOf(language);
  instance = i18next.createInstance();
  await instance.init({
    lng: language,
    // Until the other language has loaded, a text asked for in it shows in French (or as its key).
    fallbackLng: 'fr',
    resources: { [language]: bundles },
    ns: filesOf('fr').map(([namespace]) => namespace),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Starts fetching a language's files early (say, the browser's language while storage opens); never fails. */
export function prefetchLanguage(language: Language): void {
  bundlesOf(language).catch(() => undefined);
}

/** Adds a language's texts to i18next once fetched; listeners hear of it (views drawn before it re-render). */
export async function loadLanguage(language: Language): Promise<void> {
  const i18n = instance;
  if (!i18n || i18n.hasResourceBundle(language, 'common')) return;
  const bundles = await bundlesOf(language);
  if (i18n.hasResourceBundle(language, 'common')) return;
  for (const [namespace, data] of Object.entries(bundles)) i18n.addResourceBundle(language, namespace, data, true, true);
  for (const listener of loadedListeners) listener();
}

/** Both languages, in the background (after the menu has painted): a switch then finds its texts here. */
export function preloadLanguages(): void {
  for (const language of ['fr', 'en'] as const) loadLanguage(language).catch(() => undefined);
}

/** Called whenever a language's texts arrive after start-up; returns the unsubscribe. */
export function onLanguageLoaded(listener: () => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

/** Translates `namespace:key` (typed: see src/types/i18next.d.ts). Before init it returns the key, so nothing crashes. */
export const t: Translate = ((key: string, options?: object) =>
  instance ? (instance.t as (key: string, options?: object) => string)(key, options) : key) as Translate;

export async function setLanguage(language: Language): Promise<void> {
  if (!instance || instance.language === language) return;
  await loadLanguage(language);
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
