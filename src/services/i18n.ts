/**
 * The only module that imports i18next. Resources are bundled (the game's own files, precached
 * for offline play), one file per namespace under locales/<lang>/, two chunks per language.
 */
import i18next, { type i18n as I18n } from 'i18next';

/** A translate function whose keys are checked by the compiler (src/types/i18next.d.ts). */
export type Translate = I18n['t'];

import type { Language } from '../core/progress/records';
import menuNamespaces from '../../locales/menu-namespaces.json';
import { memoiseTranslations } from './translation-memo';

export type { Language };

// Two chunks per language (vite.config.ts): the menu waits only for the namespaces it shows
// (MENU_NAMESPACES) in its own language; the rest of that language loads once the menu has
// painted (preloadLanguages), and a screen opened before it arrives waits for it (textsComplete).
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

/**
 * What the menu shows, and the play screen and the source viewer one click from it (the career
 * card names confidence levels, an investigation's topic is the viewer's): one list, which
 * vite.config.ts also reads to put them in a chunk of their own.
 */
export const MENU_NAMESPACES: readonly string[] = menuNamespaces;

type Bundles = Record<string, Record<string, unknown>>;
type Part = 'menu' | 'rest';
type Loader = () => Promise<Record<string, unknown>>;

function filesOf(language: Language, part?: Part): Array<[string, Loader]> {
  return Object.entries(files).flatMap(([path, load]) => {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match || match[1] !== language) return [];
    const namespace = match[2] as string;
    const inMenu = MENU_NAMESPACES.includes(namespace);
    return part === undefined || (part === 'menu') === inMenu ? [[namespace, load] as [string, Loader]] : [];
  });
}

const loading = new Map<string, Promise<Bundles>>();

/** A part of a language's namespaces, fetched once (a failed fetch is tried again on the next call). */
function bundlesOf(language: Language, part: Part): Promise<Bundles> {
  const key = `${language}/${part}`;
  let bundles = loading.get(key);
  if (!bundles) {
    bundles = Promise.all(filesOf(language, part).map(async ([namespace, load]) => [namespace, await load()] as const)).then(Object.fromEntries);
    bundles.catch(() => loading.delete(key));
    loading.set(key, bundles);
  }
  return bundles;
}

let instance: I18n | null = null;
const loadedListeners = new Set<() => void>();
// Cleared wherever this module changes the instance, its texts or its language.
const memo = memoiseTranslations((key, options) => (instance as I18n).t(key, options as never));

/** Ready once the menu's namespaces of the language have arrived; the others follow (loadLanguage). */
export async function initI18n(language: Language): Promise<void> {
  instance = await menuInstance(language);
  memo.clear();
  document.documentElement.lang = language;
}

/**
 * The translate function the game's first render has (the menu's texts of the language, nothing
 * else yet), without touching the page: the menu drawn at build time (app/menu-shell-render.tsx)
 * is then the game's own first render, word for word.
 */
export async function firstRenderTranslate(language: Language): Promise<Translate> {
  const made = await menuInstance(language);
  return made.t.bind(made) as Translate;
}

async function menuInstance(language: Language): Promise<I18n> {
  const bundles = await bundlesOf(language, 'menu');
  const made = i18next.createInstance();
  await made.init({
    lng: language,
    // Until the other language has loaded, a text asked for in it shows in French (or as its key).
    fallbackLng: 'fr',
    resources: { [language]: bundles },
    ns: filesOf('fr').map(([namespace]) => namespace),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    returnNull: false,
  });
  return made;
}

/** Starts fetching the menu's texts of a language early (say, the browser's language while storage opens); never fails. */
export function prefetchLanguage(language: Language): void {
  bundlesOf(language, 'menu').catch(() => undefined);
}

/** True once every namespace of the language is in i18next (a screen other than the menu waits for it). */
export function textsComplete(language: Language): boolean {
  const i18n = instance;
  return i18n !== null && filesOf(language).every(([namespace]) => i18n.hasResourceBundle(language, namespace));
}

async function addPart(language: Language, part: Part): Promise<boolean> {
  const i18n = instance;
  if (!i18n || filesOf(language, part).every(([namespace]) => i18n.hasResourceBundle(language, namespace))) return false;
  const bundles = await bundlesOf(language, part);
  let added = false;
  for (const [namespace, data] of Object.entries(bundles)) {
    if (i18n.hasResourceBundle(language, namespace)) continue;
    // A namespace not there yet: stored as it is (i18next's deep copy of a bundle is milliseconds of an old machine's main thread).
    i18n.addResourceBundle(language, namespace, data, false, true, { skipCopy: true });
    added = true;
  }
  if (added) memo.clear();
  return added;
}

/** Adds all of a language's texts to i18next once fetched; listeners hear of it (views drawn before it re-render). */
export async function loadLanguage(language: Language): Promise<void> {
  const added = await Promise.all([addPart(language, 'menu'), addPart(language, 'rest')]);
  if (added.some(Boolean)) for (const listener of loadedListeners) listener();
}

/** Every text, the current language's first, in the background (after the menu has painted): a switch then finds its texts here. */
export function preloadLanguages(): void {
  const current = currentLanguage();
  for (const language of [current, current === 'fr' ? 'en' : 'fr'] as const) loadLanguage(language).catch(() => undefined);
}

/** Called whenever texts arrive after start-up; returns the unsubscribe. */
export function onLanguageLoaded(listener: () => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

/** Translates `namespace:key` (typed: see src/types/i18next.d.ts). Before init it returns the key, so nothing crashes. */
export const t: Translate = ((key: string, options?: object) => (instance ? memo.translate(key, options) : key)) as Translate;

export async function setLanguage(language: Language): Promise<void> {
  if (!instance || instance.language === language) return;
  await loadLanguage(language);
  await instance.changeLanguage(language);
  memo.clear();
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
