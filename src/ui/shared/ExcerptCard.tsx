import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { clueSegments } from '../../core/content/locate';
import { clueWordIndices, wordRuns } from '../../core/content/words';
import { resolveArticleRefs } from '../../core/content/prose';
import type { Excerpt } from '../../core/content/schema';
import { canMark, type GameState, playerSettings, turnMarks } from '../../core/game';
import { revealedTurn, type RoundState } from '../../core/round';
import { useContent, useGameState, useUi } from './context';
import { type Translate, useT } from './i18n';

/** The excerpt on its card: text, source, and the other language one click (or T) away. Solo and class play share it. */
export function ExcerptCard(props: { excerpt: Excerpt; round: RoundState; headingRef: Ref<HTMLHeadingElement>; class?: string }) {
  const { excerpt, round } = props;
  const state = useGameState();
  const { store } = useUi();
  const { articleById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const article = articleById.get(excerpt.article);
  const mode = excerptMode(state, round);
  return (
    <article class={`card excerpt-card${props.class ? ` ${props.class}` : ''}`}>
      <h2 id="excerpt-heading" tabIndex={-1} class="card-kicker" ref={props.headingRef}>
        {t('play:excerptLabel')} {round.index + 1}/{round.excerptIds.length}
      </h2>
      {excerpt.context && (
        // Who "il" or "certaines" is: the fragment cannot be read without it.
        <p class="excerpt-context" data-testid="excerpt-context">
          {resolveArticleRefs(excerpt.context[language], articleById, language)}
        </p>
      )}
      <ExcerptText
        excerpt={excerpt}
        mode={mode}
        language={language}
        showOther={state.showOtherLanguage}
        frenchFirst={playerSettings(state).frenchFirst}
        t={t}
      />
      <p class="excerpt-source">
        {t('play:fromLabel')} <cite lang="fr">{article?.title ?? excerpt.article}</cite>
      </p>
      {/* In English the French comes with the translation to mark its words and after the answer: no toggle then. */}
      {!(language === 'en' && mode.kind !== 'read') && (
        <button type="button" class="link-button" aria-keyshortcuts="T" onClick={() => store.dispatch({ type: 'toggle-other-language' })}>
          {language === 'en' && !playerSettings(state).frenchFirst
            ? t(state.showOtherLanguage ? 'play:hideOriginal' : 'play:showOriginal')
            : t(state.showOtherLanguage ? 'play:hideTranslation' : 'play:showTranslation')}
        </button>
      )}
    </article>
  );
}

function excerptMode(state: GameState, round: RoundState): ExcerptMode {
  const turn = revealedTurn(round);
  if (turn) return { kind: 'revealed', marks: turnMarks(turn) };
  if (canMark(state)) return { kind: 'mark', marks: state.marks, cursor: state.markCursor };
  return { kind: 'read' };
}

/** What the excerpt's French text does now: read, marked word by word (the clue step), or shown with its clues. */
export type ExcerptMode =
  | { kind: 'read' }
  | { kind: 'mark'; marks: readonly number[]; cursor: number }
  | { kind: 'revealed'; marks: readonly number[] };

/**
 * The excerpt in French (the source), with its translation at hand. In the clue step each word
 * is a toggle button (a labelled group: arrows move, Space marks, Enter confirms, from the keymap);
 * once revealed, the key's clue words are highlighted and the player's marked words outlined.
 */
export function ExcerptText(props: {
  excerpt: Excerpt;
  mode: ExcerptMode;
  language: 'fr' | 'en';
  showOther: boolean;
  /** English interface: the French original first (the setting for learners of French). */
  frenchFirst?: boolean;
  t: Translate;
}) {
  const { excerpt, mode, language, showOther, t } = props;
  const french = (
    <blockquote class={`excerpt-text${mode.kind === 'mark' ? ' marking' : ''}`} lang="fr" data-testid="excerpt-text">
      {mode.kind === 'mark' ? (
        <MarkableWords excerpt={excerpt} marks={mode.marks} cursor={mode.cursor} t={t} />
      ) : mode.kind === 'revealed' ? (
        <RevealedWords excerpt={excerpt} marks={mode.marks} />
      ) : (
        excerpt.text
      )}
    </blockquote>
  );
  const english = (
    <blockquote class="excerpt-text translation" lang="en">
      {excerpt.translation.en}
    </blockquote>
  );
  // English players read the translation first (unless they chose French first); the French source comes with it when asked,
  // to mark its words, and after the answer.
  if (language === 'en' && !props.frenchFirst) {
    return (
      <div class="excerpt-texts">
        {showOther || mode.kind !== 'read' ? (
          <>
            <p class="text-label">{t('play:originalLabel')}</p>
            {french}
            <p class="text-label">{t('play:translationLabel')}</p>
            {english}
          </>
        ) : (
          english
        )}
      </div>
    );
  }
  return (
    <div class="excerpt-texts">
      {french}
      {(showOther || (language === 'en' && mode.kind !== 'read')) && (
        <>
          <p class="text-label">{t('play:translationLabel')}</p>
          {english}
        </>
      )}
    </div>
  );
}

/** Each word a toggle; one tab stop (the cursor), so Tab leaves the group in one step. */
function MarkableWords(props: { excerpt: Excerpt; marks: readonly number[]; cursor: number; t: Translate }) {
  const { excerpt, marks, cursor, t } = props;
  const { store } = useUi();
  const groupRef = useRef<HTMLSpanElement>(null);
  // The keyboard's cursor moved (arrows): the focus follows it, if the focus is among the words.
  useEffect(() => {
    const group = groupRef.current;
    if (!group?.contains(document.activeElement)) return;
    group.querySelector<HTMLButtonElement>(`[data-word="${cursor}"]`)?.focus();
  }, [cursor]);
  return (
    <span role="group" aria-label={t('play:markGroup')} ref={groupRef} class="word-group">
      {wordRuns(excerpt.text).map((run, i) =>
        'word' in run ? (
          <button
            type="button"
            class="word"
            key={i}
            data-word={run.word.index}
            aria-pressed={marks.includes(run.word.index)}
            tabIndex={run.word.index === cursor ? 0 : -1}
            onClick={(event) => {
              // Space and Enter are the keymap's (mark, confirm), and a double click is one mark, not two.
              if (event.detail !== 1) return;
              store.dispatch({ type: 'toggle-mark', index: run.word.index });
            }}
          >
            {run.word.text}
          </button>
        ) : (
          <span key={i}>{run.between}</span>
        ),
      )}
    </span>
  );
}

/** The key's clue words highlighted; the player's marks outlined, whether they hit a clue or not. */
function RevealedWords(props: { excerpt: Excerpt; marks: readonly number[] }) {
  const { excerpt, marks } = props;
  const mine = new Set(marks);
  const clueWords = new Set(clueWordIndices(excerpt));
  if (mine.size === 0) {
    return (
      <>{clueSegments(excerpt).map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>
    );
  }
  return (
    <>
      {wordRuns(excerpt.text).map((run, i) => {
        if (!('word' in run)) return <span key={i}>{run.between}</span>;
        const text = mine.has(run.word.index) ? <span class="my-mark">{run.word.text}</span> : run.word.text;
        return clueWords.has(run.word.index) ? <mark key={i}>{text}</mark> : <span key={i}>{text}</span>;
      })}
    </>
  );
}
