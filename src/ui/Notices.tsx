import { useState } from 'preact/hooks';
import { useServices } from './context';
import { useT } from './i18n-hooks';

export type NoticeKind = 'unavailable' | 'set-aside' | 'newer-version' | 'quota';

/** Storage problems, said once and plainly; play goes on underneath. */
export function Notices() {
  const { notices } = useServices();
  const t = useT();
  const [dismissed, setDismissed] = useState<ReadonlySet<NoticeKind>>(new Set());
  const kinds = [...new Set(notices())].filter((k) => !dismissed.has(k));
  if (kinds.length === 0) return null;
  const messageKey: Record<NoticeKind, string> = {
    unavailable: 'storage:unavailable',
    'set-aside': 'storage:setAside',
    'newer-version': 'storage:newerVersion',
    quota: 'storage:quota',
  };
  return (
    <div class="notices" role="status" data-testid="storage-notice">
      {kinds.map((kind) => (
        <div class="notice" key={kind}>
          <p>{t(messageKey[kind])}</p>
          <button type="button" onClick={() => setDismissed(new Set([...dismissed, kind]))}>{t('storage:dismiss')}</button>
        </div>
      ))}
    </div>
  );
}
