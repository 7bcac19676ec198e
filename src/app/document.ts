/**
 * What the settings change on the page itself: text size, motion, font, language, title.
 * The system's reduced-motion preference is read here and only here, and handed to the
 * game as an action, so the stage and the page follow one rule (the reducedMotion selector).
 */
import { type GameState, playerSettings, reducedMotion } from '../core/game';
import { setLanguage, t } from '../services/i18n';
import type { GameStore } from './effects';

const MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function bindDocument(store: GameStore): void {
  const query = window.matchMedia?.(MOTION_QUERY);
  // "Follow the system" keeps following it when the system setting changes mid-session.
  query?.addEventListener?.('change', (event) => store.dispatch({ type: 'system-motion', reduced: event.matches }));
  let applied: string | null = null;
  const apply = (state: GameState) => {
    // The active profile's own: switching profile switches them.
    const { textSize, dyslexiaFont } = playerSettings(state);
    const key = JSON.stringify([textSize, dyslexiaFont, state.settings.language, reducedMotion(state)]);
    if (key === applied) return;
    applied = key;
    const root = document.documentElement;
    root.dataset.textSize = textSize;
    root.dataset.reducedMotion = reducedMotion(state) ? 'true' : 'false';
    root.dataset.font = dyslexiaFont ? 'hyperlegible' : 'default';
    root.lang = state.settings.language;
    const language = state.settings.language;
    document.title = t('common:appName', { lng: language });
    // Once the language's texts are in (they may still be on their way: services/i18n.ts), the title again.
    void setLanguage(language)
      .then(() => {
        if (store.state.settings.language === language) document.title = t('common:appName', { lng: language });
      })
      // Texts that could not be fetched stay in French (i18next's fallback); the next switch tries again.
      .catch((error: unknown) => console.warn('The interface texts could not load:', error));
  };
  store.subscribe(apply);
  apply(store.state);
}

/** The system's preference at start-up, for the first state. */
export function systemPrefersReducedMotion(): boolean {
  return window.matchMedia?.(MOTION_QUERY).matches ?? false;
}
