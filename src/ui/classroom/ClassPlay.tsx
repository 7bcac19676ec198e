import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/categories';
import { answeredCount, canReveal, standings, turnOutcomes } from '../../core/classroom';
import { currentExcerptId, revealedTurn, type RoundState, type Turn } from '../../core/round';
import { CategoryIcon } from '../shared/CategoryIcon';
import { singleClick } from '../shared/clicks';
import { useContent, useGameState, useUi } from '../shared/context';
import { ExcerptCard } from '../shared/ExcerptCard';
import { excerptReading } from '../../core/content/prose';
import { Deeper } from '../shared/Explanation';
import { ClueLine } from '../shared/ClueLine';
import { type Translate, useT } from '../shared/i18n';
import { useFocusAfterRender } from '../shared/focus';
import { ClassPassages } from './ClassPassages';
import { ClassQuestion } from './ClassQuestion';
import { useSelectedRowInView } from './selected-team';

/**
 * The class round on the projector: the excerpt in large type, every team's answer board
 * (choices recorded but hidden until the teacher reveals), then how each team did and the
 * explanation. No timer, nothing moves on by itself.
 */
export function ClassPlay() {
  const state = useGameState();
  const { store } = useUi();
  const { excerptById, articleById } = useContent();
  const t = useT();
  const round = state.round as RoundState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const excerptId = currentExcerptId(round);
  const excerpt = excerptId ? excerptById.get(excerptId) : undefined;
  const turn = revealedTurn(round);

  // A new excerpt takes the focus; after the reveal, the verdict does (Enter then goes on).
  useEffect(() => {
    if (round.phase === 'answering' && !state.paused) headingRef.current?.focus();
  }, [round.index, round.id]);
  useEffect(() => {
    if (turn) verdictRef.current?.focus();
  }, [turn?.excerptId]);

  if (!excerpt) return null;
  const isLast = round.index + 1 >= round.excerptIds.length;
  const showRanking = state.classroom.setup?.showRanking !== false;
  const timerMinutes = round.lesson?.timerMinutes ?? 0;
  const investigation = round.investigation;
  const nextLabel = isLast ? (investigation ? 'synthesis:class.toQuestion' : 'play:seeResults') : 'play:next';

  if (investigation?.vote) {
    return (
      <section class="screen class-play class-screen class-investigation-play" aria-labelledby="class-question-title" data-phase="question">
        <div class="hud class-hud">
          <h1 class="hud-progress">{t('synthesis:class.questionTitle')}</h1>
          <button type="button" class="icon-button" onClick={() => store.dispatch({ type: 'pause' })} aria-keyshortcuts="Escape">
            {t('play:pause')}
          </button>
        </div>
        {showRanking && <Scoreboard round={round} t={t} />}
        <ClassQuestion round={round} showPoints={showRanking} />
      </section>
    );
  }

  return (
    <section
      class={`screen class-play class-screen${investigation ? ' class-investigation-play' : ''}`}
      aria-labelledby="excerpt-heading"
      data-phase={round.phase}
    >
      <div class="hud class-hud">
        {/* The screen's one h1 (the class reads where it is; a screen reader finds the page's title). */}
        <h1 class="hud-progress">{t('play:progress', { current: round.index + 1, total: round.excerptIds.length })}</h1>
        <button type="button" class="icon-button" onClick={() => store.dispatch({ type: 'pause' })} aria-keyshortcuts="Escape">
          {t('play:pause')}
        </button>
      </div>
      {showRanking && <Scoreboard round={round} t={t} />}

      {investigation ? (
        <ClassPassages round={round} current={excerpt} headingRef={headingRef} />
      ) : (
        <ExcerptCard excerpt={excerpt} round={round} headingRef={headingRef} class="class-excerpt" />
      )}

      {round.phase === 'answering' && state.classroom.setup?.clueStep && (
        <p class="class-mark-prompt" id="mark-prompt">
          {t('classroom:markPrompt')}
        </p>
      )}
      {round.phase === 'answering' && <AnswerBoard round={round} selectedTeam={state.classroom.selectedTeam} t={t} />}

      {turn && (
        <>
          <section class="card outcome-board" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" tabIndex={-1} ref={verdictRef} class="class-verdict">
              <span class={`tag big-tag cat-${turn.expected}`} data-testid="right-answer">
                <CategoryIcon category={turn.expected} /> {t('play:theAnswer', { category: t(`common:category.${turn.expected}`) })}
              </span>
            </h2>
            <h3 class="visually-hidden">{t('classroom:outcomeTitle', { number: round.index + 1 })}</h3>
            <Outcomes round={round} turn={turn} showPoints={showRanking} t={t} />
            {timerMinutes > 0 && <DiscussionTimer key={turn.excerptId} minutes={timerMinutes} t={t} />}
            <div class="actions">
              <button type="button" class="primary big" aria-keyshortcuts="Enter Space" onClick={() => store.dispatch({ type: 'next' })}>
                {t(nextLabel)}
              </button>
              <span class="hint">{t('play:nextHint')}</span>
            </div>
          </section>
          <section class="card class-explanation" aria-labelledby="class-explanation-title">
            <h2 id="class-explanation-title">{t('classroom:explanationTitle')}</h2>
            {state.classroom.setup?.clueStep && <ClueLine excerpt={excerpt} marks={turn.marks ?? []} t={t} language={state.settings.language} />}
            <p class="short-explanation" data-testid="explanation">
              {excerptReading(excerpt, articleById, state.settings.language).short}
            </p>
            <Deeper excerpt={excerpt} />
          </section>
        </>
      )}
    </section>
  );
}

