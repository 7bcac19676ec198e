import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CLASS_ROUND_SIZES,
  type ClassSetup,
  checkTeams,
  cleanTeamName,
  MAX_TEAMS,
  MIN_TEAMS,
  relabelDefaultNames,
  seriesCode,
  TEAM_NAME_MAX_LENGTH,
  DEFAULT_TEAM_COUNT,
  setupLesson,
  type TeamProblem,
} from '../../core/classroom';
import { classInvestigationGone } from '../../core/game';
import { NAME_FIELD_UNITS } from '../../core/progress/text';
import { displayCode } from '../../core/lessons';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusAfterRender } from '../shared/focus';
import { boundTo, type Translate, useT } from '../shared/i18n';
import { DossierChoice } from './DossierChoice';
import { InvestigationChoice } from './InvestigationChoice';
import { PrintableSheet } from './PrintableSheet';

/**
 * The classroom screen: resume the class round left unfinished, or set up teams and the
 * number of excerpts and start; the student sheet and the answer key print from here.
 */
export function Classroom() {
  const state = useGameState();
  const { store, translate } = useUi();
  const { content } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { setup, saved, printing } = state.classroom;
  const [showProblems, setShowProblems] = useState(false);
  const nameRefs = useRef<Array<HTMLInputElement | null>>([]);
  const focusAfterRender = useFocusAfterRender();
  const previousLanguage = useRef(language);
  const defaultName = (n: number) => t('classroom:teamDefault', { number: n });
  const defaultNameIn = (lng: 'fr' | 'en') => (n: number) => boundTo(translate, lng)('classroom:teamDefault', { number: n });
  const update = (next: ClassSetup) => store.dispatch({ type: 'class-setup', setup: next });

  // The first visit makes the default setup; a setup saved in the other language gets this language's default names.
  useEffect(() => {
    if (!setup) {
      store.dispatch({ type: 'class-default-setup', teamNames: Array.from({ length: DEFAULT_TEAM_COUNT }, (_, i) => defaultName(i + 1)) });
      return;
    }
    const relabelled = relabelDefaultNames(setup.teamNames, defaultNameIn(language === 'fr' ? 'en' : 'fr'), defaultName);
    if (relabelled.some((name, i) => name !== setup.teamNames[i])) update({ ...setup, teamNames: relabelled });
  }, []);

  useEffect(() => {
    if (!printing) headingRef.current?.focus();
  }, [printing]);

  // Default names follow a language switch; names the teacher typed stay as they are.
  useEffect(() => {
    const before = previousLanguage.current;
    previousLanguage.current = language;
    if (before === language || !setup) return;
    update({ ...setup, teamNames: relabelDefaultNames(setup.teamNames, defaultNameIn(before), defaultName) });
  }, [language]);

  if (setup && printing) {
    return <PrintableSheet kind={printing} setup={setup} onBack={() => store.dispatch({ type: 'class-print', sheet: null })} />;
  }

  const check = setup ? checkTeams(setup.teamNames, defaultName) : null;
  const lesson = setup ? setupLesson(content, setup) : null;
  const problems = check && !check.ok ? check.problems : [];
  const problemOf = (index: number) => (showProblems ? problems.find((p) => p.index === index) : undefined);

  function start(): void {
    if (!setup || !check) return;
    if (!check.ok) {
      setShowProblems(true);
      const first = check.problems[0];
      if (first) nameRefs.current[first.index]?.focus();
      return;
    }
    store.dispatch({ type: 'start-class-round', teamNames: check.players.map((p) => p.name) });
  }

  function discard(): void {
    store.dispatch({ type: 'discard-class-round' });
    headingRef.current?.focus();
  }

  return (
    <section class="screen classroom class-screen" aria-labelledby="classroom-title">
      <h1 id="classroom-title" tabIndex={-1} ref={headingRef}>
        {t('classroom:title')}
      </h1>

      {saved?.phase === 'finished' && (
        <div class="card resume" role="group" aria-labelledby="class-last-title">
          <h2 id="class-last-title">{t('classroom:lastResultsTitle')}</h2>
          <p>{t('classroom:lastResultsText')}</p>
          <ul class="resume-scores">
            {saved.players.map((team) => (
              <li key={team.id}>{t('classroom:scoreLine', { name: team.name, score: saved.scores[team.id]?.score ?? 0 })}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'show-class-results' })}>
              {t('classroom:showResults')}
            </button>
            <button type="button" onClick={discard}>
              {t('classroom:dismissResults')}
            </button>
          </div>
        </div>
      )}
      {saved && saved.phase !== 'finished' && (
        <div class="card resume" role="group" aria-labelledby="class-resume-title">
          <h2 id="class-resume-title">{t('classroom:resumeTitle')}</h2>
          <p>{t('classroom:resumeText', { current: saved.index + 1, total: saved.excerptIds.length })}</p>
          {classInvestigationGone(content, saved) && <p data-testid="class-round-investigation-gone">{t('synthesis:class.goneRound')}</p>}
          <ul class="resume-scores">
            {saved.players.map((team) => (
              <li key={team.id}>{t('classroom:scoreLine', { name: team.name, score: saved.scores[team.id]?.score ?? 0 })}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'resume-class-round' })}>
              {t('classroom:resume')}
            </button>
            <button type="button" onClick={discard}>
              {t('classroom:discard')}
            </button>
          </div>
        </div>
      )}

      <p class="class-intro">{t('classroom:intro')}</p>

      {setup && state.classroom.notice === 'investigation-gone' && (
        <div class="notice" role="status" data-testid="class-investigation-gone">
          <p>{setup.size === 'all' ? t('synthesis:class.goneAll') : t('synthesis:class.gone', { count: setup.size })}</p>
        </div>
      )}

      {setup && (
        <form
          class="card form class-setup"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <fieldset>
            <legend>{t('classroom:teamsLegend')}</legend>
            <ol class="team-fields">
              {setup.teamNames.map((name, index) => (
                <TeamField
                  key={index}
                  index={index}
                  name={name}
                  problem={problemOf(index)}
                  canRemove={setup.teamNames.length > MIN_TEAMS}
                  inputRef={(element) => (nameRefs.current[index] = element)}
                  t={t}
                  onChange={(value) => update({ ...setup, teamNames: setup.teamNames.map((n, i) => (i === index ? value : n)) })}
                  onRemove={() => {
                    // The focus would fall to the page top with the removed button: keep it in the list.
                    focusAfterRender(() => nameRefs.current[Math.max(0, index - 1)]);
                    update({ ...setup, teamNames: setup.teamNames.filter((_, i) => i !== index) });
                  }}
                />
              ))}
            </ol>
            <button
              type="button"
              disabled={setup.teamNames.length >= MAX_TEAMS}
              onClick={() => {
                const count = setup.teamNames.length;
                focusAfterRender(() => nameRefs.current[count], true);
                update({ ...setup, teamNames: [...setup.teamNames, defaultName(count + 1)] });
              }}
            >
              {t('classroom:addTeam')}
            </button>
          </fieldset>

          {lesson ? (
            <div class="class-lesson" data-testid="class-lesson">
              <p>
                <strong>{t('classroom:lessonInUse', { name: lesson.name, count: lesson.spec.excerptIds.length })}</strong>
              </p>
              <button type="button" onClick={() => store.dispatch({ type: 'class-use-lesson', id: null, defaultTeamNames: [] })}>
                {t('classroom:useDraw')}
              </button>
            </div>
          ) : (
            <fieldset>
              <legend>{t('classroom:sizeLegend')}</legend>
              {CLASS_ROUND_SIZES.map((size) => (
                <label key={String(size)} class="radio">
                  <input
                    type="radio"
                    name="class-size"
                    value={String(size)}
                    checked={!setup.dossier && !setup.investigation && setup.size === size}
                    onChange={() => update({ ...setup, size, dossier: undefined, investigation: undefined })}
                  />
                  <span>{size === 'all' ? t('classroom:sizeAll', { count: content.excerpts.length }) : String(size)}</span>
                </label>
              ))}
              <DossierChoice setup={setup} onChange={(next) => update({ ...next, investigation: undefined })} />
              <InvestigationChoice setup={setup} onChange={update} />
            </fieldset>
          )}

          <label class="check">
            <input
              type="checkbox"
              checked={setup.showRanking !== false}
              aria-describedby="ranking-hint"
              onChange={() => store.dispatch({ type: 'class-ranking', show: setup.showRanking === false })}
            />
            <span>{t('classroom:rankingLabel')}</span>
          </label>
          <p id="ranking-hint" class="hint">
            {t('classroom:rankingHint')}
          </p>

          <label class="check">
            <input type="checkbox" checked={setup.clueStep} onChange={(e) => update({ ...setup, clueStep: e.currentTarget.checked })} />
            <span>{t('classroom:clueStepLabel')}</span>
          </label>

          <div class="actions class-start">
            <button type="submit" class="primary big">
              {t('classroom:start')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
              {t('classroom:backToMenu')}
            </button>
          </div>
        </form>
      )}

      {setup && (
        <section class="card class-print" aria-labelledby="class-print-title">
          <h2 id="class-print-title">{t('classroom:printHeading')}</h2>
          <p>
            <strong data-testid="series-code">
              {lesson ? t('classroom:lessonCode', { code: displayCode(lesson.code) }) : t('classroom:series', { code: seriesCode(setup.seed) })}
            </strong>{' '}
            · {t('classroom:seriesHint')}
          </p>
          <div class="actions">
            <button type="button" onClick={() => store.dispatch({ type: 'class-print', sheet: 'student' })}>
              {t('classroom:printStudent')}
            </button>
            <button type="button" onClick={() => store.dispatch({ type: 'class-print', sheet: 'key' })}>
              {t('classroom:printKey')}
            </button>
            {!lesson && !setup.dossier && !setup.investigation && (
              <button type="button" onClick={() => store.dispatch({ type: 'class-new-draw' })}>
                {t('classroom:newDraw')}
              </button>
            )}
            <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'voting-cards' })}>
              {t('classroom:printCards')}
            </button>
          </div>
        </section>
      )}
      <p class="privacy">{t('classroom:privacy')}</p>
    </section>
  );
}

