import './notices.css';
import { type NoticeKind, roundsFreedByTrim } from '../../core/game';
import { useGameState, useUi } from './context';
import { useT } from './i18n';

const MESSAGE_KEY = {
  unavailable: 'storage:unavailable',
  'set-aside': 'storage:setAside',
  'newer-version': 'storage:newerVersion',
  quota: 'storage:quota',
} as const satisfies Record<NoticeKind, string>;

/** Storage problems, said once and plainly; play goes on underneath. */
export function Notices() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const kinds = state.storage.notices;
  const space = state.outcome?.scope === 'space' ? state.outcome.kind : null;
  if (kinds.length === 0 && space === null && !state.updateReady) return null;
  const freeable = roundsFreedByTrim(state);

  return (
    <div class="notices" role="status" data-testid="storage-notice">
      {kinds.map((kind) => (
        <div class="notice" key={kind} data-kind={kind}>
          <div class="notice-text">
            <p>{t(MESSAGE_KEY[kind])}</p>
            {kind === 'quota' && freeable > 0 && <p>{t('storage:quotaOffer', { count: freeable })}</p>}
            {kind === 'quota' && space === 'still-full' && <p>{t('storage:stillFull')}</p>}
          </div>
          <div class="notice-actions">
            {kind === 'quota' && freeable > 0 && (
              <button type="button" class="primary" disabled={state.busy} onClick={() => store.dispatch({ type: 'free-space' })}>
                {t('storage:freeSpace', { count: freeable })}
              </button>
            )}
            <button type="button" onClick={() => store.dispatch({ type: 'dismiss-notice', kind })}>
              {t(kind === 'quota' && freeable > 0 ? 'storage:notNow' : 'storage:dismiss')}
            </button>
          </div>
        </div>
      ))}
      {state.updateReady && (
        <div class="notice" data-kind="update" data-testid="update-notice">
          <p class="notice-text">{t('storage:updateReady')}</p>
          <div class="notice-actions">
            <button type="button" onClick={() => store.dispatch({ type: 'apply-update' })}>
              {t('storage:updateNow')}
            </button>
          </div>
        </div>
      )}
      {space === 'freed' && !kinds.includes('quota') && (
        <div class="notice" data-kind="freed">
          <p>{t('storage:freed')}</p>
          <button type="button" onClick={() => store.dispatch({ type: 'dismiss-outcome' })}>
            {t('storage:dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
