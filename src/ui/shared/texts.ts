/**
 * Before the menu only its own texts are loaded (services/i18n.ts); the rest of the language
 * follows once it has painted. A screen other than the menu, or a dialog, opened before they
 * arrive waits for them (as a lazy screen waits for its code) rather than show raw keys; a fetch
 * that fails (a new deploy while offline) throws into the ErrorBoundary, which says so.
 * The app says where the texts come from (provideTexts): views never import services.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../core/progress/records';

export interface TextSource {
  /** Every namespace of the language is loaded. */
  complete(language: Language): boolean;
  /** Loads them; the views are drawn again once they arrive. */
  load(language: Language): Promise<void>;
}

// Until the app provides one (unit tests of views load every text at once): always complete.
let source: TextSource = { complete: () => true, load: async () => undefined };

export function provideTexts(texts: TextSource): void {
  source = texts;
}

export function textsComplete(language: Language): boolean {
  return source.complete(language);
}

/** Draws its children once every text of the language is loaded, when they are needed (a screen or dialog is open). */
export function WithTexts(props: { language: Language; needed: boolean; children: ComponentChildren }) {
  const complete = !props.needed || source.complete(props.language);
  const [failure, setFailure] = useState<unknown>(null);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!complete) source.load(props.language).then(() => setLoaded((n) => n + 1), setFailure);
  }, [complete, props.language]);
  if (failure) throw failure;
  return complete ? props.children : null;
}

/** Calls back once every text of the language is loaded (at once when it is). */
export function afterTexts(language: Language, callback: () => void): void {
  if (source.complete(language)) callback();
  else
    source.load(language).then(
      () => source.complete(language) && callback(),
      () => undefined,
    );
}
