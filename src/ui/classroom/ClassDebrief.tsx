import { capitaliseFirst, excerptReading } from '../../core/content/prose';
import { otherArticlesView } from '../../core/content/related';
import { classInvestigation, voteOutcomes } from '../../core/investigations/class-play';
import type { RoundState } from '../../core/round';
import { CategoryIcon } from '../shared/CategoryIcon';
import { useContent, useGameState } from '../shared/context';
import { FiguresTable } from '../shared/FiguresTable';
import { useT } from '../shared/i18n';
import { SeeInArticle } from '../shared/SeeInArticle';
import { QuestionKey } from '../investigations/question';

/**
 * The debrief of an investigation a class played, on its results: the question's answer from the
 * key, the figures side by side, and each passage with its category, its explanation and its place
 * in its article (the board, from the results' buttons, shows the strings between them).
 */
export function ClassDebrief(props: { round: RoundState }) {
  const { round } = props;
  const state = useGameState();
  const { content, excerptById, articleById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const played = round.investigation;
  if (!played) return null;
  const outcomes = voteOutcomes(round);
  const investigation = classInvestigation(content, played.id);
  const [first] = round.excerptIds;
  const figures = first && investigation?.kind === 'topic' ? otherArticlesView(content, first).figures : [];
  return (
    <section class="card class-debrief" aria-labelledby="class-debrief-title" data-testid="class-debrief">
      <h2 id="class-debrief-title">{t('synthesis:class.debriefTitle')}</h2>
      <p>{t('synthesis:class.debriefIntro')}</p>
      {outcomes.length > 0 ? (
        <>
          <p>{t('synthesis:class.voteLine', { count: outcomes.filter((o) => o.right).length, total: round.players.length })}</p>
          {/* The key's own sub-heading is an h4, as under the question's answer (h3). */}
          <h3>{t('synthesis:class.answerTitle')}</h3>
          <QuestionKey question={played.question} content={content} language={language} t={t} />
        </>
      ) : (
        <p>{t('synthesis:class.questionNotRevealed')}</p>
      )}
      {figures.map((topic) => (
        <FiguresTable key={topic.topic} topic={topic} rowLabel={(row) => capitaliseFirst(row.article.label[language])} />
      ))}
      <ol class="passage-grid">
        {round.turns.map((turn, index) => {
          const excerpt = excerptById.get(turn.excerptId);
          if (!excerpt) return null;
          const article = articleById.get(excerpt.article);
          return (
            <li key={turn.excerptId} class="card passage" data-testid="debrief-passage">
              <h3 class="card-kicker">
                {t('synthesis:class.passageOf', {
                  index: index + 1,
                  total: round.excerptIds.length,
                  article: capitaliseFirst(article ? article.label[language] : excerpt.article),
                })}
              </h3>
              <blockquote class="excerpt-text" lang="fr">
                {excerpt.text}
              </blockquote>
              <p>
                <strong class={`tag cat-${turn.expected}`}>
                  <CategoryIcon category={turn.expected} /> {t('play:theAnswer', { category: t(`common:category.${turn.expected}`) })}
                </strong>
              </p>
              <p class="short-explanation">{excerptReading(excerpt, articleById, language).short}</p>
              <SeeInArticle excerpt={excerpt} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
