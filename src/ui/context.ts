/** What every view needs: the state owner, the content, and the translate function. */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ContentBundle, Excerpt, Article } from '../core/content/schema';
import type { GameAction, GameEffect, GameState } from '../core/game';
import type { Store } from '../core/store';
import type { ClassroomServices } from './classroom-services';
import type { ProgressServices } from './progress-services';

export type GameStore = Store<GameState, GameAction, GameEffect>;

export interface UiServices {
  store: GameStore;
  content: ContentBundle;
  excerptById: Map<string, Excerpt>;
  articleById: Map<string, Article>;
  /** Starts a new round of the given mode (the shell knows storage and the clock). */
  startRound(mode: 'play' | 'review'): void;
  /** True when saves reach the device (false when storage is blocked). */
  persistent: boolean;
  /** Excerpts this profile has already answered (past rounds and the round in play). */
  answeredIds(): ReadonlySet<string>;
  /** Storage problems to tell the player about (each kind once). */
  notices(): Array<'unavailable' | 'set-aside' | 'newer-version' | 'quota'>;
  /** Profiles, progress, export/import and freeing space: the device's storage, through the shell. */
  progress: ProgressServices;
  /** The class round's save and the teacher's setup, kept apart from every profile. */
  classroom: ClassroomServices;
}

export const Services = createContext<UiServices | null>(null);

export function useServices(): UiServices {
  const services = useContext(Services);
  if (!services) throw new Error('UI used outside <Services.Provider>');
  return services;
}

/** The game state, re-rendering when it changes. */
export function useGameState(): GameState {
  const { store } = useServices();
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe((next) => setState(next));
  }, [store]);
  return state;
}
