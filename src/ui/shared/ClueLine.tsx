import type { Excerpt } from '../../core/content/schema';
import { clueMarks, excerptWords } from '../../core/content/words';
import type { Translate } from './i18n';

/** One line on the clue step: the words found, or where the clue was. */
export function ClueLine(props: { excerpt: Excerpt; marks: readonly number[]; t: Translate; language: 'fr' | 'en' }) {
  const { excerpt, marks, t, language } = props;
  // The words are French; quoted the way the interface's language quotes.
  const quote = (word: string) => (language === 'fr' ? `«\u00a0${word}\u00a0»` : `“${word}”`);
  // Nothing marked ("I can't say", or no word tapped): nothing to say, and the screen is short on phones.
  if (marks.length === 0) return null;
  const result = clueMarks(excerpt, marks);
  const words = excerptWords(excerpt.text);
  const line = result.found
    ? t('play:clue.found', { words: result.hits.map((i) => quote(words[i]?.text ?? '')).join(', ') })
    : t(result.short ? 'play:clue.short' : 'play:clue.missed');
  return (
    <p class={`clue-result${result.found ? ' found' : ''}`} data-testid="clue-result">
      {line}
    </p>
  );
}
