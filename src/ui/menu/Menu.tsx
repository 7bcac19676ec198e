import './menu.css';
import { activeProfile, bestScore, dueCount } from '../../core/game';
import { SOLO } from '../../core/round';
import { CareerCard } from '../career/CareerCard';
import { useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';
import { InvestigationsEntry } from '../investigations/MenuEntry';

export function Menu() {
  const state = useGameState();
  const { store, knownExcerptIds } = useUi();
  const t = useT();
  const playRef = useFocusOnMount<HTMLButtonElement>();
  const resumeRef = useFocusOnMount<HTMLButtonElement>(state.resumable?.id);
  const resumable = state.resumable;
  // Counted at each render: review cards fall due while the game stays open.
  const due = dueCount(state, knownExcerptIds, new Date());
  const profileName = activeProfile(state).name;
  const best = bestScore(state);

  return (
    <section class="screen menu" aria-labelledby="menu-title">
      <h1 id="menu-title" class="title">
        {t('common:appName')}
      </h1>
      <p class="tagline">{t('common:tagline')}</p>
      <button
        type="button"
        class="profile-button"
        data-testid="menu-profile"
        aria-label={t('profiles:menuButtonLabel', { name: profileName })}
        onClick={() => store.dispatch({ type: 'navigate', screen: 'profiles' })}
      >
        {t('profiles:menuButton', { name: profileName })}
      </button>
      <CareerCard />

      {resumable && (
        <div class="card resume" role="group" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('menu:resumeTitle')}</h2>
          <p>
            {t('menu:resumeText', {
              current: resumable.index + 1,
              total: resumable.excerptIds.length,
              score: resumable.scores[SOLO.id]?.score ?? 0,
            })}
          </p>
          <div class="actions">
            <button type="button" class="primary" ref={resumeRef} onClick={() => store.dispatch({ type: 'resume-saved' })}>
              {t('menu:resume')}
            </button>
            <button
              type="button"
              onClick={() => {
                store.dispatch({ type: 'discard-saved' });
                store.dispatch({ type: 'start-round', mode: 'play' });
              }}
            >
              {t('menu:discard')}
            </button>
          </div>
        </div>
      )}

      <nav class="menu-nav" aria-label={t('menu:mainNav')}>
        {/* With a round unfinished, the choice is made in the card above: a big Play here replaced it unasked (playtest). */}
        {!resumable && (
          <button type="button" class="primary big" ref={playRef} onClick={() => store.dispatch({ type: 'start-round', mode: 'play' })}>
            {t('menu:play')}
          </button>
        )}
        <button
          type="button"
          class="big"
          disabled={due === 0}
          onClick={() => store.dispatch({ type: 'start-round', mode: 'review' })}
          aria-describedby="review-due"
        >
          {t('menu:review')}
        </button>
        <p id="review-due" class="hint">
          {due > 0 ? t('menu:reviewDue', { count: due }) : t('menu:reviewNone')}
        </p>
        {/* The career's order: dossiers first, the investigations they open next. */}
        <button type="button" class="big" data-testid="menu-dossiers" onClick={() => store.dispatch({ type: 'navigate', screen: 'dossiers' })}>
          {t('career:menu.dossiers')}
        </button>
        <InvestigationsEntry />
        {/* The player's own things first, then what a class and its teacher use. */}
        <button type="button" class="big" onClick={() => store.dispatch({ type: 'navigate', screen: 'board' })}>
          {t('board:menuEntry')}
        </button>
        <button type="button" class="big" onClick={() => store.dispatch({ type: 'navigate', screen: 'join' })}>
          {t('menu:joinLesson')}
        </button>
        <div class="menu-row">
          <button type="button" class="big" onClick={() => store.dispatch({ type: 'navigate', screen: 'classroom' })}>
            {t('menu:classroom')}
          </button>
          <button type="button" class="big" onClick={() => store.dispatch({ type: 'navigate', screen: 'lessons' })}>
            {t('menu:lessons')}
          </button>
        </div>
        <div class="menu-row menu-grid">
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'progress' })}>
            {t('menu:progress')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'settings' })}>
            {t('menu:settings')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'sources' })}>
            {t('menu:sources')}
          </button>
          <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'help' })}>
            {t('menu:help')}
          </button>
        </div>
      </nav>
      {best > 0 && (
        <p class="best" data-testid="best-score">
          {t('menu:best', { score: best })}
        </p>
      )}
      <p class="privacy">{t('menu:privacy')}</p>
    </section>
  );
}
