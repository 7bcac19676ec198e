import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES, type Category, HALVES } from '../../core/categories';
import { MAX_CLUE_MARKS } from '../../core/content/words';
import { answeredExcerptIds, answerSteps, choiceOptions, playerSettings } from '../../core/game';
import { CONFIDENCE_LEVELS, currentExcerptId, revealedTurn, SOLO } from '../../core/round';
import { singleClick } from '../shared/clicks';
import { useContent, useGameState, useUi } from '../shared/context';
import { ExcerptCard } from '../shared/ExcerptCard';
import { type Translate, useT } from '../shared/i18n';
import { formatSigned } from '../shared/format';
import { DossierPlay } from '../career/DossierPlay';
import { Feedback } from './Feedback';
import { totalOf } from '../../core/scoring';
import { revealOffset } from './reveal';

export function Play() {
  const state = useGameState();
  const { store } = useUi();
  const { excerptById } = useContent();
  const t = useT();
  const round = state.round;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const excerptId = round ? currentExcerptId(round) : undefined;
  const excerpt = excerptId ? excerptById.get(excerptId) : undefined;

  // A new excerpt takes the focus, so keyboard and screen-reader users start from it.
  useEffect(() => {
    if (round?.phase === 'answering' && !state.paused) headingRef.current?.focus({ preventScroll: false });
  }, [round?.index, round?.id]);

  // "Change my answer" puts the focus back on the category that was chosen, not on the page.
  const lastChoice = useRef(state.pendingChoice);
  useEffect(() => {
    const was = lastChoice.current;
    lastChoice.current = state.pendingChoice;
    if (was && !state.pendingChoice && round?.phase === 'answering') {
      document.querySelector<HTMLButtonElement>(`.choice-grid .cat-${was}`)?.focus();
    }
  }, [state.pendingChoice]);

  // The two-step choice: the first category of the half takes the focus, and going back gives it to the half chosen.
  const lastHalf = useRef(state.choiceHalf);
  useEffect(() => {
    const was = lastHalf.current;
    lastHalf.current = state.choiceHalf;
    if (round?.phase !== 'answering' || state.pendingChoice) return;
    if (state.choiceHalf) document.querySelector<HTMLButtonElement>('.choice-grid .choice')?.focus();
    else if (was) document.querySelector<HTMLButtonElement>(`.half-${was}`)?.focus();
  }, [state.choiceHalf]);

  if (!round || !excerpt) return null;
  const steps = answerSteps(state);
  const options = choiceOptions(state);
  const score = round.scores[SOLO.id] ?? Object.values(round.scores)[0];
  const turn = revealedTurn(round);
  const gained = turn?.gained[SOLO.id];
  const gainedNow = gained ? totalOf(gained) : 0;

  return (
    <section class="screen play" aria-labelledby="excerpt-heading" data-phase={round.phase}>
      <div class="hud">
        {round.mode === 'review' && <p class="mode-tag">{t('play:reviewMode')}</p>}
        <DossierPlay round={round} part="tag" />
        {round.lesson && <p class="mode-tag">{t('lessons:lessonTag', { name: round.lesson.name || t('lessons:join.unnamed') })}</p>}
        <p class="hud-progress">{t('play:progress', { current: round.index + 1, total: round.excerptIds.length })}</p>
        <p class="hud-score">
          <span class="hud-label">{t('play:score')}</span> <strong data-testid="score">{score?.score ?? 0}</strong>
          {turn && gainedNow !== 0 && (
            // The points are said in the feedback; this is only the visible "ka-ching".
            <span class={`score-pop${gainedNow < 0 ? ' negative' : ''}`} aria-hidden="true" key={turn.excerptId}>
              {formatSigned(gainedNow, state.settings.language)}
            </span>
          )}
        </p>
        <p class={`hud-streak${(score?.streak ?? 0) >= 2 ? ' hot' : ''}`}>
          <span class="hud-label">{t('play:streak')}</span>{' '}
          <strong data-testid="streak">{t('play:streakValue', { count: score?.streak ?? 0 })}</strong>
        </p>
        {playerSettings(state).readAloud && state.voices !== 'none' && (
          <button type="button" class="icon-button" aria-keyshortcuts="L" onClick={() => store.dispatch({ type: 'read-aloud' })}>
            {t('play:readAloud')}
          </button>
        )}
        <button type="button" class="icon-button" onClick={() => store.dispatch({ type: 'pause' })} aria-keyshortcuts="Escape">
          {t('play:pause')}
        </button>
      </div>

      {playerSettings(state).readAloud && state.voices === 'none' && !state.noVoiceTold && (
        <p class="hint no-voice" role="status">
          {t('play:noVoice')}
        </p>
      )}
      <ExcerptCard excerpt={excerpt} round={round} headingRef={headingRef} />
      <DossierPlay round={round} part="read" />

      {round.phase === 'answering' && !state.pendingChoice && steps.twoStep && !state.choiceHalf && <HalfChoice t={t} />}

      {round.phase === 'answering' && !state.pendingChoice && options.length > 0 && (
        <div class="choices" role="group" aria-label={t('play:choices')}>
          <p class="question">{state.choiceHalf ? t(`play:twoStep.then.${state.choiceHalf}`) : t('play:question')}</p>
          <div class={`choice-grid${options.length === 2 ? ' two' : ''}`}>
            {options.map((category, i) => (
              <button
                type="button"
                class={`choice cat-${category}`}
                key={category}
                aria-keyshortcuts={String(i + 1)}
                onClick={singleClick(() => store.dispatch({ type: 'choose', category }))}
              >
                <span class="key-badge" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`common:category.${category}`)}
              </button>
            ))}
          </div>
          <p class="hint key-hint">{t(options.length === 2 ? 'play:twoStep.keyHint' : 'play:keyHint')}</p>
          {state.choiceHalf && (
            <button type="button" class="link-button" onClick={() => store.dispatch({ type: 'cancel-half' })}>
              {t('play:twoStep.back')}
            </button>
          )}
          <CategoryReminder firstTime={round.turns.length === 0 && round.index === 0 && answeredExcerptIds(state).size === 0} t={t} />
        </div>
      )}

      {round.phase === 'answering' && state.pendingChoice && <AnswerSteps category={state.pendingChoice} t={t} />}

      {turn && <Feedback excerpt={excerpt} turn={turn} isLast={round.index + 1 >= round.excerptIds.length} />}
    </section>
  );
}

