/** The whole DOM game: top bar, storage notices, the screen on show, dialogs, and the live region. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Screen } from '../core/game';
import { Help } from './help/Help';
import { Menu } from './menu/Menu';
import { announcementFor } from './shared/announce';
import { contentViews, useGameState, useUi } from './shared/context';
import { lazyScreen, preloadScreens } from './shared/lazy';
import { boundTo, useT } from './shared/i18n';
import { listenToKeys } from './shared/keymap';
import { ModeStatus } from './shared/ModeStatus';
import { NeedsTexts, TextsStatus } from './shared/NeedsTexts';
import { Notices } from './shared/Notices';
import { StampBanner } from './shared/StampBanner';
import { afterTexts, WithTexts } from './shared/texts';
import { stageSlot } from '../core/stage-slot';

// Loaded when first shown and in the background once the menu is up (see shared/lazy.tsx).
const Board = lazyScreen(() => import('./board/Board').then((m) => m.Board));
const ClassPlay = lazyScreen(() => import('./classroom/ClassPlay').then((m) => m.ClassPlay));
const ClassResults = lazyScreen(() => import('./classroom/ClassResults').then((m) => m.ClassResults));
const Classroom = lazyScreen(() => import('./classroom/Classroom').then((m) => m.Classroom));
const Guide = lazyScreen(() => import('./help/Guide').then((m) => m.Guide));
const Join = lazyScreen(() => import('./lessons/Join').then((m) => m.Join));
const LessonBuilder = lazyScreen(() => import('./lessons/LessonBuilder').then((m) => m.LessonBuilder));
const Lessons = lazyScreen(() => import('./lessons/Lessons').then((m) => m.Lessons));
const LessonShare = lazyScreen(() => import('./lessons/LessonShare').then((m) => m.LessonShare));
const PupilResult = lazyScreen(() => import('./lessons/PupilResult').then((m) => m.PupilResult));
const Report = lazyScreen(() => import('./lessons/Report').then((m) => m.Report));
const VotingCards = lazyScreen(() => import('./classroom/VotingCards').then((m) => m.VotingCards));
const Progress = lazyScreen(() => import('./progress/Progress').then((m) => m.Progress));
const Investigations = lazyScreen(() => import('./investigations/Investigations').then((m) => m.Investigations));
const Investigation = lazyScreen(() => import('./investigations/Investigation').then((m) => m.Investigation));
const Dossiers = lazyScreen(() => import('./dossiers/Dossiers').then((m) => m.Dossiers));
// One click from the menu but not the menu itself (it waits for none of them; they load right after it).
const PauseDialog = lazyScreen(() => import('./play/PauseDialog').then((m) => m.PauseDialog));
const Play = lazyScreen(() => import('./play/Play').then((m) => m.Play));
const Profiles = lazyScreen(() => import('./profiles/Profiles').then((m) => m.Profiles));
const Results = lazyScreen(() => import('./results/Results').then((m) => m.Results));
const Settings = lazyScreen(() => import('./settings/Settings').then((m) => m.Settings));
const SourceViewer = lazyScreen(() => import('./sources/SourceViewer').then((m) => m.SourceViewer));
const Sources = lazyScreen(() => import('./sources/Sources').then((m) => m.Sources));

/** The screens that read none of the texts: shown at once, before they have arrived (#15). */
const TEXT_FREE_SCREENS: readonly Screen[] = ['menu', 'settings', 'help', 'profiles', 'guide'];

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
        const { state } = store;
        // Said once the texts it needs have come (at once, but in the first moments after the menu paints).
        afterTexts(state.settings.language, () => {
          const texts = store.state.content ? contentViews(store.state.content) : null;
          const text = announcementFor(effect, state, texts, boundTo(ui.translate, state.settings.language));
          if (text === null) return;
          // Clearing first makes a repeated identical message announced again.
          const screen = state.screen;
          setAnnouncement({ text: '', screen });
          const id = ++announcementRef.current;
          window.setTimeout(() => id === announcementRef.current && setAnnouncement({ text, screen }), 60);
        });
      }),
    [store],
  );

  useEffect(() => listenToKeys(store), [store]);
  useEffect(() => {
    // The play screen at once (an effect runs once the menu has painted): most players go there first.
    Play.preload().catch(() => undefined);
    let stopPreloading = () => {};
    const id = window.setTimeout(() => {
      stopPreloading = preloadScreens();
    }, 1500);
    return () => {
      window.clearTimeout(id);
      stopPreloading();
    };
  }, []);

  // A screen opens at its top, not where the previous one was scrolled to (before the screens focus their heading).
  useLayoutEffect(() => window.scrollTo(0, 0), [state.screen]);

  const language = state.settings.language;
  const other = language === 'fr' ? 'en' : 'fr';
  const classRound = state.round?.mode === 'class';
  const slot = stageSlot(state);
  return (
    <div class="app" data-screen={state.screen} data-stage={slot}>
      {slot === 'banner' && <StampBanner tall={state.screen === 'menu'} />}
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
        {TEXT_FREE_SCREENS.includes(state.screen) && <TextsStatus />}
        <ModeStatus />
        {state.screen === 'menu' && <Menu />}
        {/* The menu's texts come first; any other screen waits for the rest (see shared/texts.ts),
            and those that read the excerpts and articles wait for them too (NeedsTexts). */}
        <WithTexts language={language} needed={state.screen !== 'menu'}>
          {state.screen === 'play' && <NeedsTexts>{classRound ? <ClassPlay /> : <Play />}</NeedsTexts>}
          {state.screen === 'results' && <NeedsTexts>{classRound ? <ClassResults /> : <Results />}</NeedsTexts>}
          {state.screen === 'dossiers' && (
            <NeedsTexts>
              <Dossiers />
            </NeedsTexts>
          )}
          {state.screen === 'settings' && <Settings />}
          {state.screen === 'help' && <Help />}
          {state.screen === 'sources' && (
            <NeedsTexts>
              <Sources />
            </NeedsTexts>
          )}
          {state.screen === 'progress' && (
            <NeedsTexts>
              <Progress />
            </NeedsTexts>
          )}
          {state.screen === 'profiles' && <Profiles />}
          {state.screen === 'classroom' && (
            <NeedsTexts>
              <Classroom />
            </NeedsTexts>
          )}
          {state.screen === 'lessons' && (
            <NeedsTexts>
              <Lessons />
            </NeedsTexts>
          )}
          {state.screen === 'lesson-edit' && (
            <NeedsTexts>
              <LessonBuilder key={state.lessons.editingId ?? 'new'} />
            </NeedsTexts>
          )}
          {state.screen === 'lesson-share' && (
            <NeedsTexts>
              <LessonShare />
            </NeedsTexts>
          )}
          {state.screen === 'report' && (
            <NeedsTexts>
              <Report />
            </NeedsTexts>
          )}
          {state.screen === 'join' && (
            <NeedsTexts>
              <Join />
            </NeedsTexts>
          )}
          {state.screen === 'pupil-result' && (
            <NeedsTexts>
              <PupilResult />
            </NeedsTexts>
          )}
          {state.screen === 'guide' && <Guide />}
          {state.screen === 'voting-cards' && (
            <NeedsTexts>
              <VotingCards />
            </NeedsTexts>
          )}
          {state.screen === 'investigations' && (
            <NeedsTexts>
              <Investigations />
            </NeedsTexts>
          )}
          {state.screen === 'investigation' && (
            <NeedsTexts>
              <Investigation key={state.investigation?.progress.id ?? 'none'} />
            </NeedsTexts>
          )}
          {state.screen === 'board' && (
            <NeedsTexts>
              <Board />
            </NeedsTexts>
          )}
        </WithTexts>
      </main>
      <WithTexts language={language} needed={state.paused || !!state.viewer}>
        {state.paused && <PauseDialog />}
        {state.viewer && state.content && <SourceViewer viewer={state.viewer} />}
      </WithTexts>
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
