import type { TOptions } from 'i18next';
import { t } from '../services/i18n';
import { useGameState } from './context';

export type Translate = (key: string, options?: TOptions) => string;

/** Translation bound to the language in the game state, so a switch re-renders at once and never lags the state. */
export function useT(): Translate {
  const { settings } = useGameState();
  return (key, options) => t(key, { ...options, lng: settings.language });
}
