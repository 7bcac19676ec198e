import { useFocusOnMount } from '../shared/focus';
import { LANGUAGES, REDUCED_MOTION, ROUND_SIZES, SPEECH_RATES, TEXT_SIZES, type Settings as SettingsRecord } from '../../core/progress/records';
import { useGameState, useUi } from '../shared/context';
import { useT } from '../shared/i18n';

export function Settings() {
  const state = useGameState();
  const { store, content } = useUi();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const s = state.settings;
  const set = (patch: Partial<SettingsRecord>) => store.dispatch({ type: 'settings', patch });

  return (
    <section class="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1} ref={headingRef}>
        {t('settings:title')}
      </h1>
      <form class="card form" onSubmit={(e) => e.preventDefault()}>
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
          name="textSize"
          legend={t('settings:textSize')}
          options={TEXT_SIZES}
          value={s.textSize}
          label={(size) => t(`settings:textSizes.${size}`)}
          onChange={(textSize) => set({ textSize })}
        />
        <RadioGroup
          name="reducedMotion"
          legend={t('settings:reducedMotion')}
          options={REDUCED_MOTION}
          value={s.reducedMotion}
          label={(motion) => t(`settings:motion.${motion}`)}
          onChange={(reducedMotion) => set({ reducedMotion })}
        />
        <RadioGroup
          name="roundSize"
          legend={t('settings:roundSize')}
          options={ROUND_SIZES}
          value={s.roundSize}
          label={(size) => (size === 'all' ? t('settings:roundAll', { count: content.excerpts.length }) : String(size))}
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
          <label class="check">
            <input type="checkbox" checked={s.readAloud} onChange={(e) => set({ readAloud: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:readAloud')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={s.twoStep} onChange={(e) => set({ twoStep: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:twoStep')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={s.frenchFirst} onChange={(e) => set({ frenchFirst: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:frenchFirst')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={s.dyslexiaFont} onChange={(e) => set({ dyslexiaFont: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:dyslexiaFont')}</span>
          </label>
        </fieldset>
        {s.readAloud && (
          <RadioGroup
            name="speechRate"
            legend={t('settings:speechRate')}
            options={SPEECH_RATES}
            value={s.speechRate}
            label={(rate) => t(`settings:speechRates.${rate === 1 ? 'normal' : rate < 1 ? 'slow' : 'fast'}`)}
            onChange={(speechRate) => set({ speechRate })}
          />
        )}
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
