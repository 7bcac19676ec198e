import type { i18n } from 'i18next';
import { t } from '../services/i18n';
import { useGameState } from './context';

export type Translate = i18n['t'];

/** Translation bound to the language in the game state, so a switch re-renders at once and never lags the state. */
export function useT(): Translate {
  return boundTo(useGameState().settings.language);
}

/** Translation in a given language, whatever i18next's current one is (an effect may arrive before the switch). */
export function boundTo(language: 'fr' | 'en'): Translate {
  return ((key: string, options?: object) => (t as (key: string, options: object) => string)(key, { ...options, lng: language })) as Translate;
}
