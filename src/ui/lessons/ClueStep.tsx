import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../core/categories';
import { MAX_CLUE_MARKS, wordSegments } from '../../core/content/words';
import type { Excerpt } from '../../core/content/schema';
import { useUi } from '../shared/context';
import { useT } from '../shared/i18n';

/**
 * "Find the clue": after choosing a category, the player marks the words of the excerpt that
 * gave it away. Each word is a toggle button (pressed when marked); marks are word indices.
 */
export function ClueStep(props: { excerpt: Excerpt; category: Category; marks: readonly number[] }) {
  const { store } = useUi();
  const t = useT();
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const full = props.marks.length >= MAX_CLUE_MARKS;
  return (
    <div class="choices clue-step" role="group" aria-labelledby="clue-question">
      <p class="question" id="clue-question">
        {t('lessons:clue.question', { category: t(`common:category.${props.category}`) })}
      </p>
      <p class="hint">{t('lessons:clue.hint', { max: MAX_CLUE_MARKS })}</p>
      <p class="clue-words" lang="fr">
        {wordSegments(props.excerpt.text).map((segment, i) => {
          if (segment.word === null) return <span key={i}>{segment.text}</span>;
          const word = segment.word;
          const marked = props.marks.includes(word);
          return (
            <button
              type="button"
              key={i}
              ref={word === 0 ? firstRef : undefined}
              class={`clue-word${marked ? ' marked' : ''}`}
              aria-pressed={marked}
              disabled={full && !marked}
              onClick={() => store.dispatch({ type: 'toggle-clue-word', word })}
            >
              {segment.text}
            </button>
          );
        })}
      </p>
      <p class="hint" role="status">
        {t('lessons:clue.count', { count: props.marks.length, max: MAX_CLUE_MARKS })}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => store.dispatch({ type: 'clues-done' })}>
          {props.marks.length > 0 ? t('lessons:clue.done') : t('lessons:clue.skip')}
        </button>
        <button type="button" class="link-button" onClick={() => store.dispatch({ type: 'cancel-choice' })}>
          {t('lessons:clue.changeChoice')}
        </button>
      </div>
    </div>
  );
}
