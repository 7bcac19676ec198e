import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { canRevealVote, voteOutcomes, votedCount } from '../../core/investigations/class-play';
import type { RoundState } from '../../core/round';
import { singleClick } from '../shared/clicks';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusAfterRender } from '../shared/focus';
import { type Translate, useT } from '../shared/i18n';
import { choiceLabel, QuestionKey, questionText } from '../investigations/question';
import { ClassPassages } from './ClassPassages';
import { useSelectedRowInView } from './selected-team';

/**
 * An investigation's synthesis question on the projector, after its last passage: the passages
 * side by side with the key's categories, the question, one row of choices per team (recorded,
 * hidden until the teacher reveals), then each team's outcome and the key's answer explained.
 */
export function ClassQuestion(props: { round: RoundState; showPoints: boolean }) {
  const { round, showPoints } = props;
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const investigation = round.investigation;
  const revealed = investigation?.vote?.gained !== undefined;
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);
  useSelectedRowInView(state.classroom.selectedTeam);
  const focusAfterRender = useFocusAfterRender();
  if (!investigation?.vote) return null;
  const { question, vote } = investigation;
  const label = (choice: string) => choiceLabel(question, choice, content, language, t);
  const selected = state.classroom.selectedTeam;
  const ready = canRevealVote(round);

  function castVote(teamIndex: number, choice: string): void {
    const team = round.players[teamIndex];
    if (!team) return;
    store.dispatch({ type: 'class-vote', choice, playerId: team.id });
    // As for the passages: the focus moves on, so a focus ring does not show the room a team's vote.
    const after = store.state.round?.investigation?.vote?.votes ?? {};
    const order = [...round.players.slice(teamIndex + 1), ...round.players.slice(0, teamIndex)];
    const next = order.find((p) => after[p.id] === undefined);
    focusAfterRender(() => (next ? document.querySelector<HTMLButtonElement>(`#votes-${next.id} button`) : document.getElementById('vote-reveal')));
  }

  return (
    <>
      <ClassPassages round={round} current={undefined} />
      {/* Not a second region: the screen's section is already named by this heading. */}
      <div class="card class-question" data-testid="class-question">
        <h2 id="class-question-title" tabIndex={-1} ref={headingRef}>
          {t('synthesis:class.questionTitle')}
        </h2>
        <p class="question" id="class-question-text">
          {questionText(question, t)}
        </p>
        <ol class="question-choices">
          {question.choices.map((choice, index) => (
            <li key={choice}>
              <span class="choice-key" aria-hidden="true">
                {index + 1}
              </span>{' '}
              {label(choice)}
            </li>
          ))}
        </ol>
        {!revealed ? (
          <>
            <div class="board-head">
              <h3>{t('synthesis:class.voteBoard')}</h3>
              <p class="board-count" data-testid="voted-count">
                {t('synthesis:class.votedCount', { count: votedCount(round), total: round.players.length })}
              </p>
            </div>
            <p class="hint key-hint" aria-live="polite">
              {selected !== null && round.players[selected]
                ? t('synthesis:class.teamSelected', { team: round.players[selected].name, choices: question.choices.length })
                : t('synthesis:class.keyHint', { count: round.players.length, choices: question.choices.length })}
            </p>
            <div class="team-rows">
              {round.players.map((team, teamIndex) => {
                const voted = vote.votes[team.id] !== undefined;
                const statusId = `vote-status-${team.id}`;
                return (
                  <div
                    key={team.id}
                    class={`team-row${voted ? ' has-answered' : ''}${selected === teamIndex ? ' is-selected' : ''}`}
                    role="group"
                    aria-labelledby={`vote-name-${team.id}`}
                  >
                    <p class="team-label">
                      <span class="team-number" aria-hidden="true">
                        {teamIndex + 1}
                      </span>{' '}
                      <span class="team-name" id={`vote-name-${team.id}`}>
                        {team.name}
                      </span>{' '}
                      <span class="team-status" id={statusId}>
                        {voted && <span aria-hidden="true">✓ </span>}
                        {t(voted ? 'synthesis:class.voted' : 'classroom:waiting')}
                      </span>
                    </p>
                    <div class="team-choices" id={`votes-${team.id}`}>
                      {question.choices.map((choice, index) => (
                        <button
                          type="button"
                          key={choice}
                          class="team-choice"
                          aria-label={t('synthesis:class.voteLabel', { team: team.name, choice: label(choice) })}
                          aria-describedby={statusId}
                          onClick={singleClick(() => castVote(teamIndex, choice))}
                        >
                          {index + 1}
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
                id="vote-reveal"
                class="primary big"
                disabled={!ready}
                aria-keyshortcuts="R"
                aria-describedby="vote-reveal-hint"
                onClick={() => store.dispatch({ type: 'reveal' })}
              >
                {t('classroom:reveal')}
              </button>
              <p id="vote-reveal-hint" class="hint">
                {t(ready ? 'synthesis:class.revealHint' : 'synthesis:class.revealNeedsVote')}
              </p>
            </div>
          </>
        ) : (
          <QuestionAnswer round={round} showPoints={showPoints} answerRef={answerRef} label={label} t={t} />
        )}
      </div>
    </>
  );
}

function QuestionAnswer(props: {
  round: RoundState;
  showPoints: boolean;
  answerRef: Ref<HTMLHeadingElement>;
  label: (choice: string) => string;
  t: Translate;
}) {
  const { round, showPoints, label, t } = props;
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const question = round.investigation?.question;
  if (!question) return null;
  const names = new Map(round.players.map((p) => [p.id, p.name]));
  return (
    <div class="outcome-board" data-testid="class-question-answer">
      <h3 id="class-answer-title" tabIndex={-1} ref={props.answerRef} class="class-verdict">
        {t('synthesis:class.answerTitle')}
      </h3>
      <QuestionKey question={question} content={content} language={state.settings.language} t={t} />
      <ul class="outcomes">
        {voteOutcomes(round).map((outcome) => (
          <li key={outcome.teamId} class={outcome.right ? 'is-right' : 'is-wrong'} data-testid={`vote-outcome-${outcome.teamId}`}>
            <span class="outcome-team">{names.get(outcome.teamId)}</span>
            <span class="outcome-answer">{outcome.choice ? label(outcome.choice) : t('classroom:noAnswer')}</span>
            <span class="outcome-verdict">
              <span class="verdict-icon" aria-hidden="true">
                {outcome.right ? '✓' : '✗'}
              </span>{' '}
              {t(outcome.right ? 'classroom:right' : 'classroom:wrong')}
            </span>
            <span class="outcome-points">{outcome.right && showPoints ? t('classroom:points', { points: outcome.points }) : ''}</span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary big" aria-keyshortcuts="Enter Space" onClick={() => store.dispatch({ type: 'next' })}>
          {t('play:seeResults')}
        </button>
        <span class="hint">{t('play:nextHint')}</span>
      </div>
    </div>
  );
}
