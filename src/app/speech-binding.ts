/**
 * Reading aloud, bound to the game: the reducer's 'read-aloud' command says what core/read-aloud.ts
 * decides, in the interface's words, French parts with a French voice and English ones with an
 * English voice; reading stops as soon as the player moves on (an answer, the next excerpt, a
 * pause, another screen). The voices found at start-up go back to the game as an action.
 */
import { type GameState, playerSettings } from '../core/game';
import type { Language } from '../core/progress/records';
import { readAloudParts, type SpokenPart } from '../core/read-aloud';
import type { Speech, SpokenText } from '../services/speech';
import type { GameStore } from './effects';

/** The voice's language for each of the game's languages. */
const VOICE_LANG: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The parts as the synthesizer gets them: interface words translated, each with its language. */
export function spokenTexts(parts: readonly SpokenPart[], language: Language, translate: Translate): SpokenText[] {
  const t = (key: string, options?: Record<string, unknown>) => translate(key, { lng: language, ...options });
  return parts.map((part): SpokenText => {
    if (part.kind === 'text') return { text: part.text, lang: VOICE_LANG[part.lang] };
    if (part.kind === 'option') return { text: `${part.n}. ${t(part.key)}`, lang: VOICE_LANG[language] };
    return { text: t(part.key, part.category ? { category: t(`common:category.${part.category}`) } : undefined), lang: VOICE_LANG[language] };
  });
}

/** What reading belongs to: when it changes, the player has moved on. */
function readingKey(state: GameState): string {
  const round = state.round;
  return [state.screen, state.paused, state.viewer !== null, round?.id, round?.index, round?.phase, state.pendingChoice, state.choiceHalf].join('|');
}

export function bindSpeech(store: GameStore, speech: Speech, translate: Translate): void {
  speech.onVoices((available) => store.dispatch({ type: 'speech-voices', available }));
  store.onEffect((effect) => {
    if (effect.type !== 'read-aloud') return;
    const state = store.state;
    // The command comes from a round in play, so after the texts have arrived (#15).
    if (!state.content) return;
    speech.speak(spokenTexts(readAloudParts(state, state.content), state.settings.language, translate), playerSettings(state).speechRate);
  });
  let key = readingKey(store.state);
  store.subscribe((state) => {
    const next = readingKey(state);
    if (next === key) return;
    key = next;
    speech.cancel();
  });
}
