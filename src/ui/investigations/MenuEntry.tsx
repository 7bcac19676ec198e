import { findInvestigation, unlockedInvestigations } from '../../core/game/investigations';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';
import { investigationTitle } from './labels';

/**
 * The menu's way to the investigations, with how many are open or what opens one; with one under
 * way (after a reload, say), a button that goes straight back to it.
 */
export function InvestigationsEntry() {
  const state = useGameState();
  const { store, index } = useUi();
  const t = useT();
  const open = unlockedInvestigations(state, index).size;
  const current = state.profile.investigations?.current;
  const underway = current ? findInvestigation(index, current.id) : undefined;
  return (
    <>
      {underway && (
        <button
          type="button"
          class="big"
          aria-describedby="investigations-hint"
          onClick={() => store.dispatch({ type: 'open-investigation', id: underway.id })}
        >
          {t('investigations:resume')}
        </button>
      )}
      <button
        type="button"
        class="big"
        aria-describedby={underway ? undefined : 'investigations-hint'}
        data-testid="menu-investigations"
        onClick={() => store.dispatch({ type: 'navigate', screen: 'investigations' })}
      >
        {t('investigations:menuEntry')}
      </button>
      <p id="investigations-hint" class="hint">
        {underway
          ? t('investigations:menuInProgress', { title: investigationTitle(underway, index, state.settings.language, t) })
          : t('investigations:menuHint', { count: open })}
      </p>
    </>
  );
}
