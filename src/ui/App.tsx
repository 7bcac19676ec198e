/** The whole DOM game: top bar, storage notices, the screen on show, dialogs, and the live region. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ClassPlay } from './classroom/ClassPlay';
import { ClassResults } from './classroom/ClassResults';
import { Classroom } from './classroom/Classroom';
import { Guide } from './help/Guide';
import { Help } from './help/Help';
import { Join } from './lessons/Join';
import { LessonBuilder } from './lessons/LessonBuilder';
import { Lessons } from './lessons/Lessons';
import { LessonShare } from './lessons/LessonShare';
import { PupilResult } from './lessons/PupilResult';
import { Report } from './lessons/Report';
import { VotingCards } from './classroom/VotingCards';
import { Menu } from './menu/Menu';
import { PauseDialog } from './play/PauseDialog';
import { Play } from './play/Play';
import { Profiles } from './profiles/Profiles';
import { Progress } from './progress/Progress';
import { Results } from './results/Results';
import { Settings } from './settings/Settings';
import { announcementFor } from './shared/announce';
import { useGameState, useUi } from './shared/context';
import { boundTo, useT } from './shared/i18n';
import { listenToKeys } from './shared/keymap';
import { Notices } from './shared/Notices';
import { SourceViewer } from './sources/SourceViewer';
import { Sources } from './sources/Sources';

export function App() {
  const state = useGameState();
  const ui = useUi();
  const { store } = ui;
  const t = useT();
  // Each message is tagged with the screen it was said on: a message from another screen is stale.
  const [announcement, setAnnouncement] = useState({ text: '', screen: state.screen });
  const announcementRef = useRef(0);

  // Screen-reader announcements come from the reducer's effects, so each is said once.
  useEffect(
    () =>
      store.onEffect((effect) => {
        const text = announcementFor(effect, store.state, ui, boundTo(ui.translate, store.state.settings.language));
        if (text === null) return;
        // Clearing first makes a repeated identical message announced again.
        const screen = store.state.screen;
        setAnnouncement({ text: '', screen });
        const id = ++announcementRef.current;
        window.setTimeout(() => id === announcementRef.current && setAnnouncement({ text, screen }), 60);
      }),
    [store],
  );

  useEffect(() => listenToKeys(store), [store]);

  // A screen opens at its top, not where the previous one was scrolled to (before the screens focus their heading).
  useLayoutEffect(() => window.scrollTo(0, 0), [state.screen]);

  const language = state.settings.language;
  const other = language === 'fr' ? 'en' : 'fr';
  const classRound = state.round?.mode === 'class';
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
        {state.screen === 'play' && (classRound ? <ClassPlay /> : <Play />)}
        {state.screen === 'results' && (classRound ? <ClassResults /> : <Results />)}
        {state.screen === 'settings' && <Settings />}
        {state.screen === 'help' && <Help />}
        {state.screen === 'sources' && <Sources />}
        {state.screen === 'progress' && <Progress />}
        {state.screen === 'profiles' && <Profiles />}
        {state.screen === 'classroom' && <Classroom />}
        {state.screen === 'lessons' && <Lessons />}
        {state.screen === 'lesson-edit' && <LessonBuilder key={state.lessons.editingId ?? 'new'} />}
        {state.screen === 'lesson-share' && <LessonShare />}
        {state.screen === 'report' && <Report />}
        {state.screen === 'join' && <Join />}
        {state.screen === 'pupil-result' && <PupilResult />}
        {state.screen === 'guide' && <Guide />}
        {state.screen === 'voting-cards' && <VotingCards />}
      </main>
      {state.paused && <PauseDialog />}
      {state.viewer && <SourceViewer viewer={state.viewer} />}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
        {announcement.screen === state.screen ? announcement.text : ''}
      </div>
    </div>
  );
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
