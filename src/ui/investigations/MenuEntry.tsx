import { unlockedInvestigations } from '../../core/game/investigations';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/** The menu's way to the investigations, with how many are open (or what opens one, or the one under way). */
export function InvestigationsEntry() {
  const state = useGameState();
  const { store, content } = useUi();
  const t = useT();
  const open = unlockedInvestigations(state, content).size;
  const underway = state.profile.investigations?.current !== undefined;
  return (
    <>
      <button
        type="button"
        class="big"
        aria-describedby="investigations-hint"
        data-testid="menu-investigations"
        onClick={() => store.dispatch({ type: 'navigate', screen: 'investigations' })}
      >
        {t('investigations:menuEntry')}
      </button>
      <p id="investigations-hint" class="hint">
        {underway ? t('investigations:menuInProgress') : t('investigations:menuHint', { count: open })}
      </p>
    </>
  );
}
