/**
 * What every view gets: the state owner, the content index, and the translate function. The
 * texts are in the state once they have arrived (#15): a view that reads them is shown only
 * then (App puts it behind NeedsTexts) and takes them with useContent().
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ContentIndex } from '../../core/content/content-index';
import type { Article, ArticleId, ContentBundle, Excerpt } from '../../core/content/schema';
import type { GameAction, GameEffect, GameIntent, GameState } from '../../core/game';
import type { Store } from '../../core/store';
import type { Translate } from './i18n';

export type GameStore = Store<GameState, GameAction, GameEffect, GameIntent>;

export interface UiContext {
  store: GameStore;
  /** What the menu needs of the content, there from the start. */
  index: ContentIndex;
  /** Excerpts the content has (review cards of others are neither counted nor dealt). */
  knownExcerptIds: ReadonlySet<string>;
  /** i18next's t, handed over by the app; views use useT(), which binds it to the state's language. */
  translate: Translate;
}

/** The texts and their lookups, made once per bundle. */
export interface ContentViews {
  content: ContentBundle;
  excerptById: ReadonlyMap<string, Excerpt>;
  articleById: ReadonlyMap<ArticleId, Article>;
}

export const Ui = createContext<UiContext | null>(null);

export function uiContext(store: GameStore, index: ContentIndex, translate: Translate): UiContext {
  return { store, index, knownExcerptIds: new Set(index.excerpts.map((e) => e.id)), translate };
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

const views = new WeakMap<ContentBundle, ContentViews>();

/** The lookups of a bundle, made on first use. */
export function contentViews(content: ContentBundle): ContentViews {
  let made = views.get(content);
  if (!made) {
    made = {
      content,
      excerptById: new Map(content.excerpts.map((e) => [e.id, e])),
      articleById: new Map(content.articles.map((a) => [a.id, a])),
    };
    views.set(content, made);
  }
  return made;
}

/** The texts, or null while they load. */
export function useMaybeContent(): ContentViews | null {
  const content = useGameState().content;
  return content ? contentViews(content) : null;
}

/** The texts, for a view behind NeedsTexts (App shows "Loading…" instead of it until they are here). */
export function useContent(): ContentViews {
  const views = useMaybeContent();
  if (!views) throw new Error('A view that reads the texts was shown before they arrived (put it behind NeedsTexts)');
  return views;
}

/** Dispatches an intent to the store (the store stamps its time and seed). */
export function useDispatch(): (intent: GameIntent) => void {
  const { store } = useUi();
  return (intent) => store.dispatch(intent);
}
