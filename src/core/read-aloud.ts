/**
 * What "Read aloud" reads, decided from the state alone: before the answer, the excerpt (always
 * in French, its source language; in the English interface with its translation, in the order
 * shown) and then the choices on offer; after it, the verdict and the short explanation. Each part
 * says its language, so the app can give French text a French voice and English text an English one.
 * Words of the interface are i18n keys here: the app translates them.
 */
import { type Category, HALVES } from './categories';
import { excerptReading } from './content/prose';
import type { ContentBundle } from './content/schema';
import { answerSteps, choiceOptions, type GameState, playerSettings, soloVerdict } from './game';
import type { Language } from './progress/records';
import { CONFIDENCE_LEVELS, currentExcerptId, revealedTurn } from './round';

export type SpokenPart =
  /** Text of the content, in its own language. */
  | { kind: 'text'; text: string; lang: Language }
  /** A sentence of the interface (in its language); `category` fills its {{category}}. */
  | { kind: 'say'; key: string; category?: Category }
  /** One choice with its key: "1: Verified fact". */
  | { kind: 'option'; n: number; key: string };

export function readAloudParts(state: GameState, content: ContentBundle): SpokenPart[] {
  const round = state.round;
  if (state.screen !== 'play' || !round || round.mode === 'class') return [];
  const excerpt = content.excerpts.find((e) => e.id === currentExcerptId(round));
  if (!excerpt) return [];
  const language = state.settings.language;
  const turn = revealedTurn(round);
  if (turn) {
    const { answer, right } = soloVerdict(turn);
    const parts: SpokenPart[] = right
      ? [{ kind: 'say', key: 'play:right' }]
      : [
          { kind: 'say', key: 'play:wrong' },
          ...(answer ? [{ kind: 'say', key: 'play:yourAnswer', category: answer.category } as const] : []),
          { kind: 'say', key: 'play:theAnswer', category: turn.expected },
        ];
    parts.push({ kind: 'text', text: excerptReading(excerpt, content.articles, language).short, lang: language });
    return parts;
  }
  const french: SpokenPart = { kind: 'text', text: excerpt.text, lang: 'fr' };
  const english: SpokenPart = { kind: 'text', text: excerpt.translation.en, lang: 'en' };
  const parts: SpokenPart[] = language === 'fr' ? [french] : playerSettings(state).frenchFirst ? [french, english] : [english, french];
  if (round.phase !== 'answering') return parts;
  if (state.pendingChoice) {
    if (!answerSteps(state).confidence) return parts;
    parts.push({ kind: 'say', key: 'play:confidenceQuestion', category: state.pendingChoice });
    CONFIDENCE_LEVELS.forEach((level, i) => {
      parts.push({ kind: 'option', n: i + 1, key: `play:confidence.${level}` });
    });
    return parts;
  }
  if (answerSteps(state).twoStep && !state.choiceHalf) {
    parts.push({ kind: 'say', key: 'play:twoStep.question' });
    HALVES.forEach((half, i) => {
      parts.push({ kind: 'option', n: i + 1, key: `play:twoStep.${half}` });
    });
    return parts;
  }
  parts.push({ kind: 'say', key: state.choiceHalf ? `play:twoStep.then.${state.choiceHalf}` : 'play:question' });
  choiceOptions(state).forEach((category, i) => {
    parts.push({ kind: 'option', n: i + 1, key: `common:category.${category}` });
  });
  return parts;
}