/** Teams by score, best first: read from the back of the room. */
function Scoreboard(props: { round: RoundState; t: Translate }) {
  const { round, t } = props;
  return (
    <section class="scoreboard" aria-labelledby="scoreboard-title">
      <h2 id="scoreboard-title" class="visually-hidden">
        {t('classroom:scoreboard')}
      </h2>
      <ol class="scoreboard-list" aria-labelledby="scoreboard-title">
        {standings(round).map((standing) => (
          <li key={standing.team.id} class={standing.rank === 1 && standing.score > 0 ? 'is-leading' : undefined}>
            <span class="scoreboard-rank" aria-hidden="true">
              {standing.rank}
            </span>
            <span class="scoreboard-name">{standing.team.name}</span>
            <strong class="scoreboard-score" data-testid={`score-${standing.team.id}`}>
              {standing.score}
            </strong>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * One row of four buttons per team. The choice is recorded but never shown before the
 * reveal (the room must not see the other teams' answers); the teacher may change it.
 */
function AnswerBoard(props: { round: RoundState; selectedTeam: number | null; t: Translate }) {
  const { round, selectedTeam, t } = props;
  useSelectedRowInView(selectedTeam);
  const { store } = useUi();
  const revealRef = useRef<HTMLButtonElement>(null);
  const ready = canReveal(round);
  const focusAfterRender = useFocusAfterRender();

  function answer(teamIndex: number, category: Category): void {
    const team = round.players[teamIndex];
    if (!team) return;
    store.dispatch({ type: 'choose', category, playerId: team.id });
    // The focus moves on to the next team still to answer (or to Reveal): a focus ring left on
    // the chosen button would show the room what this team said, and the keyboard saves a step.
    const after = store.state.round;
    if (after?.phase !== 'answering') return;
    const order = [...after.players.slice(teamIndex + 1), ...after.players.slice(0, teamIndex)];
    const next = order.find((p) => after.answers[p.id] === undefined);
    // After the render, when Reveal is enabled.
    focusAfterRender(() => (next ? document.querySelector<HTMLButtonElement>(`#choices-${next.id} button`) : revealRef.current));
  }
  return (
    <section class="card answer-board" aria-labelledby="board-title">
      <div class="board-head">
        <h2 id="board-title">{t('classroom:board')}</h2>
        <p class="board-count" data-testid="answered-count">
          {t('classroom:answeredCount', { count: answeredCount(round), total: round.players.length })}
        </p>
      </div>
      <p class="question">{t('play:question')}</p>
      <p class="hint key-hint" aria-live="polite">
        {selectedTeam !== null && round.players[selectedTeam]
          ? t('classroom:teamSelected', { team: round.players[selectedTeam].name })
          : t('classroom:teamKeyHint', { count: round.players.length })}
      </p>
      <div class="team-rows">
        {round.players.map((team, teamIndex) => {
          const answered = round.answers[team.id] !== undefined;
          const statusId = `status-${team.id}`;
          return (
            <div
              class={`team-row${answered ? ' has-answered' : ''}${selectedTeam === teamIndex ? ' is-selected' : ''}`}
              role="group"
              aria-labelledby={`name-${team.id}`}
              key={team.id}
            >
              <p class="team-label">
                <span class="team-number" aria-hidden="true" title={t('classroom:teamNumber', { number: teamIndex + 1 })}>
                  {teamIndex + 1}
                </span>{' '}
                <span class="team-name" id={`name-${team.id}`}>
                  {team.name}
                </span>{' '}
                <span class="team-status" id={statusId}>
                  {answered && <span aria-hidden="true">✓ </span>}
                  {t(answered ? 'classroom:answered' : 'classroom:waiting')}
                </span>
              </p>
              <div class="team-choices" id={`choices-${team.id}`}>
                {CATEGORIES.map((category) => (
                  <button
                    type="button"
                    key={category}
                    class={`team-choice cat-${category}`}
                    aria-label={t('classroom:answerLabel', { team: team.name, category: t(`common:category.${category}`) })}
                    aria-describedby={statusId}
                    onClick={singleClick(() => answer(teamIndex, category))}
                  >
                    <CategoryIcon category={category} /> {t(`common:category.${category}`)}
                  </button>
                ))}
              </div>
            </div>
          );
        })}
      </div>
      <div class="reveal-bar">
        <button
          type="button"
          class="primary big"
          ref={revealRef}
          disabled={!ready}
          aria-keyshortcuts="R"
          aria-describedby="reveal-hint"
          onClick={() => store.dispatch({ type: 'reveal' })}
        >
          {t('classroom:reveal')}
        </button>
        <p id="reveal-hint" class="hint">
          {t(ready ? 'classroom:revealHint' : 'classroom:revealNeedsAnswer')}
        </p>
      </div>
    </section>
  );
}

function Outcomes(props: { round: RoundState; turn: Turn; showPoints: boolean; t: Translate }) {
  const { round, turn, t } = props;
  return (
    <ul class="outcomes">
      {turnOutcomes(turn, round.players).map((outcome) => (
        <li key={outcome.team.id} class={outcome.correct ? 'is-right' : 'is-wrong'} data-testid={`outcome-${outcome.team.id}`}>
          <span class="outcome-team">{outcome.team.name}</span>
          <span class="outcome-answer">
            {outcome.answer ? (
              <>
                <CategoryIcon category={outcome.answer} /> {t(`common:category.${outcome.answer}`)}
              </>
            ) : (
              t('classroom:noAnswer')
            )}
          </span>
          <span class="outcome-verdict">
            <span class="verdict-icon" aria-hidden="true">
              {outcome.correct ? '✓' : '✗'}
            </span>{' '}
            {t(outcome.correct ? 'classroom:right' : 'classroom:wrong')}
          </span>
          <span class="outcome-points">{outcome.correct && props.showPoints ? t('classroom:points', { points: outcome.points }) : ''}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The teacher's discussion timer (a lesson's option, off by default): it paces the talk after a
 * reveal and never touches the score. Started by hand; it only counts down on screen.
 */
function DiscussionTimer(props: { minutes: number; t: Translate }) {
  const { t } = props;
  const total = props.minutes * 60;
  const [left, setLeft] = useState(total);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  useEffect(() => {
    if (left === 0) setRunning(false);
  }, [left]);
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <div class="discussion-timer" role="group" aria-label={t('classroom:timerTitle')}>
      <p class="timer-time" role="timer" aria-live={left === 0 ? 'polite' : 'off'}>
        {left === 0 ? t('classroom:timerDone') : t('classroom:timerLeft', { time })}
      </p>
      <div class="actions">
        <button type="button" onClick={() => setRunning(!running)} disabled={left === 0}>
          {running ? t('classroom:timerPause') : t('classroom:timerStart', { count: props.minutes })}
        </button>
        <button
          type="button"
          onClick={() => {
            setRunning(false);
            setLeft(total);
          }}
        >
          {t('classroom:timerReset')}
        </button>
      </div>
    </div>
  );
}
