import type { Excerpt } from '../../core/content/schema';
import { clueMarks, excerptWords } from '../../core/content/words';
import type { Translate } from './i18n';

/**
 * One line on the clue step: the words found, or where the clue was. Given whether the answer was
 * right, a clue found beside a wrong answer says so rather than sound like a success (playtest:
 * a green "clue found" under "not quite" left a pupil unsure whether they were right).
 */
export function ClueLine(props: { excerpt: Excerpt; marks: readonly number[]; t: Translate; language: 'fr' | 'en'; right?: boolean }) {
  const { excerpt, marks, t, language, right } = props;
  // The words are French; quoted the way the interface's language quotes.
  const quote = (word: string) => (language === 'fr' ? `«\u00a0${word}\u00a0»` : `“${word}”`);
  // Nothing marked ("I can't say", or no word tapped): nothing to say, and the screen is short on phones.
  if (marks.length === 0) return null;
  const result = clueMarks(excerpt, marks);
  const words = excerptWords(excerpt.text);
  const found = result.hits.map((i) => quote(words[i]?.text ?? '')).join(', ');
  const foundButWrong = result.found && right === false;
  const line = result.found
    ? t(foundButWrong ? 'play:clue.foundWrong' : 'play:clue.found', { words: found })
    : t(result.short ? 'play:clue.short' : 'play:clue.missed');
  return (
    <p class={`clue-result${result.found ? (foundButWrong ? ' found-wrong' : ' found') : ''}`} data-testid="clue-result">
      {line}
    </p>
  );
}
