import { describe, expect, it } from 'vitest';
import { findClue, findInArticle } from '../../../../src/core/content/locate';
import { articleSegments, excerptMarks, type BlockRun, type BlockView } from '../../../../src/core/content/segments';
import type { Excerpt } from '../../../../src/core/content/schema';
import { checkContentFiles } from '../../../../scripts/lib/read-content';
import { fixtureArticle } from '../../fixtures';

const article = fixtureArticle(
  '003',
  [
    'Kim salue des « héros ». Près de 600 soldats seraient morts. Le traité date de juin 2024.',
    { kind: 'heading', text: 'Un « héros » de plus' },
    'Rien à signaler ici.',
  ],
  'Pyongyang et Moscou',
);

function excerpt(id: string, text: string, clues: string[], extra: Partial<Excerpt> = {}): Excerpt {
  const position = findInArticle(article, text)[0];
  if (!position) throw new Error(`fixture: «${text}» is not in the article`);
  return {
    id,
    article: '003',
    text,
    position,
    category: 'fact',
    difficulty: 'clear',
    short: { fr: 'Court.', en: 'Short.' },
    translation: { en: 'Translation.' },
    explanation: { fr: { why: 'Pourquoi.', others: 'Autres.' }, en: { why: 'Why.', others: 'Others.' } },
    clues: clues.map((clue) => ({ text: clue, at: findClue(text, clue)[0] ?? 0 })),
    related: [],
    ...extra,
  };
}

const hero = excerpt('003-01', 'Kim salue des « héros ».', ['« héros »'], { category: 'propaganda' });
const losses = excerpt('003-02', 'Près de 600 soldats seraient morts.', ['Près de', 'seraient'], { category: 'estimate' });
const pact = excerpt('003-03', 'Le traité date de juin 2024.', ['juin 2024']);
const heading = excerpt('003-04', 'Un « héros » de plus', ['de plus'], { category: 'opinion' });
const ALL = [pact, heading, hero, losses]; // not in reading order on purpose

const everything = { mark: () => true };
const textOf = (runs: BlockRun[]) => runs.map((run) => (run.type === 'text' ? run.text : run.excerpt.text)).join('');
const shape = (view: BlockView) =>
  view.runs.map((run) =>
    run.type === 'text' ? run.text : `[${run.excerpt.id}:${run.parts.map((p) => (p.marked ? `<${p.text}>` : p.text)).join('')}]`,
  );

describe('articleSegments', () => {
  it('cuts each block into plain text and marked excerpts, in reading order, losing no character', () => {
    const views = articleSegments(article, ALL, everything);
    expect(views.map((view) => view.index)).toEqual([0, 1, 2, 3]);
    expect(shape(views[1]!)).toEqual([
      '[003-01:Kim salue des « héros ».]',
      ' ',
      '[003-02:Près de 600 soldats seraient morts.]',
      ' ',
      '[003-03:Le traité date de juin 2024.]',
    ]);
    expect(views[1]!.excerptIds).toEqual(['003-01', '003-02', '003-03']);
    expect(shape(views[2]!)).toEqual(['[003-04:Un « héros » de plus]']);
    expect(shape(views[3]!)).toEqual(['Rien à signaler ici.']);
    views.forEach((view, i) => {
      expect(textOf(view.runs)).toBe(article.blocks[i]!.text);
    });
  });

  it('marks only the excerpts chosen, and ignores excerpts of other articles', () => {
    const elsewhere = { ...pact, id: '004-01', article: '004' as const };
    const views = articleSegments(article, [...ALL, elsewhere], { mark: (e) => e.id === '003-02' || e.id === '004-01' });
    expect(shape(views[1]!)).toEqual(['Kim salue des « héros ». ', '[003-02:Près de 600 soldats seraient morts.]', ' Le traité date de juin 2024.']);
    expect(views.flatMap((view) => view.excerptIds)).toEqual(['003-02']);
  });

  it('shows clue words inside an excerpt only where asked', () => {
    const views = articleSegments(article, ALL, { mark: () => true, showClues: (e) => e.id === '003-02' });
    expect(shape(views[1]!)).toEqual([
      '[003-01:Kim salue des « héros ».]',
      ' ',
      '[003-02:<Près de> 600 soldats <seraient> morts.]',
      ' ',
      '[003-03:Le traité date de juin 2024.]',
    ]);
  });

  it('finds an excerpt by its text when its recorded position is stale', () => {
    const moved = { ...losses, position: { block: 3, offset: 2 } };
    expect(shape(articleSegments(article, [moved], everything)[1]!)).toEqual([
      'Kim salue des « héros ». ',
      '[003-02:Près de 600 soldats seraient morts.]',
      ' Le traité date de juin 2024.',
    ]);
  });

  it('leaves unmarked an excerpt found nowhere, or one overlapping an earlier excerpt, and keeps the text whole', () => {
    const missing = { ...losses, id: '003-09', text: 'Une phrase absente.' };
    const overlapping = excerpt('003-08', '« héros ». Près de 600', ['Près de']);
    const views = articleSegments(article, [missing, hero, overlapping, losses], everything);
    expect(views[1]!.excerptIds).toEqual(['003-01', '003-02']);
    expect(textOf(views[1]!.runs)).toBe(article.blocks[1]!.text);
  });
});

