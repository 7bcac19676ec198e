import { useEffect, useRef, useState } from 'preact/hooks';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/** A native modal dialog: it traps focus, and Escape closes it (back to the round). */
export function PauseDialog() {
  const { store } = useUi();
  const state = useGameState();
  const round = state.round;
  const canFinish = round?.mode === 'class' && round.turns.length > 0;
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const quitRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // autoFocus works only when the dialog opens: moving between its two views moves the focus here.
  useEffect(() => {
    if (confirmQuit) cancelRef.current?.focus();
    else if (asked.current) quitRef.current?.focus();
    asked.current = confirmQuit;
  }, [confirmQuit]);
  useEffect(() => {
    const dialog = ref.current;
    // Taken before showModal moves the focus into the dialog.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // Focus goes back where it was (or to the excerpt), not to the top of the page.
      (previous && previous !== document.body && previous.isConnected ? previous : document.getElementById('excerpt-heading'))?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="pause-title"
      onCancel={(event) => {
        event.preventDefault();
        store.dispatch({ type: 'unpause' });
      }}
    >
      <h2 id="pause-title">{t('play:pausedTitle')}</h2>
      {confirmQuit ? (
        <>
          <p>{t('play:quitConfirm')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => store.dispatch({ type: 'quit-round' })}>
              {t('play:quit')}
            </button>
            <button type="button" ref={cancelRef} onClick={() => setConfirmQuit(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </>
      ) : (
        <div class="actions vertical">
          <button type="button" class="primary" autoFocus onClick={() => store.dispatch({ type: 'unpause' })}>
            {t('play:continue')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'settings' })}>
            {t('menu:settings')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'help' })}>
            {t('menu:help')}
          </button>
          {canFinish && (
            <button type="button" onClick={() => store.dispatch({ type: 'class-finish-early' })}>
              {t('classroom:finishEarly', { count: round?.turns.length ?? 0 })}
            </button>
          )}
          <button type="button" ref={quitRef} onClick={() => setConfirmQuit(true)}>
            {t('play:quit')}
          </button>
        </div>
      )}
    </dialog>
  );
}
