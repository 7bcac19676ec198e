import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CLASS_ROUND_SIZES,
  MAX_TEAMS,
  MIN_TEAMS,
  TEAM_NAME_MAX_LENGTH,
  checkTeams,
  cleanTeamName,
  defaultClassSetup,
  relabelDefaultNames,
  seriesCode,
  startClassRound,
  type ClassSetup,
  type TeamProblem,
} from '../core/classroom';
import type { RoundState } from '../core/round';
import { t as translate } from '../services/i18n';
import { useGameState, useServices } from './context';
import { useT, type Translate } from './i18n-hooks';
import { PrintableSheet } from './PrintableSheet';
import './classroom.css';

/** A fresh deal: any 32-bit number, so the next class gets other excerpts. */
function randomSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto?.getRandomValues?.(values);
  return values[0] || Math.floor(Math.random() * 0xffffffff) >>> 0;
}

/**
 * The classroom screen: resume the class round left unfinished, or set up teams and the
 * number of excerpts and start; the student sheet and the answer key print from here.
 */
export function Classroom() {
  const state = useGameState();
  const { store, content, classroom } = useServices();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [setup, setSetup] = useState<ClassSetup | null>(null);
  const [saved, setSaved] = useState<RoundState | null>(null);
  const [printing, setPrinting] = useState<'student' | 'key' | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const nameRefs = useRef<Array<HTMLInputElement | null>>([]);
  const previousLanguage = useRef(language);
  const defaultName = (n: number) => t('classroom:teamDefault', { number: n });

  useEffect(() => {
    let live = true;
    void Promise.all([classroom.loadSetup(), classroom.savedRound()]).then(([loaded, round]) => {
      if (!live) return;
      // Saved in the other language: its untouched default names take this language's.
      const other = language === 'fr' ? 'en' : 'fr';
      const otherDefault = (n: number) => translate('classroom:teamDefault', { number: n, lng: other });
      setSetup(
        loaded
          ? { ...loaded, teamNames: relabelDefaultNames(loaded.teamNames, otherDefault, defaultName) }
          : defaultClassSetup(defaultName, randomSeed()),
      );
      setSaved(round);
    });
    return () => {
      live = false;
    };
  }, [classroom]);

  useEffect(() => {
    if (!printing) headingRef.current?.focus();
  }, [printing]);

  // Default names follow a language switch; names the teacher typed stay as they are.
  useEffect(() => {
    const before = previousLanguage.current;
    previousLanguage.current = language;
    if (before === language || !setup) return;
    // The view's t() is bound to the current language: ask i18n for the previous one's default.
    const oldDefault = (n: number) => translate('classroom:teamDefault', { number: n, lng: before });
    update({ ...setup, teamNames: relabelDefaultNames(setup.teamNames, oldDefault, defaultName) });
  }, [language]);

  // Escape goes back one step: from a sheet to the setup, from the setup to the menu.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (printing) setPrinting(null);
      else store.dispatch({ type: 'navigate', screen: 'menu' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [printing, store]);

  function update(next: ClassSetup): void {
    setSetup(next);
    void classroom.saveSetup(next);
  }

  if (setup && printing) {
    return <PrintableSheet kind={printing} setup={setup} onBack={() => setPrinting(null)} />;
  }

  const check = setup ? checkTeams(setup.teamNames, defaultName) : null;
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
    update({ ...setup, teamNames: check.players.map((p) => p.name) });
    store.dispatch({ type: 'start-round', round: startClassRound(content, setup, check.players, new Date().toISOString()) });
  }

  async function discard(): Promise<void> {
    await classroom.discardSavedRound();
    setSaved(null);
    headingRef.current?.focus();
  }

  return (
    <section class="screen classroom class-screen" aria-labelledby="classroom-title">
      <h1 id="classroom-title" tabIndex={-1} ref={headingRef}>
        {t('classroom:title')}
      </h1>

      {saved && (
        <div class="card resume" role="group" aria-labelledby="class-resume-title">
          <h2 id="class-resume-title">{t('classroom:resumeTitle')}</h2>
          <p>{t('classroom:resumeText', { current: saved.index + 1, total: saved.excerptIds.length })}</p>
          <ul class="resume-scores">
            {saved.players.map((team) => (
              <li key={team.id}>{t('classroom:scoreLine', { name: team.name, score: saved.scores[team.id]?.score ?? 0 })}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => store.dispatch({ type: 'start-round', round: saved })}>
              {t('classroom:resume')}
            </button>
            <button type="button" onClick={() => void discard()}>
              {t('classroom:discard')}
            </button>
          </div>
        </div>
      )}

      <p class="class-intro">{t('classroom:intro')}</p>

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
                    update({ ...setup, teamNames: setup.teamNames.filter((_, i) => i !== index) });
                    // The focus would fall to the page top with the removed button: keep it in the list.
                    window.setTimeout(() => nameRefs.current[Math.max(0, index - 1)]?.focus(), 0);
                  }}
                />
              ))}
            </ol>
            <button
              type="button"
              disabled={setup.teamNames.length >= MAX_TEAMS}
              onClick={() => {
                const count = setup.teamNames.length;
                update({ ...setup, teamNames: [...setup.teamNames, defaultName(count + 1)] });
                window.setTimeout(() => nameRefs.current[count]?.select(), 0);
              }}
            >
              {t('classroom:addTeam')}
            </button>
          </fieldset>

          <fieldset>
            <legend>{t('classroom:sizeLegend')}</legend>
            {CLASS_ROUND_SIZES.map((size) => (
              <label key={String(size)} class="radio">
                <input
                  type="radio"
                  name="class-size"
                  value={String(size)}
                  checked={setup.size === size}
                  onChange={() => update({ ...setup, size })}
                />
                <span>{size === 'all' ? t('classroom:sizeAll', { count: content.excerpts.length }) : String(size)}</span>
              </label>
            ))}
          </fieldset>

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
            <strong data-testid="series-code">{t('classroom:series', { code: seriesCode(setup.seed) })}</strong> · {t('classroom:seriesHint')}
          </p>
          <div class="actions">
            <button type="button" onClick={() => setPrinting('student')}>
              {t('classroom:printStudent')}
            </button>
            <button type="button" onClick={() => setPrinting('key')}>
              {t('classroom:printKey')}
            </button>
            <button type="button" onClick={() => update({ ...setup, seed: randomSeed() })}>
              {t('classroom:newDraw')}
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
          maxLength={TEAM_NAME_MAX_LENGTH}
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
