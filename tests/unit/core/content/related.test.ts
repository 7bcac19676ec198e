import { describe, expect, it } from 'vitest';
import { findClue, findInArticle } from '../../../../src/core/content/locate';
import { excerptsOfArticle, otherArticlesView } from '../../../../src/core/content/related';
import type { ContentBundle, Excerpt } from '../../../../src/core/content/schema';
import { validateContent } from '../../../../src/core/content/validate';
import { fixtureArticle } from '../../fixtures';

const ARTICLES = [
  fixtureArticle('000', ['Environ 11 000 soldats seraient engagés. Kim salue ses « héros ».']),
  fixtureArticle('001', ['Entre 11 000 et 30 000 soldats auraient été envoyés.']),
  fixtureArticle('002', ['Le traité a été signé en juin. Près de 10 000 soldats sont arrivés.']),
  fixtureArticle('003', ['Kim a salué ses soldats « héroïques ». Des milliers de soldats seraient là.']),
  fixtureArticle('004', ['Rien sur ce sujet.']),
];

function excerpt(id: string, text: string, extra: Partial<Excerpt> = {}): Excerpt {
  const source = ARTICLES.find((a) => id.startsWith(a.id));
  const position = source && findInArticle(source, text)[0];
  if (!source || !position) throw new Error(`fixture: «${text}» not in the article of ${id}`);
  const clue = text.split(' ')[0] ?? text;
  return {
    id,
    article: source.id,
    text,
    position,
    category: 'estimate',
    difficulty: 'clear',
    short: { fr: 'Court.', en: 'Short.' },
    translation: { en: 'Translation.' },
    explanation: { fr: { why: 'Pourquoi.', others: 'Les autres.' }, en: { why: 'Why.', others: 'Others.' } },
    clues: [{ text: clue, at: findClue(text, clue)[0] ?? 0 }],
    related: [],
    ...extra,
  };
}

const EXCERPTS: Excerpt[] = [
  excerpt('000-01', 'Environ 11 000 soldats seraient engagés.', {
    topic: 'troops',
    figure: { fr: 'environ 11 000', en: 'about 11,000' },
    related: [{ id: '001-01', relation: 'differs' }],
  }),
  excerpt('000-02', 'Kim salue ses « héros ».', { category: 'propaganda', related: [{ id: '003-01', relation: 'same-event' }] }),
  // Links back to 000-01 too, with the same relation (the check requires it): the view must not list it twice.
  excerpt('001-01', 'Entre 11 000 et 30 000 soldats auraient été envoyés.', {
    topic: 'troops',
    figure: { fr: '11 000 à 30 000', en: '11,000 to 30,000' },
    related: [{ id: '000-01', relation: 'differs' }],
  }),
  // Links to 000-01 only from this side.
  excerpt('002-01', 'Près de 10 000 soldats sont arrivés.', {
    topic: 'troops',
    figure: { fr: 'près de 10 000', en: 'nearly 10,000' },
    related: [{ id: '000-01', relation: 'agrees' }],
  }),
  excerpt('002-02', 'Le traité a été signé en juin.', { category: 'fact' }),
  excerpt('003-01', 'Kim a salué ses soldats « héroïques ».', { category: 'propaganda' }),
  // Same topic without a figure: 003 is not silent, but has no row in the figures.
  excerpt('003-02', 'Des milliers de soldats seraient là.', { topic: 'troops' }),
];

/** Built through the content check, so the fixture is known to be valid content. */
function validBundle(): ContentBundle {
  const { bundle, problems } = validateContent(
    {
      articles: ARTICLES.map((data) => ({ file: `articles/${data.id}.json`, data })),
      excerptFiles: ['000', '001', '002', '003'].map((id) => ({
        file: `excerpts/${id}.json`,
        data: EXCERPTS.filter((e) => e.article === id),
      })),
    },
    { minimums: false },
  );
  expect(problems).toEqual([]);
  if (!bundle) throw new Error('fixture bundle is invalid');
  return bundle;
}

const ids = (items: { excerpt: Excerpt }[]) => items.map((item) => item.excerpt.id);

describe('otherArticlesView', () => {
  it('lists related passages from both directions, own links first, each once', () => {
    const view = otherArticlesView(validBundle(), '000-01');
    expect(view.related.map((r) => [r.excerpt.id, r.article.id, r.relation])).toEqual([
      ['001-01', '001', 'differs'],
      ['002-01', '002', 'agrees'],
    ]);
  });

  it('shows a link made only on the other excerpt', () => {
    const view = otherArticlesView(validBundle(), '003-01');
    expect(view.related.map((r) => [r.excerpt.id, r.relation])).toEqual([['000-02', 'same-event']]);
    expect(view.related[0]?.article.title).toBe('Titre 000');
  });

  it('puts the figures of the same topic side by side, by article, the excerpt itself included', () => {
    const bundle = validBundle();
    // Input order must not matter.
    const view = otherArticlesView({ ...bundle, excerpts: [...bundle.excerpts].reverse() }, '001-01');
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]?.topic).toBe('troops');
    expect(ids(view.figures[0]?.rows ?? [])).toEqual(['000-01', '001-01', '002-01']);
    expect(view.figures[0]?.rows.map((row) => [row.article.id, row.figure.en])).toEqual([
      ['000', 'about 11,000'],
      ['001', '11,000 to 30,000'],
      ['002', 'nearly 10,000'],
    ]);
  });

  it('has no figures for an excerpt without a topic', () => {
    expect(otherArticlesView(validBundle(), '000-02').figures).toEqual([]);
  });

  it('lists nothing for an excerpt nobody links to', () => {
    expect(otherArticlesView(validBundle(), '002-02').related).toEqual([]);
  });

  it('refuses an unknown excerpt id', () => {
    expect(() => otherArticlesView(validBundle(), '009-99')).toThrow('no excerpt 009-99');
  });
});

describe('excerptsOfArticle', () => {
  it('gives the excerpts of one article in reading order, not id order', () => {
    const bundle = validBundle();
    expect(excerptsOfArticle(bundle, '002').map((e) => e.id)).toEqual(['002-02', '002-01']);
    expect(excerptsOfArticle(bundle, '004')).toEqual([]);
  });
});
