import { useEffect, useState } from 'preact/hooks';
import { useGameState, useServices } from './context';
import { useT } from './i18n-hooks';
import type { NoticeKind } from './progress-services';

const MESSAGE_KEY = {
  unavailable: 'storage:unavailable',
  'set-aside': 'storage:setAside',
  'newer-version': 'storage:newerVersion',
  quota: 'storage:quota',
} as const satisfies Record<NoticeKind, string>;

/** Storage problems, said once and plainly; play goes on underneath. */
export function Notices() {
  const { notices, progress } = useServices();
  useGameState(); // re-render after a round, when the history a trim would free has grown
  const t = useT();
  const [, setRevision] = useState(0);
  const [freed, setFreed] = useState<'freed' | 'still-full' | null>(null);
  useEffect(() => progress.onNoticesChange(() => setRevision((n) => n + 1)), [progress]);
  const kinds = [...new Set(notices())];
  if (kinds.length === 0 && freed === null) return null;

  const freeSpace = async () => {
    setFreed((await progress.freeSpace()) ? 'freed' : 'still-full');
  };
  const freeable = progress.roundsFreedByTrim();

  return (
    <div class="notices" role="status" data-testid="storage-notice">
      {kinds.map((kind) => (
        <div class="notice" key={kind} data-kind={kind}>
          <div class="notice-text">
            <p>{t(MESSAGE_KEY[kind])}</p>
            {kind === 'quota' && freeable > 0 && <p>{t('storage:quotaOffer', { count: freeable })}</p>}
            {kind === 'quota' && freed === 'still-full' && <p>{t('storage:stillFull')}</p>}
          </div>
          <div class="notice-actions">
            {kind === 'quota' && freeable > 0 && (
              <button type="button" class="primary" onClick={freeSpace}>
                {t('storage:freeSpace', { count: freeable })}
              </button>
            )}
            <button type="button" onClick={() => progress.dismissNotice(kind)}>
              {t(kind === 'quota' && freeable > 0 ? 'storage:notNow' : 'storage:dismiss')}
            </button>
          </div>
        </div>
      ))}
      {freed === 'freed' && !kinds.includes('quota') && (
        <div class="notice" data-kind="freed">
          <p>{t('storage:freed')}</p>
          <button type="button" onClick={() => setFreed(null)}>
            {t('storage:dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
