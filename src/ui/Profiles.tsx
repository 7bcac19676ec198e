import { useEffect, useRef, useState } from 'preact/hooks';
import { profileNameProblem, type ProfileNameProblem } from '../core/progress/profile-names';
import { PROFILE_NAME_MAX_LENGTH, type Profile } from '../core/progress/records';
import { ConfirmDialog } from './ConfirmDialog';
import { useGameState, useServices } from './context';
import { formatDate } from './format';
import { useT, type Translate } from './i18n-hooks';
import './progress.css';

type Problem = ProfileNameProblem | 'failed';

function problemText(problem: Problem, t: Translate): string {
  return t(`profiles:error.${problem}`, { max: PROFILE_NAME_MAX_LENGTH });
}

/** Several named profiles on a shared device, each with its own progress. */
export function Profiles() {
  const state = useGameState();
  const { store, progress } = useServices();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [, setRevision] = useState(0);
  const creating = useRef(false);
  const [status, setStatus] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Profile | null>(null);
  const [newName, setNewName] = useState('');
  const [newProblem, setNewProblem] = useState<Problem | null>(null);
  const profiles = progress.profiles();
  const language = state.settings.language;
  const activeId = state.activeProfile.id;
  // The list lives in storage, not in the game state: re-read it after each change.
  const changed = (text: string) => {
    setRevision((n) => n + 1);
    setStatus(text);
  };

  const create = async (event: Event) => {
    event.preventDefault();
    // A double submit would try to create the same name twice and report the second as a failure.
    if (creating.current) return;
    const problem = profileNameProblem(newName, profiles);
    setNewProblem(problem);
    if (problem) return;
    creating.current = true;
    try {
      const created = await progress.createProfile(newName);
      if (!created) {
        setNewProblem('failed');
        return;
      }
      setNewName('');
      changed(t('profiles:created', { name: created.name }));
    } finally {
      creating.current = false;
    }
  };

  const use = async (profile: Profile) => {
    if (await progress.switchProfile(profile.id)) changed(t('profiles:switched', { name: profile.name }));
    else changed(t('profiles:error.failed'));
  };

  const remove = async (profile: Profile) => {
    setDeleting(null);
    if (await progress.deleteProfile(profile.id)) changed(t('profiles:deleted', { name: profile.name }));
    else changed(t('profiles:error.failed'));
    // Its buttons are gone: start again from the top of the screen.
    headingRef.current?.focus();
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
                  <RenameForm
                    profile={profile}
                    profiles={profiles}
                    t={t}
                    onDone={(renamed) => {
                      setRenaming(null);
                      if (renamed) changed(t('profiles:renamed', { name: renamed }));
                      // Back to the button that opened the form, once it is drawn again.
                      window.setTimeout(() => document.getElementById(`rename-button-${profile.id}`)?.focus(), 0);
                    }}
                    rename={(name) => progress.renameProfile(profile.id, name)}
                  />
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
                          aria-label={t('profiles:useLabel', { name: profile.name })}
                          onClick={() => void use(profile)}
                        >
                          {t('profiles:use')}
                        </button>
                      )}
                      <button
                        type="button"
                        id={`rename-button-${profile.id}`}
                        aria-label={t('profiles:renameLabel', { name: profile.name })}
                        onClick={() => setRenaming(profile.id)}
                      >
                        {t('profiles:rename')}
                      </button>
                      <button
                        type="button"
                        class="danger-outline"
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

      <form class="card form new-profile" onSubmit={(e) => void create(e)} aria-labelledby="new-profile-title" noValidate>
        <h2 id="new-profile-title">{t('profiles:newTitle')}</h2>
        <label for="new-profile-name" class="field-label">
          {t('profiles:nameLabel')}
        </label>
        <div class="inline-field">
          <input
            id="new-profile-name"
            type="text"
            autoComplete="off"
            maxLength={PROFILE_NAME_MAX_LENGTH}
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
        {status}
      </div>

      {deleting && (
        <ConfirmDialog
          title={t('profiles:deleteConfirmTitle', { name: deleting.name })}
          confirmLabel={t('profiles:deleteDo')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => void remove(deleting)}
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

function RenameForm(props: {
  profile: Profile;
  profiles: readonly Profile[];
  t: Translate;
  rename: (name: string) => Promise<boolean>;
  onDone: (renamed: string | null) => void;
}) {
  const { profile, profiles, t } = props;
  const [name, setName] = useState(profile.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const id = `rename-${profile.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = profileNameProblem(name, profiles, profile.id);
    setProblem(found);
    if (found) return;
    if (name.trim() === profile.name) {
      props.onDone(null);
      return;
    }
    if (await props.rename(name)) props.onDone(name.trim());
    else setProblem('failed');
  };
  return (
    <form
      class="rename-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      onKeyDown={(e) => {
        // Escape anywhere in the form leaves the rename, not the whole screen.
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onDone(null);
        }
      }}
    >
      <label for={id} class="field-label">
        {t('profiles:renameField', { name: profile.name })}
      </label>
      <div class="inline-field">
        <input
          id={id}
          ref={inputRef}
          type="text"
          autoComplete="off"
          maxLength={PROFILE_NAME_MAX_LENGTH}
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
        <button type="button" onClick={() => props.onDone(null)}>
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
