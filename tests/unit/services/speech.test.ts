/** The speech adapter against a stand-in for the browser's speechSynthesis. */
import { describe, expect, it } from 'vitest';
import { createSpeech, type SynthLike, type UtteranceFactory } from '../../../src/services/speech';

function fakeSynth(voices: Array<{ lang: string; name: string }>) {
  const spoken: Array<{ text: string; lang: string; rate: number; voice: unknown }> = [];
  let cancels = 0;
  let onChange: (() => void) | null = null;
  const synth: SynthLike = {
    getVoices: () => voices,
    speak: (u) => spoken.push(u as (typeof spoken)[number]),
    cancel: () => {
      cancels++;
    },
    addEventListener: (_type, listener) => {
      onChange = listener;
    },
  };
  const make: UtteranceFactory = (text) => ({ text, lang: '', rate: 1, voice: null });
  return { synth, make, spoken, cancels: () => cancels, voicesChanged: () => onChange?.() };
}

describe('speech adapter', () => {
  it('says each part with a voice of its language, at the rate asked, after stopping what was being said', () => {
    const fake = fakeSynth([
      { lang: 'en-US', name: 'US' },
      { lang: 'fr-CA', name: 'Québec' },
      { lang: 'en-GB', name: 'UK' },
    ]);
    const speech = createSpeech(fake.synth, fake.make);
    speech.speak(
      [
        { text: 'Bonjour', lang: 'fr-FR' },
        { text: 'Hello', lang: 'en-GB' },
        { text: '  ', lang: 'en-GB' },
      ],
      0.75,
    );
    expect(fake.cancels()).toBe(1);
    expect(fake.spoken.map((u) => [u.text, u.lang, u.rate, (u.voice as { name: string }).name])).toEqual([
      ['Bonjour', 'fr-FR', 0.75, 'Québec'],
      ['Hello', 'en-GB', 0.75, 'UK'],
    ]);
  });

  it('says whether the device has voices: at once, when they load late, or none after the wait; nothing without the API', () => {
    const told: boolean[] = [];
    createSpeech(fakeSynth([{ lang: 'fr-FR', name: 'A' }]).synth, fakeSynth([]).make).onVoices((a) => told.push(a));
    const late = fakeSynth([]);
    const waits: Array<() => void> = [];
    createSpeech(late.synth, late.make, (_ms, then) => waits.push(then)).onVoices((a) => told.push(a));
    (late.synth.getVoices() as Array<{ lang: string; name: string }>).push({ lang: 'en-GB', name: 'B' });
    late.voicesChanged();
    for (const w of waits) w();
    const none = fakeSynth([]);
    createSpeech(none.synth, none.make, (_ms, then) => then()).onVoices((a) => told.push(a));
    createSpeech(undefined, undefined).onVoices((a) => told.push(a));
    expect(told).toEqual([true, true, false, false]);
  });

  it('stops the synthesizer only when it was given something since the last stop', () => {
    const fake = fakeSynth([{ lang: 'fr-FR', name: 'A' }]);
    const speech = createSpeech(fake.synth, fake.make);
    speech.cancel();
    expect(fake.cancels()).toBe(0);
    speech.speak([{ text: 'Bonjour', lang: 'fr-FR' }], 1);
    expect(fake.cancels()).toBe(1);
    speech.cancel();
    speech.cancel();
    expect(fake.cancels()).toBe(2);
  });

  it('never throws out of the adapter', () => {
    const broken: SynthLike = {
      getVoices: () => {
        throw new Error('no');
      },
      speak: () => {
        throw new Error('no');
      },
      cancel: () => {
        throw new Error('no');
      },
    };
    const speech = createSpeech(broken, (text) => ({ text, lang: '', rate: 1, voice: null }));
    expect(() => speech.speak([{ text: 'x', lang: 'fr-FR' }], 1)).not.toThrow();
    expect(() => speech.cancel()).not.toThrow();
  });
});
