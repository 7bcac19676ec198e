/** Renders the DOM game into its root: the app hands over the store, the content index and the translate function. */
import { render } from 'preact';
import type { ContentIndex } from '../core/content/content-index';
import { App } from './App';
import { type GameStore, Ui, uiContext } from './shared/context';
import { ErrorBoundary } from './shared/ErrorBoundary';
import type { Translate } from './shared/i18n';

export function mountUi(root: HTMLElement, { store, index, translate }: { store: GameStore; index: ContentIndex; translate: Translate }): void {
  render(
    <Ui.Provider value={uiContext(store, index, translate)}>
      <ErrorBoundary store={store}>
        <App />
      </ErrorBoundary>
    </Ui.Provider>,
    root,
  );
}
