import { describe, expect, it } from 'vitest';
import { exportAnswerKey } from '../../../../src/core/content/export';
import { findClue, findInArticle } from '../../../../src/core/content/locate';
import type { Article, ArticleId, Excerpt } from '../../../../src/core/content/schema';
import { articleName, indexOf } from '../../../../src/core/content/content-index';
import { contentStats, validateContent, type ContentInput, type ContentProblem } from '../../../../src/core/content/validate';
import { categoryNames, checkContentFiles } from '../../../../scripts/lib/read-content';
import { fixtureArticle } from '../../fixtures';

// Five tiny articles: 000 and 001 have passages, the others are filler so no "missing article" noise.
const A000 = fixtureArticle('000', [
  'Kim Jong Un salue ses troupes « héroïques ». Environ 11 000 soldats seraient engagés.',
  'C’est un volcan prêt à exploser.',
]);
const A001 = fixtureArticle('001', ['Entre 11 000 et 30 000 soldats auraient été envoyés. Le traité a été signé le 19 juin 2024.']);
const ARTICLES = [A000, A001, fixtureArticle('002', ['Rien ici.']), fixtureArticle('003', ['Rien ici.']), fixtureArticle('004', ['Rien ici.'])];

/** A valid excerpt whose position and clue offsets are found in the article, so fixtures cannot drift. */
function excerpt(source: Article, id: string, text: string, clues: string[], extra: Partial<Excerpt> = {}): Excerpt {
  const position = findInArticle(source, text)[0];
  if (!position) throw new Error(`fixture: «${text}» is not in article ${source.id}`);
  return {
    id,
    article: source.id,
    text,
    position,
    category: 'fact',
    difficulty: 'clear',
    short: { fr: 'Court.', en: 'Short.' },
    translation: { en: 'English translation.' },
    explanation: {
      fr: { why: 'Pourquoi.', others: 'Les autres articles.' },
      en: { why: 'Why.', others: 'The other articles.' },
    },
    clues: clues.map((clue) => {
      const at = findClue(text, clue)[0];
      if (at === undefined) throw new Error(`fixture: clue «${clue}» is not in «${text}»`);
      return { text: clue, at };
    }),
    related: [],
    ...extra,
  };
}

const kim = excerpt(A000, '000-01', 'Kim Jong Un salue ses troupes « héroïques ».', ['« héroïques »'], { category: 'propaganda' });
const about11000 = excerpt(A000, '000-02', 'Environ 11 000 soldats seraient engagés.', ['Environ', 'seraient'], {
  category: 'estimate',
  topic: 'troops',
  figure: { fr: 'environ 11 000', en: 'about 11,000' },
  related: [{ id: '001-01', relation: 'differs' }],
});
const volcano = excerpt(A000, '000-03', 'C’est un volcan prêt à exploser.', ['volcan'], {
  category: 'opinion',
  context: { fr: 'Il s’agit de la péninsule coréenne.', en: 'This is about the Korean peninsula.' },
  difficulty: 'tricky',
  tempting: { category: 'fact', why: { fr: 'Le ton est affirmatif.', en: 'The tone is assertive.' } },
  explanation: {
    fr: { why: 'Une métaphore.', others: 'Aucun autre article.', caveat: 'Invérifiable.' },
    en: { why: 'A metaphor.', others: 'No other article.', caveat: 'Unverifiable.' },
  },
});
const range = excerpt(A001, '001-01', 'Entre 11 000 et 30 000 soldats auraient été envoyés.', ['Entre', 'auraient'], {
  category: 'estimate',
  topic: 'troops',
  figure: { fr: '11 000 à 30 000', en: '11,000 to 30,000' },
});
const treaty = excerpt(A001, '001-02', 'Le traité a été signé le 19 juin 2024.', ['19 juin 2024']);

const E000 = 'assets/content/excerpts/000.json';
const E001 = 'assets/content/excerpts/001.json';

