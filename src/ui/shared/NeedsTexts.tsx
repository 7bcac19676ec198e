/**
 * The texts on their way (#15): a screen that reads them is shown once they are here; until
 * then it says "Loading the texts…", and if they could not be read, why, with a way on. The
 * screens that read none (the menu, settings, profiles, help) are shown at once, with a line
 * saying so when something the player asked for waits for the texts or cannot be done.
 */
import type { ComponentChildren } from 'preact';
import { useGameState, useUi } from './context';
import { useT } from './i18n';

export function NeedsTexts({ children }: { children: ComponentChildren }) {
  const state = useGameState();
  const t = useT();
  if (state.content) return <>{children}</>;
  if (state.contentLoad.failed !== null) return <TextsFailed />;
  return (
    <section class="screen texts-loading" aria-busy="true" data-testid="texts-loading">
      <p role="status">{t('texts:loading')}</p>
    </section>
  );
}

/** Over a screen that reads no texts: what waits for them, or why it cannot be done. */
export function TextsStatus() {
  const state = useGameState();
  const t = useT();
  if (state.content) return null;
  if (state.contentLoad.failed !== null) return <TextsFailed />;
  return state.contentLoad.waiting.length > 0 ? (
    <p class="texts-waiting" role="status" data-testid="texts-waiting">
      {t('texts:loading')}
    </p>
  ) : null;
}

function TextsFailed() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  return (
    <section class="card fatal" role="alert" aria-labelledby="texts-failed-title" data-testid="texts-failed">
      <h2 id="texts-failed-title">{t('texts:failedTitle')}</h2>
      <p>{t('texts:failed', { detail: state.contentLoad.failed ?? '' })}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => location.reload()}>
          {t('common:error.reload')}
        </button>
        {state.screen !== 'menu' && (
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
            {t('texts:backToMenu')}
          </button>
        )}
      </div>
    </section>
  );
}
