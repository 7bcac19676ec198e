/** What every view gets: the state owner, the read-only content, and the translate function. Nothing else. */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Article, ArticleId, ContentBundle, Excerpt } from '../../core/content/schema';
import type { GameAction, GameEffect, GameIntent, GameState } from '../../core/game';
import type { Store } from '../../core/store';
import type { Translate } from './i18n';

export type GameStore = Store<GameState, GameAction, GameEffect, GameIntent>;

export interface UiContext {
  store: GameStore;
  content: ContentBundle;
  excerptById: ReadonlyMap<string, Excerpt>;
  articleById: ReadonlyMap<ArticleId, Article>;
  /** Excerpts the content has (review cards of others are neither counted nor dealt). */
  knownExcerptIds: ReadonlySet<string>;
  /** i18next's t, handed over by the app; views use useT(), which binds it to the state's language. */
  translate: Translate;
}

export const Ui = createContext<UiContext | null>(null);

export function uiContext(store: GameStore, content: ContentBundle, translate: Translate): UiContext {
  return {
    store,
    content,
    excerptById: new Map(content.excerpts.map((e) => [e.id, e])),
    articleById: new Map(content.articles.map((a) => [a.id, a])),
    knownExcerptIds: new Set(content.excerpts.map((e) => e.id)),
    translate,
  };
}

export function useUi(): UiContext {
  const ui = useContext(Ui);
  if (!ui) throw new Error('UI used outside <Ui.Provider>');
  return ui;
}

/** The game state, re-rendering when it changes. */
export function useGameState(): GameState {
  const { store } = useUi();
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe((next) => setState(next));
  }, [store]);
  return state;
}

/** Dispatches an intent to the store (the store stamps its time and seed). */
export function useDispatch(): (intent: GameIntent) => void {
  const { store } = useUi();
  return (intent) => store.dispatch(intent);
}
