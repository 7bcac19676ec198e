/** Renders the DOM game into its root: the app hands over the store, the content and the translate function. */
import { render } from 'preact';
import type { ContentBundle } from '../core/content/schema';
import { App } from './App';
import { type GameStore, Ui, uiContext } from './shared/context';
import { ErrorBoundary } from './shared/ErrorBoundary';
import type { Translate } from './shared/i18n';

export function mountUi(root: HTMLElement, { store, content, translate }: { store: GameStore; content: ContentBundle; translate: Translate }): void {
  render(
    <Ui.Provider value={uiContext(store, content, translate)}>
      <ErrorBoundary store={store}>
        <App />
      </ErrorBoundary>
    </Ui.Provider>,
    root,
  );
}
