/**
 * The menu drawn at build time (issue #15): the game's own first render for a device that has
 * never saved anything, in each language, made by rendering the real App with the state a fresh
 * device starts with. The build puts both in index.html (vite.config.ts, menu-shell plugin, which
 * runs this through scripts/menu-shell.ts); src/shell.ts shows the right one before the game has
 * loaded, and app/menu-shell.ts checks, once the game has drawn its menu over it, that the two are
 * the same, node for node.
 */
import { renderToString } from 'preact-render-to-string';
import { createGameReducer, initialGameState, stamp } from '../core/game';
import { migrateDevice } from '../core/progress/migrate';
import type { Language } from '../core/progress/records';
import { Store } from '../core/store';
import { contentIndex } from '../services/content';
import { firstRenderTranslate } from '../services/i18n';
import { App } from '../ui/App';
import { type GameStore, uiContext, Ui } from '../ui/shared/context';
import { ErrorBoundary } from '../ui/shared/ErrorBoundary';

/** The state of a device on its first visit, as boot.ts builds it from the storage that has nothing yet. */
function freshState(language: Language) {
  const device = migrateDevice(null, { now: new Date(0), browserLanguage: language });
  if (!device.ok) throw new Error('an empty device record cannot be from a newer version');
  return initialGameState({ device: device.data, persistent: true, notices: [], systemReducedMotion: false });
}

export async function renderMenuShell(language: Language): Promise<string> {
  const state = freshState(language);
  if (state.screen !== 'menu' || state.settings.language !== language) throw new Error(`a fresh device does not start on the ${language} menu`);
  // Never dispatched to: rendering runs no effect and no handler.
  const store: GameStore = new Store(createGameReducer(), state, {
    prepare: (intent) =>
      stamp(
        intent,
        () => new Date(0),
        () => 0,
      ),
  });
  const translate = await firstRenderTranslate(language);
  return renderToString(
    <Ui.Provider value={uiContext(store, contentIndex, translate)}>
      <ErrorBoundary store={store}>
        <App />
      </ErrorBoundary>
    </Ui.Provider>,
  );
}