describe('excerptMarks', () => {
  const rule = { answered: new Set(['003-02']), showAllAnswers: false, focusExcerptId: null };

  it('marks answered excerpts with their category and leaves the others out', () => {
    expect([...excerptMarks(ALL, rule)]).toEqual([['003-02', { category: 'estimate', focus: false }]]);
  });

  it('highlights the focused passage, telling its category only once it is answered', () => {
    const unanswered = excerptMarks(ALL, { ...rule, focusExcerptId: '003-01' });
    expect(unanswered.get('003-01')).toEqual({ category: null, focus: true });
    const answered = excerptMarks(ALL, { ...rule, focusExcerptId: '003-02' });
    expect(answered.get('003-02')).toEqual({ category: 'estimate', focus: true });
    expect(answered.size).toBe(1);
  });

  it('shows every answer with the teacher switch on', () => {
    const marks = excerptMarks(ALL, { ...rule, showAllAnswers: true });
    expect(Object.fromEntries([...marks].map(([id, mark]) => [id, mark.category]))).toEqual({
      '003-01': 'propaganda',
      '003-02': 'estimate',
      '003-03': 'fact',
      '003-04': 'opinion',
    });
  });
});

function markedOffsets(parts: { text: string; marked: boolean }[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.marked) for (let i = 0; i < part.text.length; i++) offsets.push(at + i);
    at += part.text.length;
  }
  return offsets;
}

function clueOffsets(excerpt: Excerpt): number[] {
  const offsets = new Set<number>();
  for (const clue of excerpt.clues) for (let i = 0; i < clue.text.length; i++) offsets.add(clue.at + i);
  return [...offsets].sort((a, b) => a - b);
}

describe('the shipped articles', () => {
  const { bundle } = checkContentFiles();

  it('have every excerpt marked at its place, with its clue words inside it', () => {
    expect(bundle).not.toBeNull();
    for (const source of bundle!.articles) {
      const own = bundle!.excerpts.filter((e) => e.article === source.id);
      const views = articleSegments(source, own, { mark: () => true, showClues: () => true });
      expect(views.flatMap((view) => view.excerptIds).sort(), `excerpts of ${source.id}`).toEqual(own.map((e) => e.id).sort());
      for (const view of views) {
        expect(textOf(view.runs), `block ${view.index} of ${source.id}`).toBe(source.blocks[view.index]!.text);
        for (const run of view.runs) {
          if (run.type !== 'excerpt') continue;
          expect(view.index, run.excerpt.id).toBe(run.excerpt.position.block);
          // The marked characters are exactly those of the clue spans (touching clues merge into one part).
          expect(markedOffsets(run.parts), run.excerpt.id).toEqual(clueOffsets(run.excerpt));
        }
      }
    }
  });
});
