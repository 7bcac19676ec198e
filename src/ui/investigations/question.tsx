/**
 * How the screens say an investigation's synthesis question: its wording, each choice (a relation,
 * or a passage named by its number and article), and the key's answer explained from the content.
 * Shared by the solo investigation, the class round on the projector and the printed sheets.
 */
import { capitaliseFirst, excerptReading } from '../../core/content/prose';
import type { ContentBundle, Excerpt } from '../../core/content/schema';
import { flawLine, type SynthesisAnswer, type SynthesisQuestion } from '../../core/investigations';
import type { Language } from '../../core/progress/records';
import type { Translate } from '../shared/i18n';

export function questionText(question: SynthesisQuestion, t: Translate): string {
  switch (question.kind) {
    case 'relation':
      return t('investigations:question');
    case 'flaw':
      return t('synthesis:question.flaw');
    case 'figures':
      return t(question.oddIsEstimate ? 'synthesis:question.figuresEstimate' : 'synthesis:question.figuresNotEstimate');
  }
}

function passageName(
  excerptId: string,
  content: ContentBundle,
  language: Language,
): { excerpt: Excerpt | undefined; article: string; inSentence: string } {
  const excerpt = content.excerpts.find((e) => e.id === excerptId);
  const article = content.articles.find((a) => a.id === excerpt?.article);
  const label = article ? article.label[language] : (excerpt?.article ?? excerptId);
  // "Passage 2: The op-ed…" starts a label; "…, in the op-ed." is mid-sentence.
  return { excerpt, article: capitaliseFirst(label), inSentence: label };
}

/** A choice as offered: a relation answer, or "Passage 2: the op-ed…" (with its figure on a figures question). */
export function choiceLabel(question: SynthesisQuestion, choice: string, content: ContentBundle, language: Language, t: Translate): string {
  if (question.kind === 'relation') return t(`investigations:answer.${choice as SynthesisAnswer}`);
  const index = question.choices.indexOf(choice) + 1;
  const { excerpt, article } = passageName(choice, content, language);
  if (question.kind === 'figures' && excerpt?.figure) return t('synthesis:choicePassageFigure', { index, article, figure: excerpt.figure[language] });
  return t('synthesis:choicePassage', { index, article });
}

/** "The key: …" and why, from the key: the relation's meaning, the flagged line, or each figure's category. */
export function QuestionKey(props: { question: SynthesisQuestion; content: ContentBundle; language: Language; t: Translate }) {
  const { question, content, language, t } = props;
  if (question.kind === 'relation') {
    return (
      <>
        <p data-testid="synthesis-key">
          <strong>{t('investigations:keyIs', { answer: t(`investigations:answer.${question.answer as SynthesisAnswer}`) })}</strong>
        </p>
        <p>{t(`investigations:why.${question.answer as SynthesisAnswer}`)}</p>
      </>
    );
  }
  const index = question.choices.indexOf(question.answer) + 1;
  const { excerpt, inSentence } = passageName(question.answer, content, language);
  const heading = (
    <p data-testid="synthesis-key">
      <strong>{t('synthesis:keyPassage', { index, article: inSentence })}</strong>
    </p>
  );
  if (!excerpt) return heading;
  if (question.kind === 'flaw') {
    const line = flawLine(excerptReading(excerpt, content.articles, language).short);
    return (
      <>
        {heading}
        {line && (
          <p>
            {t('synthesis:flawWhy')} <span class="flaw-line">{line}</span>
          </p>
        )}
        <p>{t('synthesis:flawOthers')}</p>
      </>
    );
  }
  const category = (e: Excerpt) => t(`common:category.${e.category}`);
  return (
    <>
      {heading}
      <p>{question.oddIsEstimate ? t('synthesis:figuresWhyEstimate') : t('synthesis:figuresWhyNotEstimate', { category: category(excerpt) })}</p>
      <h4 class="figures-list-title">{t('synthesis:figuresListTitle')}</h4>
      <ul class="figures-list">
        {question.choices.map((id) => {
          const passage = passageName(id, content, language);
          const figure = passage.excerpt?.figure?.[language];
          return passage.excerpt && figure ? (
            <li key={id} class={id === question.answer ? 'is-answer' : undefined}>
              {t('synthesis:figuresRow', { article: passage.article, figure, category: category(passage.excerpt) })}
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
