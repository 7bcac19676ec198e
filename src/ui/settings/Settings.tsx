import { lessonAccommodations } from '../../core/game';
import { LESSON_ACCOMMODATIONS } from '../../core/lessons';
import {
  LANGUAGES,
  type PlayerSettings,
  REDUCED_MOTION,
  ROUND_SIZES,
  SPEECH_RATES,
  type Settings as SettingsRecord,
  TEXT_SIZES,
} from '../../core/progress/records';
import { useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';

/**
 * Two groups: the active profile's own settings (what one person needs to read and answer) and
 * the device's (the room's language and sound, how rounds go on this machine).
 */
export function Settings() {
  const state = useGameState();
  const { store, index } = useUi();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const s = state.settings;
  // The profile's own values, not what a lesson turns on over them: those are what a change here changes.
  const p = state.profile.settings;
  const name = state.profiles.find((profile) => profile.id === state.activeProfileId)?.name ?? '';
  const lesson = lessonAccommodations(state);
  const lessonOn = lesson ? LESSON_ACCOMMODATIONS.filter((a) => lesson[a]) : [];
  const set = (patch: Partial<SettingsRecord & PlayerSettings>) => store.dispatch({ type: 'settings', patch });

  return (
    <section class="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1} ref={headingRef}>
        {t('settings:title')}
      </h1>
      <form class="card form" onSubmit={(e) => e.preventDefault()}>
        <section class="settings-group" aria-labelledby="settings-profile">
          <h2 id="settings-profile">{t('settings:forProfile', { name })}</h2>
          <p class="hint">{t('settings:forProfileHint', { name })}</p>
          {lessonOn.length > 0 && (
            <p class="hint lesson-on" role="note">
              {t('settings:lessonOn', { list: lessonOn.map((a) => t(`settings:lessonAccommodations.${a}`)).join(', ') })}
            </p>
          )}
          <fieldset>
            <legend class="visually-hidden">{t('settings:forProfile', { name })}</legend>
            <label class="check">
              <input type="checkbox" checked={p.readAloud} onChange={(e) => set({ readAloud: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings:readAloud')}</span>
            </label>
            <label class="check">
              <input type="checkbox" checked={p.twoStep} onChange={(e) => set({ twoStep: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings:twoStep')}</span>
            </label>
            <label class="check">
              <input type="checkbox" checked={p.frenchFirst} onChange={(e) => set({ frenchFirst: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings:frenchFirst')}</span>
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={p.dyslexiaFont}
                onChange={(e) => set({ dyslexiaFont: (e.currentTarget as HTMLInputElement).checked })}
              />
              <span>{t('settings:dyslexiaFont')}</span>
            </label>
          </fieldset>
          {p.readAloud && (
            <RadioGroup
              name="speechRate"
              legend={t('settings:speechRate')}
              options={SPEECH_RATES}
              value={p.speechRate}
              label={(rate) => t(`settings:speechRates.${rate === 1 ? 'normal' : rate < 1 ? 'slow' : 'fast'}`)}
              onChange={(speechRate) => set({ speechRate })}
            />
          )}
          <RadioGroup
            name="textSize"
            legend={t('settings:textSize')}
            options={TEXT_SIZES}
            value={p.textSize}
            label={(size) => t(`settings:textSizes.${size}`)}
            onChange={(textSize) => set({ textSize })}
          />
          <RadioGroup
            name="reducedMotion"
            legend={t('settings:reducedMotion')}
            options={REDUCED_MOTION}
            value={p.reducedMotion}
            label={(motion) => t(`settings:motion.${motion}`)}
            onChange={(reducedMotion) => set({ reducedMotion })}
          />
        </section>
        <section class="settings-group" aria-labelledby="settings-device">
          <h2 id="settings-device">{t('settings:forDevice')}</h2>
          <p class="hint">{t('settings:forDeviceHint')}</p>
          <RadioGroup
            name="language"
            legend={t('settings:language')}
            options={LANGUAGES}
            value={s.language}
            label={(language) => t(`common:language.${language}`)}
            lang={(language) => language}
            onChange={(language) => set({ language })}
          />
          <fieldset>
            <legend>{t('settings:sound')}</legend>
            <label class="check">
              <input type="checkbox" checked={!s.muted} onChange={(e) => set({ muted: !(e.currentTarget as HTMLInputElement).checked })} />
              <span>{t(s.muted ? 'settings:soundOff' : 'settings:soundOn')}</span>
            </label>
          </fieldset>
          <RadioGroup
            name="roundSize"
            legend={t('settings:roundSize')}
            options={ROUND_SIZES}
            value={s.roundSize}
            label={(size) => (size === 'all' ? t('settings:roundAll', { count: index.excerpts.length }) : String(size))}
            onChange={(roundSize) => set({ roundSize })}
          />
          <fieldset>
            <legend class="visually-hidden">{t('settings:confidence')}</legend>
            <label class="check">
              <input type="checkbox" checked={s.confidence} onChange={(e) => set({ confidence: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings:confidence')}</span>
            </label>
            <label class="check">
              <input type="checkbox" checked={s.clueStep} onChange={(e) => set({ clueStep: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings:clueStep')}</span>
            </label>
          </fieldset>
        </section>
        <p class="hint">{t(state.storage.persistent ? 'settings:saved' : 'settings:notSaved')}</p>
      </form>
      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>
          {t('common:back')}
        </button>
      </div>
    </section>
  );
}

/** One setting, one choice among a few: a fieldset of radio buttons named by its legend. */
function RadioGroup<T extends string | number>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  lang?: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={String(option)} class="radio">
          <input type="radio" name={props.name} value={String(option)} checked={props.value === option} onChange={() => props.onChange(option)} />
          <span lang={props.lang?.(option)}>{props.label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
