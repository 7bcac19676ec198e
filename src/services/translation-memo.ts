/**
 * A text without interpolation is the same string every time it is asked for, until the texts or
 * the language change; i18next works it out again on each call (key parsing, namespace and
 * fallback lookup, post-processing), and a render of the menu asks for about a hundred of them.
 * The memo keeps those strings; the caller clears it whenever i18next's resources or language
 * change (services/i18n.ts, the only module that changes them).
 */
type TranslateFn = (key: string, options?: object) => unknown;

export interface TranslationMemo {
  translate: (key: string, options?: object) => unknown;
  clear(): void;
}

export function memoiseTranslations(translate: TranslateFn): TranslationMemo {
  const cache = new Map<string, unknown>();
  const memoised = (key: string, options?: object) => {
    let language = '';
    if (options !== undefined) {
      // Anything but the language (a count, a value to interpolate, returnObjects…): not memoised.
      for (const name in options) if (name !== 'lng') return translate(key, options);
      language = String((options as { lng?: unknown }).lng ?? '');
    }
    const id = `${language}\u0000${key}`;
    if (cache.has(id)) return cache.get(id);
    const text = translate(key, options);
    if (typeof text === 'string') cache.set(id, text);
    return text;
  };
  return { translate: memoised, clear: () => cache.clear() };
}
