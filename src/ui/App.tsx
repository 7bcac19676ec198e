import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../core/categories';
import { CONFIDENCE_LEVELS } from '../core/round';
import { useGameState, useServices } from './context';
import { Classroom } from './Classroom';
import { Help } from './Help';
import { boundTo, useT } from './i18n-hooks';
import { Menu } from './Menu';
import { Notices } from './Notices';
import { PauseDialog } from './PauseDialog';
import { Play } from './Play';
import { Profiles } from './Profiles';
import { Progress } from './Progress';
import { Results } from './Results';
import { Settings } from './Settings';
import { SourceViewer } from './SourceViewer';
import { Sources } from './Sources';
import { announcementFor } from './announce';

export function App() {
  const state = useGameState();
  const services = useServices();
  const { store } = services;
  const t = useT();
  // Each message is tagged with the screen it was said on: a message from another screen is stale.
  const [announcement, setAnnouncement] = useState({ text: '', screen: state.screen });
  const announcementRef = useRef(0);

  // Screen-reader announcements come from the reducer's effects, so each is said once.
  useEffect(
    () =>
      store.onEffect((effect) => {
        const text = announcementFor(effect, store.state, services, boundTo(store.state.settings.language));
        if (text === null) return;
        // Clearing first makes a repeated identical message announced again.
        const screen = store.state.screen;
        setAnnouncement({ text: '', screen });
        const id = ++announcementRef.current;
        window.setTimeout(() => id === announcementRef.current && setAnnouncement({ text, screen }), 60);
      }),
    [store],
  );

  useEffect(() => {
    document.title = t('common:appName');
  }, [state.settings.language]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handleKey(event, services);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [services]);

  const language = state.settings.language;
  const other = language === 'fr' ? 'en' : 'fr';
  return (
    <div class="app" data-screen={state.screen}>
      <header class="topbar">
        <span class="brand" aria-hidden="true">
          {t('common:appName')}
        </span>
        <div class="topbar-actions">
          <button
            type="button"
            class="chip"
            aria-label={t('common:language.switchTo')}
            onClick={() => store.dispatch({ type: 'settings', patch: { language: other } })}
          >
            {/* The name is in the interface's language; only the visible code is in the other one. */}
            <span lang={other}>{other.toUpperCase()}</span>
          </button>
          <button
            type="button"
            class="chip"
            aria-pressed={state.settings.muted}
            aria-keyshortcuts="M"
            onClick={() => store.dispatch({ type: 'settings', patch: { muted: !state.settings.muted } })}
          >
            <SpeakerIcon muted={state.settings.muted} />{' '}
            <span class="chip-label">{t(state.settings.muted ? 'common:sound.unmute' : 'common:sound.mute')}</span>
          </button>
        </div>
      </header>
      <Notices />
      <main id="main">
        {state.screen === 'menu' && <Menu />}
        {state.screen === 'play' && <Play />}
        {state.screen === 'results' && <Results />}
        {state.screen === 'settings' && <Settings />}
        {state.screen === 'help' && <Help />}
        {state.screen === 'sources' && <Sources />}
        {state.screen === 'progress' && <Progress />}
        {state.screen === 'profiles' && <Profiles />}
        {state.screen === 'classroom' && <Classroom />}
      </main>
      {state.paused && <PauseDialog />}
      {state.viewer && <SourceViewer viewer={state.viewer} />}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
        {announcement.screen === state.screen ? announcement.text : ''}
      </div>
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The keyboard map (also in Help and the README). Buttons keep their native Enter/Space. */
function handleKey(event: KeyboardEvent, services: ReturnType<typeof useServices>): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const { store } = services;
  const state = store.state;
  if (state.paused || document.querySelector('dialog[open]')) return; // the dialog handles its own keys
  const key = event.key;
  const now = new Date().toISOString();
  if (key === 'Escape') {
    if (state.screen === 'play') store.dispatch({ type: 'pause' });
    else if (['settings', 'help', 'sources', 'progress', 'profiles'].includes(state.screen)) store.dispatch({ type: 'close-screen' });
    return;
  }
  if (isTyping(event.target)) return;
  if (key === 'm' || key === 'M') {
    store.dispatch({ type: 'settings', patch: { muted: !state.settings.muted } });
    return;
  }
  const round = state.round;
  if (state.screen !== 'play' || !round) return;
  if (key === 't' || key === 'T') {
    store.dispatch({ type: 'toggle-other-language' });
    return;
  }
  if (round.phase === 'answering' && /^[1-4]$/.test(key)) {
    const index = Number(key) - 1;
    if (state.pendingChoice) {
      // A key held down is one decision, not a category and a confidence.
      if (event.repeat) return;
      const level = CONFIDENCE_LEVELS[index];
      if (level) store.dispatch({ type: 'confidence', confidence: level, at: now });
    } else {
      const category = CATEGORIES[index];
      if (category) store.dispatch({ type: 'choose', category, at: now });
    }
    event.preventDefault();
    return;
  }
  // N goes on wherever the focus is (Enter and Space belong to a focused button).
  if (round.phase === 'revealed' && (key === 'n' || key === 'N')) {
    event.preventDefault();
    store.dispatch({ type: 'next', at: now });
    return;
  }
  if (round.phase === 'revealed' && (key === 'Enter' || key === ' ')) {
    const target = event.target as HTMLElement | null;
    // A focused button or link does its own thing with Enter/Space.
    if (target?.closest('button, a, summary, [role="button"]')) return;
    event.preventDefault();
    store.dispatch({ type: 'next', at: now });
  }
}

/** Drawn, not an emoji: old school machines often lack an emoji font. */
function SpeakerIcon(props: { muted: boolean }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" />
      {props.muted ? <path d="M17 9l5 6M22 9l-5 6" /> : <path d="M17 8.5a5 5 0 0 1 0 7M19.5 6a8.5 8.5 0 0 1 0 12" />}
    </svg>
  );
}