function TeamField(props: {
  index: number;
  name: string;
  problem: TeamProblem | undefined;
  canRemove: boolean;
  inputRef: (element: HTMLInputElement | null) => void;
  t: Translate;
  onChange: (value: string) => void;
  onRemove: () => void;
}) {
  const { index, name, problem, t } = props;
  const id = `team-name-${index + 1}`;
  const errorId = `${id}-error`;
  const shownName = cleanTeamName(name) || t('classroom:teamDefault', { number: index + 1 });
  return (
    <li class="team-field">
      <label for={id}>{t('classroom:teamNameLabel', { number: index + 1 })}</label>
      <div class="team-field-row">
        <input
          id={id}
          ref={props.inputRef}
          type="text"
          value={name}
          maxLength={TEAM_NAME_MAX_LENGTH * NAME_FIELD_UNITS}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? errorId : undefined}
          onInput={(event) => props.onChange((event.currentTarget as HTMLInputElement).value)}
        />
        {props.canRemove && (
          <button type="button" class="remove-team" onClick={props.onRemove} aria-label={t('classroom:removeTeam', { name: shownName })}>
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </div>
      {problem && (
        <p id={errorId} class="field-error">
          {problem.problem === 'duplicate'
            ? t('classroom:problem.duplicate', { number: problem.sameAs + 1 })
            : t('classroom:problem.tooLong', { max: TEAM_NAME_MAX_LENGTH })}
        </p>
      )}
    </li>
  );
}
