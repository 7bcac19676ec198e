/**
 * A mode's rules that could not be loaded (core/game/modes.ts; offline with a file missing from
 * the cache): what the player asked for was not done, and this says so, with a way on.
 */
import { useGameState } from './context';
import { useT } from './i18n';

export function ModeStatus() {
  const failed = useGameState().modes.failed;
  const t = useT();
  if (!failed) return null;
  return (
    <p class="card fatal" role="alert" data-testid="mode-failed">
      {t('texts:modeFailed', { detail: failed.detail })}{' '}
      <button type="button" onClick={() => location.reload()}>
        {t('common:error.reload')}
      </button>
    </p>
  );
}
