import { useEffect, useRef } from 'preact/hooks';
import { REDUCED_MOTION, ROUND_SIZES, TEXT_SIZES, type Settings as SettingsRecord } from '../core/progress/records';
import { useGameState, useServices } from './context';
import { useT } from './i18n-hooks';

export function Settings() {
  const state = useGameState();
  const { store, content, persistent } = useServices();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const s = state.settings;
  const set = (patch: Partial<SettingsRecord>) => store.dispatch({ type: 'settings', patch });

  return (
    <section class="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1} ref={headingRef}>{t('settings:title')}</h1>
      <form class="card form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('settings:language')}</legend>
          {(['fr', 'en'] as const).map((language) => (
            <label key={language} class="radio">
              <input type="radio" name="language" value={language} checked={s.language === language} onChange={() => set({ language })} />
              <span lang={language}>{t(`common:language.${language}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings:sound')}</legend>
          <label class="check">
            <input type="checkbox" checked={!s.muted} onChange={(e) => set({ muted: !(e.currentTarget as HTMLInputElement).checked })} />
            <span>{t(s.muted ? 'settings:soundOff' : 'settings:soundOn')}</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('settings:textSize')}</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} class="radio">
              <input type="radio" name="textSize" value={size} checked={s.textSize === size} onChange={() => set({ textSize: size })} />
              <span>{t(`settings:textSizes.${size}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings:reducedMotion')}</legend>
          {REDUCED_MOTION.map((motion) => (
            <label key={motion} class="radio">
              <input type="radio" name="reducedMotion" value={motion} checked={s.reducedMotion === motion} onChange={() => set({ reducedMotion: motion })} />
              <span>{t(`settings:motion.${motion}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings:roundSize')}</legend>
          {ROUND_SIZES.map((size) => (
            <label key={String(size)} class="radio">
              <input type="radio" name="roundSize" value={String(size)} checked={s.roundSize === size} onChange={() => set({ roundSize: size })} />
              <span>{size === 'all' ? t('settings:roundAll', { count: content.excerpts.length }) : String(size)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend class="visually-hidden">{t('settings:confidence')}</legend>
          <label class="check">
            <input type="checkbox" checked={s.confidence} onChange={(e) => set({ confidence: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:confidence')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={s.dyslexiaFont} onChange={(e) => set({ dyslexiaFont: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('settings:dyslexiaFont')}</span>
          </label>
        </fieldset>
        <p class="hint">{t(persistent ? 'settings:saved' : 'settings:notSaved')}</p>
      </form>
      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'close-screen' })}>{t('common:back')}</button>
      </div>
    </section>
  );
}
