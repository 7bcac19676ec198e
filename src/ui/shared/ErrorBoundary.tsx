import { Component, type ComponentChildren } from 'preact';
import { useFocusOnMount } from './focus';
import type { GameStore } from './context';
import { useT } from './i18n';

interface Props {
  store: GameStore;
  children: ComponentChildren;
}

interface State {
  failed: boolean;
  detail: string;
}

/**
 * A screen that throws while rendering would otherwise blank the whole game. This keeps the
 * page: it says what happened, in the player's language, and offers a way on. The menu is
 * offered only when no round is under way: an unfinished round is saved at every step, so
 * reloading gives it back, where going to the menu would leave it behind.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, detail: '' };

  override componentDidCatch(error: unknown): void {
    console.error('A screen could not be shown:', error);
    this.setState({ failed: true, detail: detailOf(error) });
  }

  private readonly backToMenu = (): void => {
    const { store } = this.props;
    // The viewer lets no navigation through while it is open.
    store.dispatch({ type: 'close-viewer' });
    store.dispatch({ type: 'navigate', screen: 'menu' });
    this.setState({ failed: false, detail: '' });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    const round = this.props.store.state.round;
    const roundUnderWay = !!round && round.phase !== 'finished';
    return <RenderError detail={this.state.detail} onMenu={roundUnderWay || this.props.store.state.screen === 'menu' ? null : this.backToMenu} />;
  }
}

function RenderError({ detail, onMenu }: { detail: string; onMenu: (() => void) | null }) {
  const t = useT();
  const titleRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class="screen fatal" role="alert" aria-labelledby="render-error-title">
      <h1 id="render-error-title" tabIndex={-1} ref={titleRef}>
        {t('common:error.crashTitle')}
      </h1>
      <p>{t('common:error.crashContent', { detail })}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => location.reload()}>
          {t('common:error.reload')}
        </button>
        {onMenu && (
          <button type="button" onClick={onMenu}>
            {t('common:menu')}
          </button>
        )}
      </div>
    </section>
  );
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
