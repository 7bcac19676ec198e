import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outcome } from '../../core/game';
import { type ProfileNameProblem, profileNameProblem } from '../../core/progress/profile-names';
import { PROFILE_NAME_MAX_LENGTH, type Profile } from '../../core/progress/records';
import { NAME_FIELD_UNITS } from '../../core/progress/text';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useGameState, useUi } from '../shared/context';
import { formatDate } from '../shared/format';
import { type Translate, useT } from '../shared/i18n';

type Problem = ProfileNameProblem | 'failed';

function problemText(problem: Problem, t: Translate): string {
  return t(`profiles:error.${problem}`, { max: PROFILE_NAME_MAX_LENGTH });
}

/** The status line: what the last change of profiles came to. */
function statusOf(outcome: Outcome | null, t: Translate): string {
  if (outcome?.scope !== 'profiles') return '';
  if (outcome.kind === 'failed') return t('profiles:error.failed');
  return t(`profiles:${outcome.kind}`, { name: outcome.name });
}

/** Several named profiles on a shared device, each with its own progress. */
export function Profiles() {
  const state = useGameState();
  const { store } = useUi();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const [newName, setNewName] = useState('');
  const [newProblem, setNewProblem] = useState<Problem | null>(null);
  const { profiles, activeProfileId: activeId, renamingProfileId: renaming } = state;
  const language = state.settings.language;

  // A rename that closes gives the focus back to its button, once it is drawn again.
  const wasRenaming = useRef<string | null>(null);
  useEffect(() => {
    if (wasRenaming.current && renaming === null) document.getElementById(`rename-button-${wasRenaming.current}`)?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  // Deleted: its buttons are gone, so start again from the top of the screen.
  const outcome = state.outcome;
  useEffect(() => {
    if (outcome?.scope === 'profiles' && outcome.kind === 'deleted') headingRef.current?.focus();
    if (outcome?.scope === 'profiles' && outcome.kind === 'created') setNewName('');
  }, [outcome]);

  const create = (event: Event) => {
    event.preventDefault();
    const problem = profileNameProblem(newName, profiles);
    // A double click's second submit: the name is the profile just created (the reducer ignores it too).
    const justCreated = outcome?.scope === 'profiles' && outcome.kind === 'created' && problem === 'taken';
    setNewProblem(justCreated ? null : problem);
    if (problem) return;
    store.dispatch({ type: 'create-profile', name: newName });
  };

  return (
    <section class="screen profiles" aria-labelledby="profiles-title">
      <h1 id="profiles-title" tabIndex={-1} ref={headingRef}>
        {t('profiles:title')}
      </h1>
      <div class="card">
        <p>{t('profiles:intro')}</p>
        <ul class="profile-list" aria-label={t('profiles:listLabel')}>
          {profiles.map((profile) => {
            const active = profile.id === activeId;
            return (
              <li key={profile.id} class={active ? 'profile-item active' : 'profile-item'} aria-current={active ? 'true' : undefined}>
                {renaming === profile.id ? (
                  <RenameForm profile={profile} profiles={profiles} t={t} />
                ) : (
                  <>
                    <div class="profile-info">
                      <strong class="profile-name">{profile.name}</strong>
                      {active && <span class="badge">{t('profiles:active')}</span>}
                      <span class="hint">{t('profiles:createdOn', { date: formatDate(profile.createdAt, language) })}</span>
                    </div>
                    <div class="profile-actions">
                      {!active && (
                        <button
                          type="button"
                          class="primary"
                          disabled={state.busy}
                          aria-label={t('profiles:useLabel', { name: profile.name })}
                          onClick={() => store.dispatch({ type: 'switch-profile', id: profile.id })}
                        >
                          {t('profiles:use')}
                        </button>
                      )}
                      <button
                        type="button"
                        id={`rename-button-${profile.id}`}
                        aria-label={t('profiles:renameLabel', { name: profile.name })}
                        onClick={() => store.dispatch({ type: 'start-rename', id: profile.id })}
                      >
                        {t('profiles:rename')}
                      </button>
                      <button
                        type="button"
                        class="danger-outline"
                        disabled={state.busy}
                        aria-label={t('profiles:deleteLabel', { name: profile.name })}
                        onClick={() => setDeleting(profile)}
                      >
                        {t('profiles:delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>

      <form class="card form new-profile" onSubmit={create} aria-labelledby="new-profile-title" noValidate>
        <h2 id="new-profile-title">{t('profiles:newTitle')}</h2>
        <label for="new-profile-name" class="field-label">
          {t('profiles:nameLabel')}
        </label>
        <div class="inline-field">
          <input
            id="new-profile-name"
            type="text"
            autoComplete="off"
            maxLength={PROFILE_NAME_MAX_LENGTH * NAME_FIELD_UNITS}
            value={newName}
            aria-invalid={newProblem ? 'true' : undefined}
            aria-describedby={newProblem ? 'new-profile-hint new-profile-error' : 'new-profile-hint'}
            onInput={(e) => {
              setNewName(e.currentTarget.value);
              setNewProblem(null);
            }}
          />
          <button type="submit" class="primary">
            {t('profiles:create')}
          </button>
        </div>
        <p id="new-profile-hint" class="hint">
          {t('profiles:nameHint')}
        </p>
        {newProblem && (
          <p id="new-profile-error" class="message error" role="alert">
            {problemText(newProblem, t)}
          </p>
        )}
      </form>

      <div role="status" aria-live="polite" class="status-line" data-testid="profiles-status">
        {statusOf(outcome, t)}
      </div>

      {deleting && (
        <ConfirmDialog
          title={t('profiles:deleteConfirmTitle', { name: deleting.name })}
          confirmLabel={t('profiles:deleteDo')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => {
            setDeleting(null);
            store.dispatch({ type: 'delete-profile', id: deleting.id });
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('profiles:deleteConfirm')}</p>
          {profiles.length === 1 && <p>{t('profiles:deleteConfirmLast')}</p>}
        </ConfirmDialog>
      )}

      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}

function RenameForm(props: { profile: Profile; profiles: readonly Profile[]; t: Translate }) {
  const { profile, profiles, t } = props;
  const { store } = useUi();
  const [name, setName] = useState(profile.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const id = `rename-${profile.id}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const found = profileNameProblem(name, profiles, profile.id);
    setProblem(found);
    if (!found) store.dispatch({ type: 'rename-profile', id: profile.id, name });
  };
  // Escape in the field leaves the rename (the keymap's cancel-rename), not the whole screen.
  return (
    <form class="rename-form" onSubmit={submit} noValidate>
      <label for={id} class="field-label">
        {t('profiles:renameField', { name: profile.name })}
      </label>
      <div class="inline-field">
        <input
          id={id}
          ref={inputRef}
          type="text"
          autoComplete="off"
          maxLength={PROFILE_NAME_MAX_LENGTH * NAME_FIELD_UNITS}
          value={name}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setProblem(null);
          }}
        />
        <button type="submit" class="primary">
          {t('profiles:save')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'cancel-rename' })}>
          {t('common:cancel')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-error`} class="message error" role="alert">
          {problemText(problem, t)}
        </p>
      )}
    </form>
  );
}
