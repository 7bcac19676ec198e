/** Small builders the unit tests share, so each test file states only what matters to it. */
import type { Category } from '../../src/core/categories';
import type { Article, ArticleId, Block } from '../../src/core/content/schema';
import { reduceGame, type GameAction, type GameEffect, type GameState } from '../../src/core/game';
import type { AnswerRecord } from '../../src/core/progress/records';

/** A tiny article: a title block, then the given blocks (a string is a paragraph). */
export function fixtureArticle(id: ArticleId, body: Array<string | Block>, title = `Titre ${id}`): Article {
  return {
    id,
    stem: `${id}_0123456789abcdef`,
    title,
    label: { fr: `l’article ${'ABCDE'.charAt(Number(id))}`, en: `article ${'ABCDE'.charAt(Number(id))}` },
    publication: null,
    author: null,
    date: null,
    dateNote: { fr: 'Sans date.', en: 'No date.' },
    kind: 'news-report',
    kindNote: { fr: 'Dépêche.', en: 'News report.' },
    omitted: { fr: 'Rien.', en: 'Nothing.' },
    blocks: [{ kind: 'title', text: title }, ...body.map((b) => (typeof b === 'string' ? { kind: 'paragraph' as const, text: b } : b))],
  };
}

let answerSequence = 0;
/** One stored answer; each call gets its own excerpt id and a later time. */
export function answerRecord(expected: Category, answered: Category, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  answerSequence += 1;
  return {
    excerptId: `000-${String(answerSequence % 100).padStart(2, '0')}`,
    articleId: '000',
    expected,
    answered,
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, answerSequence)).toISOString(),
    ...extra,
  };
}

/** Runs actions through the game reducer, collecting every effect. */
export function runGame(state: GameState, ...actions: GameAction[]): { state: GameState; effects: GameEffect[] } {
  const effects: GameEffect[] = [];
  for (const action of actions) {
    const step = reduceGame(state, action);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}
