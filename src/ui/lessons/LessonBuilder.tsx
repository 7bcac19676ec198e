import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/categories';
import { capitaliseFirst } from '../../core/content/prose';
import {
  categoryMix,
  cleanLessonName,
  type Difficulty,
  defaultLessonSpec,
  drawExcerpts,
  filterExcerpts,
  type LessonFilter,
  LESSON_ACCOMMODATIONS,
  type LessonSpec,
  MAX_TIMER_MINUTES,
} from '../../core/lessons';
import { CategoryIcon } from '../shared/CategoryIcon';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { formatDate } from '../shared/format';
import { useT } from '../shared/i18n';

/**
 * The lesson builder: filter by article, category and difficulty, draw a number of excerpts or
 * tick them one by one (each shown with its answer), order them, and choose how the lesson runs.
 */
export function LessonBuilder() {
  const state = useGameState();
  const { store } = useUi();
  const { content } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const editing = state.lessons.list.find((l) => l.id === state.lessons.editingId) ?? null;
  const [name, setName] = useState(editing?.name ?? t('lessons:defaultName', { date: formatDate(new Date().toISOString(), language, 'medium') }));
  const [spec, setSpec] = useState<LessonSpec>(editing?.spec ?? defaultLessonSpec([]));
  const [filter, setFilter] = useState<LessonFilter>({ articles: [], categories: [], difficulty: 'all' });
  const [count, setCount] = useState(10);
  const [draws, setDraws] = useState(0);
  const [tried, setTried] = useState(false);
  const available = filterExcerpts(content, filter);
  const byId = new Map(content.excerpts.map((e) => [e.id, e]));
  const patch = (p: Partial<LessonSpec>) => setSpec({ ...spec, ...p });
  const ids = spec.excerptIds;
  const mix = categoryMix(content, ids);
  const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length) return;
    const next = [...ids];
    const [item] = next.splice(from, 1) as [string];
    next.splice(to, 0, item);
    patch({ excerptIds: next });
  };

  function save(): void {
    setTried(true);
    if (ids.length === 0) return;
    store.dispatch({ type: 'save-lesson', id: editing?.id ?? null, name: cleanLessonName(name), spec });
  }

  return (
    <section class="screen lesson-builder" aria-labelledby="builder-title">
      <h1 id="builder-title" tabIndex={-1} ref={headingRef}>
        {t(editing ? 'lessons:builder.titleEdit' : 'lessons:builder.titleNew')}
      </h1>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div class="card">
          <label for="lesson-name">{t('lessons:builder.nameLabel')}</label>
          <input id="lesson-name" type="text" value={name} maxLength={60} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        </div>

        <fieldset class="card">
          <legend>{t('lessons:builder.chooseTitle')}</legend>
          <fieldset class="inline-choices">
            <legend>{t('lessons:builder.articles')}</legend>
            {content.articles.map(({ id, label }) => (
              <label key={id} class="check">
                <input
                  type="checkbox"
                  checked={filter.articles.includes(id)}
                  onChange={() => setFilter({ ...filter, articles: toggle(filter.articles, id) })}
                />
                <span>{capitaliseFirst(label[language])}</span>
              </label>
            ))}
          </fieldset>
          <fieldset class="inline-choices">
            <legend>{t('lessons:builder.categories')}</legend>
            {CATEGORIES.map((category: Category) => (
              <label key={category} class="check">
                <input
                  type="checkbox"
                  checked={filter.categories.includes(category)}
                  onChange={() => setFilter({ ...filter, categories: toggle(filter.categories, category) })}
                />
                <span>
                  <CategoryIcon category={category} /> {t(`common:category.${category}`)}
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset class="inline-choices">
            <legend>{t('lessons:builder.difficulty')}</legend>
            {(['all', 'clear', 'tricky'] as const).map((d: 'all' | Difficulty) => (
              <label key={d} class="radio">
                <input type="radio" name="difficulty" checked={filter.difficulty === d} onChange={() => setFilter({ ...filter, difficulty: d })} />
                <span>
                  {t(
                    d === 'all'
                      ? 'lessons:builder.difficultyAll'
                      : d === 'clear'
                        ? 'lessons:builder.difficultyClear'
                        : 'lessons:builder.difficultyTricky',
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <p class="hint" role="status">
            {t('lessons:builder.available', { count: available.length })}
          </p>
          <div class="draw-row">
            <label for="draw-count">{t('lessons:builder.countLabel')}</label>
            <input
              id="draw-count"
              type="number"
              min={1}
              max={Math.max(1, available.length)}
              value={count}
              onInput={(e) => setCount(Math.max(1, Math.min(127, Number(e.currentTarget.value) || 1)))}
            />
            <button
              type="button"
              disabled={available.length === 0}
              onClick={() => {
                setDraws(draws + 1);
                patch({ excerptIds: drawExcerpts(content, filter, count, (draws + 1) * 2654435761 + available.length) });
              }}
            >
              {t('lessons:builder.draw')}
            </button>
          </div>
        </fieldset>

        <section class="card" aria-labelledby="chosen-title">
          <h2 id="chosen-title">{t('lessons:builder.chosenTitle')}</h2>
          <p role="status" data-testid="chosen-count">
            {ids.length === 0 ? t('lessons:builder.noneChosen') : t('lessons:builder.chosen', { count: ids.length })}
          </p>
          {ids.length > 0 && (
            <p class="hint">{t('lessons:builder.mix', { mix: CATEGORIES.map((c) => `${t(`common:categoryShort.${c}`)} ${mix[c]}`).join(' · ') })}</p>
          )}
          <ol class="chosen-list">
            {ids.map((id, i) => {
              const excerpt = byId.get(id);
              return (
                <li key={id}>
                  <span class={`tag cat-${excerpt?.category ?? 'fact'}`}>{excerpt ? t(`common:categoryShort.${excerpt.category}`) : id}</span>{' '}
                  <span lang="fr" class="chosen-text">
                    {excerpt?.text}
                  </span>
                  <span class="chosen-actions">
                    <button
                      type="button"
                      class="small"
                      aria-label={t('lessons:builder.moveUp', { number: i + 1 })}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      class="small"
                      aria-label={t('lessons:builder.moveDown', { number: i + 1 })}
                      disabled={i === ids.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      class="small"
                      aria-label={t('lessons:builder.remove', { number: i + 1 })}
                      onClick={() => patch({ excerptIds: ids.filter((x) => x !== id) })}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </section>

        <fieldset class="card">
          <legend>{t('lessons:builder.settingsTitle')}</legend>
          <fieldset class="inline-choices">
            <legend>{t('lessons:builder.order')}</legend>
            <label class="radio">
              <input type="radio" name="order" checked={spec.order === 'fixed'} onChange={() => patch({ order: 'fixed' })} />
              <span>{t('lessons:builder.orderFixed')}</span>
            </label>
            <label class="radio">
              <input type="radio" name="order" checked={spec.order === 'shuffled'} onChange={() => patch({ order: 'shuffled' })} />
              <span>{t('lessons:builder.orderShuffled')}</span>
            </label>
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={spec.clues} onChange={() => patch({ clues: !spec.clues })} />
            <span>{t('lessons:builder.clues')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={spec.confidence} onChange={() => patch({ confidence: !spec.confidence })} />
            <span>{t('lessons:builder.confidence')}</span>
          </label>
          <label class="check">
            <input type="checkbox" checked={spec.ranking} aria-describedby="ranking-hint" onChange={() => patch({ ranking: !spec.ranking })} />
            <span>{t('lessons:builder.ranking')}</span>
          </label>
          <p id="ranking-hint" class="hint">
            {t('lessons:builder.rankingHint')}
          </p>
          <label for="lesson-timer">{t('lessons:builder.timer')}</label>
          <input
            id="lesson-timer"
            type="number"
            min={0}
            max={MAX_TIMER_MINUTES}
            value={spec.timerMinutes}
            aria-describedby="timer-hint"
            onInput={(e) => patch({ timerMinutes: Math.max(0, Math.min(MAX_TIMER_MINUTES, Math.floor(Number(e.currentTarget.value) || 0))) })}
          />
          <p id="timer-hint" class="hint">
            {t('lessons:builder.timerHint')}
          </p>
          <fieldset aria-describedby="accommodations-hint">
            <legend>{t('lessons:builder.accommodationsTitle')}</legend>
            <p id="accommodations-hint" class="hint">
              {t('lessons:builder.accommodationsHint')}
            </p>
            {LESSON_ACCOMMODATIONS.map((key) => (
              <label key={key} class="check">
                <input
                  type="checkbox"
                  name={`lesson-${key}`}
                  checked={spec.accommodations[key]}
                  onChange={() => patch({ accommodations: { ...spec.accommodations, [key]: !spec.accommodations[key] } })}
                />
                <span>{t(`lessons:builder.${key}`)}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset class="card pick-list">
          <legend>{t('lessons:builder.pickTitle')}</legend>
          <p class="hint">{t('lessons:builder.pickHint')}</p>
          <ul>
            {available.map((excerpt) => (
              <li key={excerpt.id}>
                <label class="check pick">
                  <input
                    type="checkbox"
                    checked={ids.includes(excerpt.id)}
                    aria-label={t('lessons:builder.pickLabel', { id: excerpt.id, category: t(`common:category.${excerpt.category}`) })}
                    onChange={() => patch({ excerptIds: toggle(ids, excerpt.id) })}
                  />
                  <span class="pick-body">
                    <span class={`tag cat-${excerpt.category}`}>
                      <CategoryIcon category={excerpt.category} /> {t(`common:category.${excerpt.category}`)}
                    </span>{' '}
                    <span class="hint">
                      {excerpt.id} · {t(excerpt.difficulty === 'clear' ? 'lessons:builder.difficultyClear' : 'lessons:builder.difficultyTricky')}
                    </span>
                    <span class="pick-text" lang="fr">
                      {excerpt.text}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        {tried && ids.length === 0 && (
          <p class="field-error" role="alert">
            {t('lessons:builder.needsExcerpts')}
          </p>
        )}
        <div class="actions sticky-actions">
          <button type="submit" class="primary big">
            {t('lessons:builder.save')}
          </button>
          <button
            type="button"
            onClick={() => store.dispatch(editing ? { type: 'open-lesson', id: editing.id } : { type: 'navigate', screen: 'lessons' })}
          >
            {t('lessons:builder.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