function input(excerptFiles: Record<string, unknown>, articles: unknown[] = ARTICLES): ContentInput {
  return {
    articles: articles.map((data, index) => ({
      file: `assets/content/articles/${(data as Partial<Article>).id ?? `00${index}`}.json`,
      data,
    })),
    excerptFiles: Object.entries(excerptFiles).map(([stem, data]) => ({ file: `assets/content/excerpts/${stem}.json`, data })),
  };
}

const validFiles = () => ({ '000': [kim, about11000, volcano], '001': [range, treaty] });

/** Problems with the minimum counts off: fixtures are small on purpose. */
function problemsOf(excerptFiles: Record<string, unknown>, articles?: unknown[]): ContentProblem[] {
  return validateContent(input(excerptFiles, articles), { minimums: false }).problems;
}

/** Deep copy with a change, for fixtures that break one thing. */
function changed(base: Excerpt, change: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(base) as Record<string, any>;
  change(copy);
  return copy;
}

describe('validateContent: valid content', () => {
  it('yields a bundle, articles by id and excerpts by article then id, with no problems', () => {
    const { bundle, problems } = validateContent(input({ '001': [treaty, range], '000': [volcano, kim, about11000] }), {
      minimums: false,
    });
    expect(problems).toEqual([]);
    expect(bundle?.articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(bundle?.excerpts.map((e) => e.id)).toEqual(['000-01', '000-02', '000-03', '001-01', '001-02']);
  });

  it('returns no bundle as soon as there is one problem', () => {
    const misplacedClue = { ...treaty, clues: [{ text: '19 juin 2024', at: 1 }] };
    const { bundle, problems } = validateContent(input({ ...validFiles(), '001': [range, misplacedClue] }), { minimums: false });
    expect(problems).toEqual([{ file: E001, id: '001-02', message: 'clue «19 juin 2024» is not at 1 in the text (found at 25)' }]);
    expect(bundle).toBeNull();
  });
});

describe('validateContent: schema problems', () => {
  it('reports a schema error with the file, the excerpt id and the field', () => {
    expect(problemsOf({ ...validFiles(), '001': [range, { ...treaty, clues: [] }] })).toEqual([
      { file: E001, id: '001-02', message: 'clues: needs at least one clue' },
    ]);
  });

  it('says plainly which language is missing', () => {
    const noEnglish = changed(treaty, (e) => delete e.explanation.en);
    const noFrenchWhy = changed(volcano, (e) => delete e.explanation.fr.why);
    const noTranslation = changed(kim, (e) => delete e.translation.en);
    const noFrenchFigure = changed(range, (e) => delete e.figure.fr);
    expect(problemsOf({ '000': [noTranslation, about11000, noFrenchWhy], '001': [noFrenchFigure, noEnglish] })).toEqual([
      { file: E000, id: '000-01', message: 'translation.en: the English version is missing' },
      // With 001-01 invalid, 000-02 is left alone on its topic.
      { file: E000, id: '000-02', message: 'topic "troops" is used by this excerpt only: a side-by-side needs at least two' },
      { file: E000, id: '000-03', message: 'explanation.fr.why: required field is missing' },
      { file: E001, id: '001-01', message: 'figure.fr: the French version is missing' },
      { file: E001, id: '001-02', message: 'explanation.en: the English version is missing' },
    ]);
  });

  it('names an unknown (misspelt) field', () => {
    expect(problemsOf({ ...validFiles(), '001': [range, { ...treaty, relatd: [] }] })).toEqual([
      { file: E001, id: '001-02', message: 'relatd: unknown field "relatd" (misspelt, or not in the schema)' },
    ]);
  });

  it('counts excerpts without an id by their place in the file', () => {
    const { id: _, ...noId } = treaty;
    expect(problemsOf({ ...validFiles(), '001': [range, noId] })).toEqual([
      { file: E001, message: 'excerpt #2 (no id): id: required field is missing' },
    ]);
  });

  it('reports an excerpt file that is not an array, and a file name that is not an article id', () => {
    expect(problemsOf({ ...validFiles(), '003': { id: '003-01' }, notes: [] })).toEqual([
      { file: 'assets/content/excerpts/003.json', message: 'must hold a JSON array of excerpts' },
      { file: 'assets/content/excerpts/notes.json', message: 'file name must be an article id (three digits, e.g. 005) followed by .json' },
    ]);
  });

  it('reports schema errors in an article', () => {
    const broken = { ...A001, blocks: [] };
    expect(problemsOf({ '000': [kim, volcano] }, [A000, broken, ...ARTICLES.slice(2)])).toEqual([
      { file: 'assets/content/articles/001.json', message: 'blocks: Invalid length: Expected >=1 but received 0' },
    ]);
  });
});

describe('validateContent: articles', () => {
  it('reports an article whose id does not match its file name', () => {
    const misnamed = { file: 'assets/content/articles/003.json', data: { ...ARTICLES[3], id: '004' } };
    const content = input(validFiles());
    content.articles[3] = misnamed;
    expect(validateContent(content, { minimums: false }).problems).toEqual([
      { file: 'assets/content/articles/003.json', message: 'id "004" does not match the file name 003.json' },
    ]);
  });

  it('reports excerpts whose article has no file, and a content with no article at all', () => {
    expect(
      problemsOf(
        { ...validFiles(), '002': [] },
        ARTICLES.filter((a) => a.id !== '002'),
      ),
    ).toEqual([
      { file: 'assets/content/excerpts/002.json', message: 'excerpts of article 002, which has no file: add articles/002.json or remove this one' },
    ]);
    const orphan = { ...kim, id: '007-01', article: '007' };
    expect(problemsOf({ ...validFiles(), '000': [orphan, about11000, volcano] })).toContainEqual({
      file: E000,
      id: '007-01',
      message: 'article 007 does not exist (no articles/007.json)',
    });
    expect(problemsOf({}, [])).toContainEqual({ file: 'articles', message: 'no article: the content needs at least one articles/NNN.json' });
  });

  it('takes the articles the content has: a sixth one validates, is named in the content index, and its code is a code', () => {
    const A005 = { ...fixtureArticle('005', ['Un sixième texte.']), name: { fr: 'Un sixième texte', en: 'A sixth text' } };
    const sixth = excerpt(A005, '005-01', 'Un sixième texte.', ['sixième'], { short: { fr: 'Court, comme {{article:005}}.', en: 'Short.' } });
    const { bundle, problems } = validateContent(input({ ...validFiles(), '005': [sixth] }, [...ARTICLES, A005]), { minimums: false });
    expect(problems).toEqual([]);
    expect(bundle?.articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004', '005']);
    const index = indexOf(bundle ?? { articles: [], excerpts: [] }, []);
    expect(articleName(index.articles, '005', 'fr')).toBe('Un sixième texte');
    expect(articleName(index.articles, '005', 'en')).toBe('A sixth text');
    const bare = { ...sixth, short: { fr: 'Court, comme 005.', en: 'Short.' } };
    expect(problemsOf({ ...validFiles(), '005': [bare] }, [...ARTICLES, A005])).toEqual([
      {
        file: 'assets/content/excerpts/005.json',
        id: '005-01',
        message: "short.fr: names an article by its code (005): write {{article:NNN}}, which the game replaces with the article's label",
      },
    ]);
    // With the minimum counts on, a new article needs its own share of excerpts.
    const counted = validateContent(input({ ...validFiles(), '005': [sixth] }, [...ARTICLES, A005])).problems;
    expect(counted).toContainEqual({ file: 'assets/content/excerpts/005.json', message: 'article 005 has 1 valid excerpt; at least 8 needed' });
  });

  it('says which language of an article’s name is missing, and that a name is needed', () => {
    const { name: _, ...nameless } = ARTICLES[2] as Article;
    const halfNamed = { ...(ARTICLES[3] as Article), name: { fr: 'Le nom' } };
    expect(problemsOf(validFiles(), [A000, A001, nameless, halfNamed, ARTICLES[4]])).toEqual([
      { file: 'assets/content/articles/002.json', message: 'name: required field is missing' },
      { file: 'assets/content/articles/003.json', message: 'name.en: the English version is missing' },
    ]);
  });
});

describe('validateContent: excerpts against their article', () => {
  it('reports an excerpt stored in the file of another article', () => {
    expect(problemsOf({ '000': [kim, about11000, volcano, treaty], '001': [range] })).toEqual([
      { file: E000, id: '001-02', message: 'excerpt of article 001 in the file of article 000: move it to 001.json' },
    ]);
  });

  it('reports text not at its position, and says where it is (and not the overlaps of its wrong position)', () => {
    const moved = { ...about11000, position: { block: 1, offset: 0 } };
    expect(problemsOf({ ...validFiles(), '000': [kim, moved, volcano] })).toEqual([
      { file: E000, id: '000-02', message: 'text not found verbatim at block 1 offset 0 (found at block 1 offset 45)' },
    ]);
  });

  it('reports text that is nowhere in the article (a straight apostrophe for a curly one)', () => {
    const retyped = { ...volcano, text: "C'est un volcan prêt à exploser." };
    expect(problemsOf({ ...validFiles(), '000': [kim, about11000, retyped] })).toEqual([
      { file: E000, id: '000-03', message: 'text not found verbatim at block 2 offset 0 (not found anywhere in article 000)' },
    ]);
  });

  it('reports a position in a block that does not exist', () => {
    const beyond = { ...volcano, position: { block: 7, offset: 0 } };
    expect(problemsOf({ ...validFiles(), '000': [kim, about11000, beyond] })).toEqual([
      { file: E000, id: '000-03', message: 'text not found verbatim at block 7 offset 0 (found at block 2 offset 0; article 000 has 3 blocks)' },
    ]);
  });

  it('reports clue spans that are not at their offset or not in the text', () => {
    const shifted = {
      ...range,
      clues: [
        { text: 'Entre', at: 3 },
        { text: 'selon', at: 0 },
      ],
    };
    expect(problemsOf({ ...validFiles(), '001': [shifted, treaty] })).toEqual([
      { file: E001, id: '001-01', message: 'clue «Entre» is not at 3 in the text (found at 0)' },
      { file: E001, id: '001-01', message: 'clue «selon» does not occur in the text' },
    ]);
  });

  it('reports two excerpts of the same article that overlap, on the later id', () => {
    const headline = excerpt(A000, '000-04', 'Kim Jong Un salue', ['salue']);
    const straddling = excerpt(A000, '000-05', '». Environ', ['Environ'], { category: 'estimate' });
    expect(problemsOf({ ...validFiles(), '000': [kim, about11000, volcano, headline, straddling] })).toEqual([
      { file: E000, id: '000-04', message: 'overlaps 000-01 in block 1 (offsets 0–17 and 0–44)' },
      { file: E000, id: '000-05', message: 'overlaps 000-01 in block 1 (offsets 42–52 and 0–44)' },
      { file: E000, id: '000-05', message: 'overlaps 000-02 in block 1 (offsets 42–52 and 45–85)' },
    ]);
  });

  it('does not report excerpts that touch without sharing a character', () => {
    const before = excerpt(A001, '001-03', 'Entre 11 000 et 30 000 soldats auraient été envoyés', ['auraient']);
    const after = excerpt(A001, '001-04', '. Le traité', ['traité']);
    expect(after.position.offset).toBe(before.position.offset + before.text.length);
    expect(problemsOf({ ...validFiles(), '001': [range, treaty, before, after] }).map((p) => p.message)).toEqual([
      'overlaps 001-01 in block 1 (offsets 0–51 and 0–52)',
      'overlaps 001-01 in block 1 (offsets 51–62 and 0–52)',
      'overlaps 001-02 in block 1 (offsets 51–62 and 53–91)',
    ]);
    expect(problemsOf({ '000': [kim, volcano], '001': [before, after] })).toEqual([]);
  });

  it('reports white space at either end of a text or clue, which the schema would trim and so shift the offsets', () => {
    const spaced = { ...treaty, text: ' Le traité a été signé le 19 juin 2024.', position: { block: 1, offset: 52 } };
    const spacedClue = {
      ...range,
      clues: [
        { text: 'Entre ', at: 0 },
        { text: 'auraient', at: 1 },
      ],
    };
    expect(problemsOf({ ...validFiles(), '001': [spacedClue, spaced] })).toEqual([
      {
        file: E001,
        id: '001-01',
        message: 'clue «Entre » starts or ends with white space: cut it at its first and last character, offsets are counted on the trimmed text',
      },
      { file: E001, id: '001-01', message: 'clue «auraient» is not at 1 in the text (found at 31)' },
      {
        file: E001,
        id: '001-02',
        message: 'text starts or ends with white space: cut it at its first and last character, offsets are counted on the trimmed text',
      },
    ]);
    const paddedBlock = { ...A001, blocks: [A001.blocks[0], { kind: 'paragraph', text: `${A001.blocks[1]?.text}\u00a0` }] };
    expect(problemsOf(validFiles(), [A000, paddedBlock, ...ARTICLES.slice(2)])).toEqual([
      {
        file: 'assets/content/articles/001.json',
        message: 'blocks[1].text starts or ends with white space: remove it, offsets are counted on the trimmed text',
      },
    ]);
  });

  it('reports duplicate ids, in one file or across files', () => {
    const twin = { ...treaty, id: '001-01' };
    expect(problemsOf({ ...validFiles(), '001': [range, twin] })).toContainEqual({
      file: E001,
      id: '001-01',
      message: 'duplicate id: used twice in this file',
    });
    expect(problemsOf({ ...validFiles(), '002': [treaty] })).toContainEqual({
      file: 'assets/content/excerpts/002.json',
      id: '001-02',
      message: `duplicate id: already used in ${E001}`,
    });
  });
});

describe('validateContent: retired ids', () => {
  it('refuses an excerpt that takes a retired id, saying why it was retired, and accepts the same content otherwise', () => {
    const retired = { '001-02': 'a vague trend, not a fact' };
    const files = validFiles();
    expect(validateContent(input(files), { minimums: false, retired }).problems).toEqual([
      {
        file: E001,
        id: '001-02',
        message:
          "id 001-02 is retired (a vague trend, not a fact): ids are stored in players' progress, so give this excerpt the next free number of article 001",
      },
    ]);
    expect(validateContent(input(files), { minimums: false }).problems).toEqual([]);
  });
});

describe('validateContent: the opening of the short explanations', () => {
  const names = {
    fr: { fact: 'Fait vérifié', estimate: 'Estimation', opinion: 'Opinion', propaganda: 'Citation de propagande' },
    en: { fact: 'Verified fact', estimate: 'Estimate', opinion: 'Opinion', propaganda: 'Propaganda quote' },
  } as const;
  const opened = (base: Excerpt, fr: string, en: string) => ({ ...base, short: { fr, en } });
  const withNames = (files: Record<string, unknown>) => validateContent(input(files), { minimums: false, categoryNames: names }).problems;

  it("asks, when the game's names are given, each short to open with its answer's name and a colon (a no-break space before it in French)", () => {
    const files = {
      '000': [
        opened(kim, 'Citation de propagande\u00a0: le mot.', 'Propaganda quote: the word.'),
        opened(about11000, 'Estimation\u00a0: environ.', 'Estimate: about.'),
        opened(volcano, 'Opinion\u00a0: une image.', 'Opinion: an image.'),
      ],
      '001': [
        opened(range, 'Estimation\u00a0: une fourchette.', 'Estimate: a range.'),
        opened(treaty, 'Fait vérifié\u00a0: une date.', 'Verified fact: a date.'),
      ],
    };
    expect(withNames(files)).toEqual([]);
    const shortName = { ...files, '000': [opened(kim, 'Propagande\u00a0: le mot.', 'Propaganda: the word.'), ...files['000'].slice(1)] };
    expect(withNames(shortName)).toEqual([
      {
        file: E000,
        id: '000-01',
        message:
          "short.fr must open with the answer's name as the game shows it, then a colon: «Citation de propagande\u00a0:» (locales/fr/common.json category.propaganda)",
      },
      {
        file: E000,
        id: '000-01',
        message:
          "short.en must open with the answer's name as the game shows it, then a colon: «Propaganda quote:» (locales/en/common.json category.propaganda)",
      },
    ]);
    // The game's loader does not pass the names: it plays what the check let through.
    expect(problemsOf(validFiles())).toEqual([]);
  });

  it('is given the names the game shows, and the shipped shorts open with them', () => {
    expect(categoryNames()).toEqual(names);
    expect(checkContentFiles().problems.filter((problem) => problem.message.startsWith('short.'))).toEqual([]);
  });
});

describe('validateContent: related passages and topics', () => {
  it('reports related ids that do not exist, point to the excerpt itself or its own article, or repeat', () => {
    const links = {
      ...treaty,
      related: [
        { id: '004-09', relation: 'agrees' },
        { id: '001-02', relation: 'agrees' },
        { id: '001-01', relation: 'same-event' },
        { id: '000-01', relation: 'same-event' },
        { id: '000-01', relation: 'agrees' },
      ],
    };
    expect(problemsOf({ ...validFiles(), '001': [range, links] })).toEqual([
      { file: E001, id: '001-02', message: 'related 004-09 does not exist' },
      { file: E001, id: '001-02', message: 'related lists the excerpt itself' },
      { file: E001, id: '001-02', message: 'related 001-01 is in the same article 001: related passages must come from other articles' },
      { file: E001, id: '001-02', message: 'related 000-01 is listed twice' },
    ]);
  });

  it('does not call a link to a broken excerpt "missing": the broken excerpt is reported on its own', () => {
    const broken = { ...kim, clues: [] };
    expect(
      problemsOf({
        ...validFiles(),
        '000': [broken, about11000, volcano],
        '001': [range, { ...treaty, related: [{ id: '000-01', relation: 'agrees' }] }],
      }),
    ).toEqual([{ file: E000, id: '000-01', message: 'clues: needs at least one clue' }]);
  });

  it('asks, when the shipped content is checked, for every link to be written on both excerpts', () => {
    const bothWays = (files: Record<string, unknown>) => validateContent(input(files), { minimums: false, linksBothWays: true }).problems;
    // about11000 (000-02) lists 001-01, which does not list it back.
    expect(bothWays(validFiles())).toEqual([
      {
        file: E000,
        id: '000-02',
        message: 'related 001-01 does not list 000-02 back: add { "id": "000-02", "relation": "differs" } to its related',
      },
    ]);
    expect(bothWays({ ...validFiles(), '001': [{ ...range, related: [{ id: '000-02', relation: 'differs' }] }, treaty] })).toEqual([]);
    // The game reads links from either side, so its loader does not ask.
    expect(problemsOf(validFiles())).toEqual([]);
  });

  it('reports a topic that only one excerpt uses', () => {
    const lonely = { ...treaty, topic: 'treaty-date' };
    expect(problemsOf({ ...validFiles(), '001': [range, lonely] })).toEqual([
      { file: E001, id: '001-02', message: 'topic "treaty-date" is used by this excerpt only: a side-by-side needs at least two' },
    ]);
  });
});

describe('validateContent: minimum counts', () => {
  // Each article gets one excerpt per paragraph; categories cycle so each stays well above 10.
  function generated(counts: Record<ArticleId, number>): ContentInput {
    const categories = ['fact', 'estimate', 'opinion', 'propaganda'] as const;
    let made = 0;
    const articles: Article[] = [];
    const files: Record<string, Excerpt[]> = {};
    for (const [id, count] of Object.entries(counts) as [ArticleId, number][]) {
      const source = fixtureArticle(
        id,
        Array.from({ length: count }, (_, n) => `Phrase ${n + 1} de l’article ${id}.`),
      );
      articles.push(source);
      files[id] = Array.from({ length: count }, (_, n) =>
        excerpt(source, `${id}-${String(n + 1).padStart(2, '0')}`, `Phrase ${n + 1} de l’article ${id}.`, ['Phrase'], {
          category: categories[made++ % 4],
        }),
      );
    }
    return input(files, articles);
  }

  it('accepts content that meets every minimum exactly', () => {
    const content = generated({ '000': 12, '001': 12, '002': 8, '003': 8, '004': 30 });
    const { bundle, problems } = validateContent(content);
    expect(problems).toEqual([]);
    expect(bundle?.excerpts).toHaveLength(70);
  });

  it('reports each count below its minimum, and checks minimums by default', () => {
    const content = generated({ '000': 11, '001': 12, '002': 7, '003': 8, '004': 30 });
    expect(validateContent(content).problems).toEqual([
      { file: 'assets/content/excerpts', message: '68 valid excerpts in all; at least 70 needed' },
      { file: E000, message: 'article 000 has 11 valid excerpts; at least 12 needed' },
      { file: 'assets/content/excerpts/002.json', message: 'article 002 has 7 valid excerpts; at least 8 needed' },
    ]);
    expect(validateContent(content, { minimums: false }).problems).toEqual([]);
  });

  it('reports categories below ten and articles with no excerpt file', () => {
    expect(validateContent(input(validFiles())).problems).toEqual([
      { file: 'assets/content/excerpts', message: '5 valid excerpts in all; at least 70 needed' },
      { file: 'assets/content/excerpts', message: 'category fact has 1 valid excerpt; at least 10 needed' },
      { file: 'assets/content/excerpts', message: 'category estimate has 2 valid excerpts; at least 10 needed' },
      { file: 'assets/content/excerpts', message: 'category opinion has 1 valid excerpt; at least 10 needed' },
      { file: 'assets/content/excerpts', message: 'category propaganda has 1 valid excerpt; at least 10 needed' },
      { file: E000, message: 'article 000 has 3 valid excerpts; at least 12 needed' },
      { file: E001, message: 'article 001 has 2 valid excerpts; at least 12 needed' },
      { file: 'assets/content/excerpts/002.json', message: 'article 002 has 0 valid excerpts; at least 8 needed' },
      { file: 'assets/content/excerpts/003.json', message: 'article 003 has 0 valid excerpts; at least 8 needed' },
      { file: 'assets/content/excerpts/004.json', message: 'article 004 has 0 valid excerpts; at least 12 needed' },
    ]);
  });
});

describe('contentStats', () => {
  it('counts per article × category, per difficulty, and in total, with zeros for the rest', () => {
    const stats = contentStats({ excerpts: [kim, about11000, volcano, range, treaty] }, ['000', '001', '002', '003', '004']);
    expect(stats.total).toBe(5);
    expect(stats.byArticle['000']).toEqual({ fact: 0, estimate: 1, opinion: 1, propaganda: 1, total: 3 });
    expect(stats.byArticle['001']).toEqual({ fact: 1, estimate: 1, opinion: 0, propaganda: 0, total: 2 });
    expect(stats.byArticle['004']).toEqual({ fact: 0, estimate: 0, opinion: 0, propaganda: 0, total: 0 });
    expect(stats.byCategory).toEqual({ fact: 1, estimate: 2, opinion: 1, propaganda: 1 });
    expect(stats.byDifficulty).toEqual({ clear: 4, tricky: 1 });
    expect(stats.byArticleDifficulty['000']).toEqual({ clear: 2, tricky: 1 });
  });
});

describe('exportAnswerKey', () => {
  const bundle = { articles: ARTICLES, excerpts: [treaty, volcano, range, kim, about11000] };

  it('lists excerpts by article then id, with the documented keys in the documented order (new keys only at the end)', () => {
    const key = exportAnswerKey(bundle);
    expect(key.map((entry) => entry.id)).toEqual(['000-01', '000-02', '000-03', '001-01', '001-02']);
    for (const entry of key) {
      expect(Object.keys(entry)).toEqual([
        'id',
        'source',
        'text',
        'category',
        'difficulty',
        'translation_en',
        'explanation_fr',
        'explanation_en',
        'tempting',
        'clues',
        'related',
        'source_title',
        'position',
        'short_fr',
        'short_en',
        'context_fr',
        'context_en',
        'tempting_why_fr',
        'tempting_why_en',
        'related_detail',
        'topic',
        'figure_fr',
        'figure_en',
        'source_label_fr',
        'source_label_en',
        'source_publication',
        'source_author',
        'source_date',
        'figures',
      ]);
    }
  });

  it('joins each explanation into one paragraph and flattens tempting, clues and related', () => {
    const [, estimate, opinion] = exportAnswerKey(bundle);
    expect(estimate).toEqual({
      id: '000-02',
      source: '000',
      text: 'Environ 11 000 soldats seraient engagés.',
      category: 'estimate',
      difficulty: 'clear',
      translation_en: 'English translation.',
      explanation_fr: 'Pourquoi. Les autres articles.',
      explanation_en: 'Why. The other articles.',
      tempting: null,
      clues: ['Environ', 'seraient'],
      related: ['001-01'],
      source_title: 'Titre 000',
      position: { block: 1, offset: 45 },
      short_fr: 'Court.',
      short_en: 'Short.',
      context_fr: null,
      context_en: null,
      tempting_why_fr: null,
      tempting_why_en: null,
      related_detail: [
        {
          id: '001-01',
          relation: 'differs',
          source_label_fr: 'l’article B',
          source_label_en: 'article B',
          text: 'Entre 11 000 et 30 000 soldats auraient été envoyés.',
        },
      ],
      topic: 'troops',
      figure_fr: 'environ 11 000',
      figure_en: 'about 11,000',
      source_label_fr: 'l’article A',
      source_label_en: 'article A',
      source_publication: null,
      source_author: null,
      source_date: null,
      figures: [
        { id: '000-02', source_label_fr: 'l’article A', source_label_en: 'article A', figure_fr: 'environ 11 000', figure_en: 'about 11,000' },
        { id: '001-01', source_label_fr: 'l’article B', source_label_en: 'article B', figure_fr: '11 000 à 30 000', figure_en: '11,000 to 30,000' },
      ],
    });
    expect(opinion?.tempting).toBe('fact');
    expect(opinion?.explanation_fr).toBe('Une métaphore. Aucun autre article. Invérifiable.');
    expect(opinion?.explanation_en).toBe('A metaphor. No other article. Unverifiable.');
    expect(opinion?.tempting_why_fr).toBe('Le ton est affirmatif.');
    expect(opinion?.context_en).toBe('This is about the Korean peninsula.');
  });

  it('shows every prose field as the game shows it: placeholders replaced by the labels', () => {
    const withRefs = {
      ...volcano,
      short: { fr: '{{article:001}} le dit aussi, comme {{article:001|de}} lui-même.', en: 'So does {{article:001}}.' },
      context: { fr: 'Selon {{article:001}}.', en: 'As in {{article:001}}.' },
      explanation: {
        fr: { why: 'Une métaphore.', others: '{{article:001}} se tait.', caveat: 'Voir {{article:000}}.' },
        en: { why: 'A metaphor.', others: '{{article:001}} is silent.' },
      },
      tempting: { category: 'fact' as const, why: { fr: 'Comme {{article:001}}.', en: 'Like {{article:001}}.' } },
    };
    const entry = exportAnswerKey({ articles: ARTICLES, excerpts: [withRefs] })[0];
    expect(entry?.short_fr).toBe('L’article B le dit aussi, comme de l’article B lui-même.');
    expect(entry?.short_en).toBe('So does article B.');
    expect(entry?.context_fr).toBe('Selon l’article B.');
    expect(entry?.explanation_fr).toBe('Une métaphore. L’article B se tait. Voir l’article A.');
    expect(entry?.explanation_en).toBe('A metaphor. Article B is silent.');
    expect(entry?.tempting_why_fr).toBe('Comme l’article B.');
    expect(JSON.stringify(entry)).not.toContain('{{');
  });
});
