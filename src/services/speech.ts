/**
 * Reading aloud with the browser's own speech synthesis (Web Speech API): the only module that
 * touches `speechSynthesis`. Nothing is downloaded: the voices are the device's. Like sound, it is
 * a nicety that must never break the game: no call here throws out of this module.
 */

/** One piece to say, and its language (BCP 47: "fr-FR", "en-GB"). */
export interface SpokenText {
  text: string;
  lang: string;
}

export interface Speech {
  /** Called once the device's voices are known: true when there is at least one. */
  onVoices(listener: (available: boolean) => void): void;
  /** Says the pieces in order, each with a voice of its language when the device has one; replaces what was being said. */
  speak(parts: readonly SpokenText[], rate: number): void;
  /** Stops at once. */
  cancel(): void;
}

/** The parts of the Web Speech API used here, so tests can stand in for the browser. */
export interface SynthLike {
  getVoices(): ReadonlyArray<{ lang: string; name: string; default?: boolean }>;
  speak(utterance: unknown): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}
export type UtteranceFactory = (text: string) => { text: string; lang: string; rate: number; voice: unknown };

/** How long to wait for voices that load late (Chrome fills the list after start-up) before saying there are none. */
export const VOICE_WAIT_MS = 2000;

export function createSpeech(
  synth: SynthLike | undefined = globalThis.speechSynthesis as SynthLike | undefined,
  makeUtterance: UtteranceFactory | undefined = typeof SpeechSynthesisUtterance === 'function'
    ? (text) => new SpeechSynthesisUtterance(text) as unknown as ReturnType<UtteranceFactory>
    : undefined,
  wait: (ms: number, then: () => void) => void = (ms, then) => void setTimeout(then, ms),
): Speech {
  const voices = () => {
    try {
      return synth?.getVoices() ?? [];
    } catch {
      return [];
    }
  };
  /** The device's voice for a language: its own region first ("fr-FR"), then any of the language ("fr-CA"). */
  const voiceFor = (lang: string) => {
    const all = voices();
    const language = lang.toLowerCase().split('-')[0];
    return (
      all.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ??
      all.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === language) ??
      null
    );
  };
  // Whether something was handed to the synthesizer since the last stop: the game stops reading at
  // every answer and step, and the browser's cancel() costs about half a millisecond in that key's handler.
  let handedOver = false;
  return {
    onVoices(listener) {
      if (!synth || !makeUtterance) return listener(false);
      if (voices().length > 0) return listener(true);
      let told = false;
      const tell = (available: boolean) => {
        if (told) return;
        told = true;
        listener(available);
      };
      try {
        synth.addEventListener?.('voiceschanged', () => voices().length > 0 && tell(true));
      } catch {
        // no event: the wait below decides
      }
      wait(VOICE_WAIT_MS, () => tell(voices().length > 0));
    },
    speak(parts, rate) {
      if (!synth || !makeUtterance) return;
      try {
        synth.cancel();
        handedOver = true;
        for (const part of parts) {
          if (part.text.trim() === '') continue;
          const utterance = makeUtterance(part.text);
          utterance.lang = part.lang;
          utterance.rate = rate;
          const voice = voiceFor(part.lang);
          try {
            if (voice) utterance.voice = voice;
          } catch {
            // a voice this browser will not take: its language alone chooses one
          }
          synth.speak(utterance);
        }
      } catch (error) {
        console.warn('read aloud failed', error);
      }
    },
    cancel() {
      if (!handedOver) return;
      handedOver = false;
      try {
        synth?.cancel();
      } catch {
        // nothing to stop
      }
    },
  };
}
