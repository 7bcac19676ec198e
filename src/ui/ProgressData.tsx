import { useRef, useState } from 'preact/hooks';
import { parseImport, type ImportData } from '../core/progress/transfer';
import { ConfirmDialog } from './ConfirmDialog';
import { useGameState, useServices } from './context';
import { formatDate } from './format';
import { useT } from './i18n-hooks';
import { IMPORT_FAILURE_MESSAGE, type ImportFailure } from './import-messages';
import { downloadText } from './download';

type Message = { tone: 'ok' | 'error'; text: string };

/** Export to a file, import it back (on this device or another), reset: the device's progress in the player's hands. */
export function ProgressData() {
  const state = useGameState();
  const { progress } = useServices();
  const t = useT();
  const language = state.settings.language;
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [pendingImport, setPendingImport] = useState<{ text: string; data: ImportData } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [busy, setBusy] = useState(false);

  const failure = (reason: ImportFailure) => setMessage({ tone: 'error', text: t(IMPORT_FAILURE_MESSAGE[reason]) });

  const exportFile = async () => {
    setBusy(true);
    try {
      const { fileName, text } = await progress.exportProgress();
      downloadText(fileName, text, 'application/json');
      setMessage({ tone: 'ok', text: t('progress:data.exported', { file: fileName }) });
    } finally {
      setBusy(false);
    }
  };

  const fileChosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a failure
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      failure('unreadable');
      return;
    }
    // Checked before asking: a file that cannot be imported never gets as far as "replace everything?".
    const parsed = parseImport(text);
    if (!parsed.ok) {
      failure(parsed.reason);
      return;
    }
    setMessage(null);
    setPendingImport({ text, data: parsed.data });
  };

  const importConfirmed = async () => {
    const pending = pendingImport;
    setPendingImport(null);
    if (!pending) return;
    setBusy(true);
    try {
      const result = await progress.importProgress(pending.text);
      if (result.ok) setMessage({ tone: 'ok', text: t('progress:data.imported', { count: result.profiles }) });
      else failure(result.reason);
    } finally {
      setBusy(false);
    }
  };

  const resetConfirmed = async () => {
    setConfirmReset(false);
    setBusy(true);
    try {
      const reset = await progress.resetProgress();
      setMessage(reset ? { tone: 'ok', text: t('progress:data.resetDone') } : { tone: 'error', text: t('progress:data.resetFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card progress-data" aria-labelledby="data-title">
      <h2 id="data-title">{t('progress:data.title')}</h2>
      <p>{t('progress:data.explain')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={exportFile}>
          {t('progress:data.export')}
        </button>
        <button type="button" disabled={busy} onClick={() => fileRef.current?.click()}>
          {t('progress:data.import')}
        </button>
        <button type="button" class="danger-outline" disabled={busy} onClick={() => setConfirmReset(true)}>
          {t('progress:data.reset')}
        </button>
      </div>
      {/* Reached through the Import button, which has the name and the focus ring. */}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => void fileChosen(e.currentTarget)}
      />
      <div role="status" aria-live="polite" data-testid="data-message">
        {message && <p class={message.tone === 'error' ? 'message error' : 'message ok'}>{message.text}</p>}
      </div>

      {pendingImport && (
        <ConfirmDialog
          title={t('progress:data.importConfirmTitle')}
          confirmLabel={t('progress:data.importDo')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => void importConfirmed()}
          onCancel={() => setPendingImport(null)}
        >
          <p>
            {t('progress:data.importConfirm', {
              count: pendingImport.data.profiles.length,
              date: formatDate(pendingImport.data.exportedAt, language),
              names: pendingImport.data.device.profiles.map((p) => p.name).join(', '),
            })}
          </p>
        </ConfirmDialog>
      )}
      {confirmReset && (
        <ConfirmDialog
          title={t('progress:data.resetConfirmTitle', { name: state.activeProfile.name })}
          confirmLabel={t('progress:data.resetDo')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => void resetConfirmed()}
          onCancel={() => setConfirmReset(false)}
        >
          <p>{t('progress:data.resetConfirm')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
