import { useRef, useState } from 'preact/hooks';
import { activeProfile, type Outcome } from '../../core/game';
import { MAX_IMPORT_BYTES } from '../../core/progress/limits';
import { type ImportData, importTooLarge, parseImport } from '../../core/progress/transfer';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useGameState, useUi } from '../shared/context';
import { formatDate } from '../shared/format';
import { type Translate, useT } from '../shared/i18n';
import { IMPORT_FAILURE_MESSAGE } from './import-messages';

/** The line under the buttons: what the last export, import or reset came to. */
function messageOf(outcome: Outcome | null, t: Translate): { tone: 'ok' | 'error'; text: string } | null {
  if (outcome?.scope !== 'data') return null;
  switch (outcome.kind) {
    case 'exported':
      return { tone: 'ok', text: t('progress:data.exported', { file: outcome.file }) };
    case 'imported':
      return { tone: 'ok', text: t('progress:data.imported', { count: outcome.count }) };
    case 'import-failed':
      return { tone: 'error', text: t(IMPORT_FAILURE_MESSAGE[outcome.reason], { max: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) }) };
    case 'reset':
      return { tone: 'ok', text: t('progress:data.resetDone') };
    case 'reset-failed':
      return { tone: 'error', text: t('progress:data.resetFailed') };
  }
}

/** Export to a file, import it back (on this device or another), reset: the device's progress in the player's hands. */
export function ProgressData() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const language = state.settings.language;
  const fileRef = useRef<HTMLInputElement>(null);
  const [pendingImport, setPendingImport] = useState<{ text: string; data: ImportData } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const message = messageOf(state.outcome, t);
  const busy = state.busy;

  const fileChosen = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a failure
    if (!file) return;
    // Too large is said before the file is read, and before any question.
    if (importTooLarge(file.size)) {
      store.dispatch({ type: 'import-refused', reason: 'too-large' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      store.dispatch({ type: 'import-refused', reason: 'unreadable' });
      return;
    }
    // Checked before asking: a file that cannot be imported never gets as far as "replace everything?".
    const parsed = parseImport(text);
    if (!parsed.ok) {
      store.dispatch({ type: 'import-refused', reason: parsed.reason });
      return;
    }
    store.dispatch({ type: 'dismiss-outcome' });
    setPendingImport({ text, data: parsed.data });
  };

  return (
    <section class="card progress-data" aria-labelledby="data-title">
      <h2 id="data-title">{t('progress:data.title')}</h2>
      <p>{t('progress:data.explain')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => store.dispatch({ type: 'export-progress' })}>
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
          onConfirm={() => {
            setPendingImport(null);
            store.dispatch({ type: 'import-progress', text: pendingImport.text });
          }}
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
          title={t('progress:data.resetConfirmTitle', { name: activeProfile(state).name })}
          confirmLabel={t('progress:data.resetDo')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => {
            setConfirmReset(false);
            store.dispatch({ type: 'reset-progress' });
          }}
          onCancel={() => setConfirmReset(false)}
        >
          <p>{t('progress:data.resetConfirm')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
