import { investigationsOf } from '../../core/investigations';
import { unlockedInvestigations } from '../../core/game/investigations';
import { capitaliseFirst } from '../../core/content/prose';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { useT } from '../shared/i18n';
import { articleList, investigationTitle } from './labels';

/** The list of investigations: open ones to start, go on with or play again; locked ones say which dossier opens them. */
export function Investigations() {
  const state = useGameState();
  const { store, index } = useUi();
  const { content } = useContent();
  const t = useT();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const language = state.settings.language;
  const open = unlockedInvestigations(state, content);
  const record = state.profile.investigations;
  const list = investigationsOf(content);

  return (
    <section class="screen investigations" aria-labelledby="investigations-title">
      <h1 id="investigations-title" tabIndex={-1} ref={headingRef}>
        {t('investigations:listTitle')}
      </h1>
      <p>{t('investigations:listIntro')}</p>
      <ul class="investigation-list">
        {list.map((investigation) => {
          const title = investigationTitle(investigation, { articles: content.articles, topics: index.topics }, language, t);
          const unlocked = open.has(investigation.id);
          const current = record?.current?.id === investigation.id;
          const result = record?.results[investigation.id];
          const headingId = `inv-${investigation.id.replace(/[^a-z0-9-]/gi, '_')}`;
          return (
            <li key={investigation.id} class={`card investigation-item${unlocked ? '' : ' is-locked'}`} aria-labelledby={headingId}>
              <h2 id={headingId}>
                {!unlocked && <LockIcon />}
                {title}
              </h2>
              <p class="hint">
                {/* A face-to-face's title already names its articles. */}
                {investigation.kind === 'topic' &&
                  `${t('investigations:articlesLine', { articles: capitaliseFirst(articleList(investigation.articles, content, language, t, 'and')) })} · `}
                {t('investigations:passagesCount', { count: investigation.excerptIds.length })}
              </p>
              {!unlocked && (
                <p class="locked-line" data-testid="investigation-locked">
                  {t('investigations:locked', { articles: articleList(investigation.articles, content, language, t, 'or', 'de') })}
                </p>
              )}
              {result && (
                <p class="result-line" data-testid="investigation-result">
                  {t('investigations:resultLine', {
                    right: result.passagesRight,
                    count: result.passages,
                    verdict: t(result.synthesisRight ? 'investigations:verdictRight' : 'investigations:verdictWrong'),
                  })}
                </p>
              )}
              {unlocked && (
                <div class="actions">
                  {current && <span class="tag in-progress">{t('investigations:inProgress')}</span>}
                  <button
                    type="button"
                    class={current || !result ? 'primary' : undefined}
                    aria-describedby={headingId}
                    onClick={() => store.dispatch({ type: 'open-investigation', id: investigation.id })}
                  >
                    {t(current ? 'investigations:continue' : result ? 'investigations:replay' : 'investigations:start')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p class="hint">{t('investigations:howToUnlock')}</p>
      <div class="actions">
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'menu' })}>
          {t('investigations:backToMenu')}
        </button>
      </div>
    </section>
  );
}

/** A padlock: locked is said in words too. */
function LockIcon() {
  return (
    <svg class="icon lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 11V8a5 5 0 0 1 10 0v3" />
      <path d="M5 11h14v10H5z" />
    </svg>
  );
}