/** Fewer choices, first step: can this be checked, or is it someone's view? */
function HalfChoice(props: { t: Translate }) {
  const { t } = props;
  const { store } = useUi();
  return (
    <div class="choices" role="group" aria-labelledby="half-question">
      <p class="question" id="half-question">
        {t('play:twoStep.question')}
      </p>
      <div class="choice-grid two halves-grid">
        {HALVES.map((half, i) => (
          <button
            type="button"
            class={`choice half-${half}`}
            key={half}
            aria-keyshortcuts={String(i + 1)}
            onClick={singleClick(() => store.dispatch({ type: 'choose-half', half }))}
          >
            <span class="key-badge" aria-hidden="true">
              {i + 1}
            </span>
            <span class="choice-label">
              {t(`play:twoStep.${half}`)}
              <span class="choice-points">{t(`play:twoStep.${half}Detail`)}</span>
            </span>
          </button>
        ))}
      </div>
      <p class="hint key-hint">{t('play:twoStep.keyHint')}</p>
    </div>
  );
}

/** The four definitions one click away during play; open on a first-ever excerpt, when they are needed most. */
function CategoryReminder(props: { firstTime: boolean; t: Translate }) {
  const { t } = props;
  return (
    <details class="category-reminder" open={props.firstTime}>
      <summary>{t('play:reminder')}</summary>
      <dl>
        {CATEGORIES.map((category) => (
          <div key={category}>
            <dt>
              <span class={`dot cat-${category}`} aria-hidden="true" /> {t(`common:category.${category}`)}
            </dt>
            <dd>{t(`common:categoryHint.${category}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * Scrolls the page just enough for the answer panel's bottom to show, but never past the top of
 * the excerpt text nor past the focused element (a word to mark stays on screen). No animation
 * when motion is reduced. Pure arithmetic on the boxes: see revealOffset.
 */
function revealPanel(panel: HTMLElement, text: Element | null, focused: Element | null): void {
  const by = revealOffset({
    panelBottom: panel.getBoundingClientRect().bottom,
    viewport: window.innerHeight,
    keepTops: [text, focused].filter((el): el is Element => el !== null).map((el) => el.getBoundingClientRect().top),
  });
  if (by <= 0) return;
  const reduced = document.documentElement.dataset.reducedMotion === 'true';
  window.scrollBy({ top: by, behavior: reduced ? 'auto' : 'smooth' });
}

/**
 * After a category is chosen, one panel: mark the words that tipped it (in the excerpt above,
 * optional), then say how confident you are; choosing a confidence gives the answer.
 */
function AnswerSteps(props: { category: Category; t: Translate }) {
  const { category, t } = props;
  const state = useGameState();
  const { store } = useUi();
  const steps = answerSteps(state);
  const firstConfidence = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The focus goes where the next decision is: the first word to mark, or the confidence question.
  // Then the panel is brought into view (on a phone the confidence question fell below the fold),
  // never so far that the excerpt's text, where the words are marked, leaves the top of the screen.
  useEffect(() => {
    const target = steps.clue ? document.querySelector<HTMLButtonElement>('[data-word][tabindex="0"]') : firstConfidence.current;
    target?.focus({ preventScroll: true });
    const panel = panelRef.current;
    if (panel) revealPanel(panel, document.querySelector('.excerpt-card blockquote'), target ?? null);
  }, []);
  useEffect(() => {
    if (state.marksDone) (firstConfidence.current ?? confirmRef.current)?.focus();
  }, [state.marksDone]);
  // The rule is said the first time the question is asked (and always in Help).
  const firstTime = !state.profile.rounds.some((r) => r.answers.some((a) => a.confidence !== undefined));
  return (
    <div class="choices steps" role="group" aria-labelledby="steps-title" ref={panelRef}>
      <p class="question" id="steps-title">
        {t('play:yourChoice', { category: t(`common:category.${category}`) })}{' '}
        <button type="button" class="link-button" onClick={() => store.dispatch({ type: 'cancel-choice' })}>
          {t('play:changeChoice')}
        </button>
      </p>
      {steps.clue && (
        <div class="mark-step">
          <p class="mark-prompt" id="mark-prompt">
            {t('play:markPrompt')} <span class="key-hint">{t('play:markKeys')}</span>
          </p>
          {state.marks.length > 0 && (
            <p class="hint" aria-live="polite">
              {t('play:markCount', { count: state.marks.length, max: MAX_CLUE_MARKS })}
            </p>
          )}
          <button type="button" class="link-button" onClick={singleClick(() => store.dispatch({ type: 'skip-marks' }))}>
            {t('play:cantSay')}
          </button>
        </div>
      )}
      {steps.confidence ? (
        <>
          <p class="question" id="confidence-question">
            {t('play:confidenceQuestion', { category: t(`common:category.${category}`) })}
          </p>
          <div class="choice-grid three" role="group" aria-labelledby="confidence-question">
            {CONFIDENCE_LEVELS.map((level, i) => (
              <button
                type="button"
                class={`choice conf-${level}`}
                key={level}
                ref={i === 0 ? firstConfidence : undefined}
                aria-keyshortcuts={String(i + 1)}
                onClick={singleClick(() => store.dispatch({ type: 'confidence', confidence: level }))}
              >
                <span class="key-badge" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="choice-label">
                  {t(`play:confidence.${level}`)}
                  <span class="choice-points">{t(`play:confidencePoints.${level}`)}</span>
                </span>
              </button>
            ))}
          </div>
          {firstTime && <p class="hint rule">{t('play:confidenceRule')}</p>}
        </>
      ) : (
        <button type="button" class="primary big" ref={confirmRef} onClick={singleClick(() => store.dispatch({ type: 'confirm-marks' }))}>
          {t('play:confirmAnswer')}
        </button>
      )}
    </div>
  );
}
