/** Translation in views: i18next's t (typed keys), bound to the language in the game state. */
import type { i18n } from 'i18next';
import type { Language } from '../../core/progress/records';
import { useGameState, useUi } from './context';

export type Translate = i18n['t'];

/** Bound to the state's language, so a switch re-renders at once and never lags the state. */
export function useT(): Translate {
  const { translate } = useUi();
  return boundTo(translate, useGameState().settings.language);
}

/** Translation in a given language, whatever i18next's current one is (an effect may arrive before the switch). */
export function boundTo(translate: Translate, language: Language): Translate {
  const t = translate as (key: string, options?: object) => string;
  return ((key: string, options?: object) => t(key, { ...options, lng: language })) as Translate;
}
