import { describe, expect, it } from 'vitest';
import { findClue, findInArticle } from '../../../../src/core/content/locate';
import {
  SHORT_MAX_WORDS,
  articleRefs,
  bareArticleCodes,
  articleReading,
  capitaliseFirst,
  excerptReading,
  needsContext,
  placeholderProblems,
  resolveArticleRefs,
  typographyProblems,
  vousInFrench,
  withoutQuotations,
  wordCount,
} from '../../../../src/core/content/prose';
import type { Article, Excerpt } from '../../../../src/core/content/schema';
import { validateContent, type ContentProblem } from '../../../../src/core/content/validate';
import { checkContentFiles } from '../../../../scripts/lib/read-content';
import { fixtureArticle } from '../../fixtures';

const NB = '\u00a0';

/** Labels as the real articles have them: each French article form once. */
const LABELED: Article[] = [
  { ...fixtureArticle('000', ['Rien.']), label: { fr: 'la tribune de Marquette', en: 'the column by Marquette' } },
  { ...fixtureArticle('001', ['Rien.']), label: { fr: 'le blog du 19 juin 2025', en: 'the blog post of 19 June 2025' } },
  { ...fixtureArticle('002', ['Rien.']), label: { fr: 'l’article d’avril 2025', en: 'the April 2025 report' } },
  { ...fixtureArticle('003', ['Rien.']), label: { fr: 'les billets', en: 'the posts' } },
  { ...fixtureArticle('004', ['Rien.']), label: { fr: 'Arte', en: 'Arte' } },
];

describe('resolveArticleRefs', () => {
  it('puts each article’s label in place, in the language asked', () => {
    expect(resolveArticleRefs('Selon {{article:001}}, non.', LABELED, 'fr')).toBe('Selon le blog du 19 juin 2025, non.');
    expect(resolveArticleRefs('As {{article:001}} says.', LABELED, 'en')).toBe('As the blog post of 19 June 2025 says.');
  });

  it('capitalises a label that opens the text or a sentence (after . ! ? … ⚠), not after a colon', () => {
    expect(resolveArticleRefs('{{article:000}} le dit.', LABELED, 'fr')).toBe('La tribune de Marquette le dit.');
    expect(resolveArticleRefs(`Vrai.${NB}{{article:002}} aussi ! {{article:001}} aussi ? {{article:000}} non.`, LABELED, 'fr')).toBe(
      `Vrai.${NB}L’article d’avril 2025 aussi ! Le blog du 19 juin 2025 aussi ? La tribune de Marquette non.`,
    );
    expect(resolveArticleRefs('⚠ {{article:001}} se trompe.', LABELED, 'fr')).toBe('⚠ Le blog du 19 juin 2025 se trompe.');
    expect(resolveArticleRefs(`Comparaison${NB}: {{article:001}} dit 600.`, LABELED, 'fr')).toBe(
      `Comparaison${NB}: le blog du 19 juin 2025 dit 600.`,
    );
    expect(resolveArticleRefs('{{article:001}} says so.', LABELED, 'en')).toBe('The blog post of 19 June 2025 says so.');
  });

  it('contracts French labels after « de » and « à »', () => {
    const fr = (text: string) => resolveArticleRefs(text, LABELED, 'fr');
    expect(fr('celle {{article:001|de}}')).toBe('celle du blog du 19 juin 2025');
    expect(fr('face {{article:001|à}}')).toBe('face au blog du 19 juin 2025');
    expect(fr('celle {{article:000|de}}, face {{article:000|à}}')).toBe('celle de la tribune de Marquette, face à la tribune de Marquette');
    expect(fr('celle {{article:002|de}}, face {{article:002|à}}')).toBe('celle de l’article d’avril 2025, face à l’article d’avril 2025');
    expect(fr('celle {{article:003|de}}, face {{article:003|à}}')).toBe('celle des billets, face aux billets');
    expect(fr('celle {{article:004|de}}, face {{article:004|à}}')).toBe('celle d’Arte, face à Arte');
  });

  it('takes a map as well as a list, and leaves an unknown placeholder as written', () => {
    const byId = new Map(LABELED.map((article) => [article.id, article]));
    expect(resolveArticleRefs('{{article:001}}.', byId, 'en')).toBe('The blog post of 19 June 2025.');
    expect(resolveArticleRefs('Voir {{article:009}} et {{article:001|en}}.', LABELED, 'fr')).toBe('Voir {{article:009}} et {{article:001|en}}.');
    expect(resolveArticleRefs('See {{article:001|de}}.', LABELED, 'en')).toBe('See {{article:001|de}}.');
  });

  it('lists the placeholders of a text', () => {
    expect(articleRefs('{{article:000}} et {{article:004|de}}')).toEqual([
      { raw: '{{article:000}}', id: '000', form: undefined, index: 0 },
      { raw: '{{article:004|de}}', id: '004', form: 'de', index: 19 },
    ]);
  });
});

describe('excerptReading and articleReading', () => {
  it('give a view every prose field of an excerpt or an article, resolved for one language', () => {
    const tricky = {
      ...fixtureExcerpt(),
      context: { fr: 'Selon {{article:000}}.', en: 'As in {{article:000}}.' },
      tempting: { category: 'fact' as const, why: { fr: 'Comme {{article:001}}.', en: 'Like {{article:001}}.' } },
      topic: 'troops',
      figure: { fr: 'environ 600', en: 'about 600' },
    };
    expect(excerptReading(tricky, LABELED, 'fr')).toEqual({
      short: 'La tribune de Marquette se tait.',
      context: 'Selon la tribune de Marquette.',
      why: 'Un mot.',
      others: 'Le blog du 19 juin 2025 aussi.',
      caveat: 'Voir l’article d’avril 2025.',
      tempting: 'Comme le blog du 19 juin 2025.',
      figure: 'environ 600',
    });
    expect(
      excerptReading(
        { ...fixtureExcerpt(), explanation: { ...fixtureExcerpt().explanation, en: { why: 'A word.', others: 'So does {{article:001}}.' } } },
        LABELED,
        'en',
      ),
    ).toEqual({
      short: 'The column by Marquette is silent.',
      context: null,
      why: 'A word.',
      others: 'So does the blog post of 19 June 2025.',
      caveat: null,
      tempting: null,
      figure: null,
    });
    const noted = { ...LABELED[0]!, omitted: { fr: 'Comme dans {{article:001}}.', en: 'As in {{article:001}}.' } };
    expect(articleReading(noted, LABELED, 'en')).toEqual({
      label: 'the column by Marquette',
      dateNote: 'No date.',
      kindNote: 'News report.',
      omitted: 'As in the blog post of 19 June 2025.',
    });
  });
});

/** A minimal excerpt of article 000 whose prose names other articles. */
function fixtureExcerpt(): Excerpt {
  return {
    id: '000-01',
    article: '000',
    text: 'Rien.',
    position: { block: 1, offset: 0 },
    category: 'opinion',
    difficulty: 'clear',
    short: { fr: '{{article:000}} se tait.', en: '{{article:000}} is silent.' },
    translation: { en: 'Nothing.' },
    explanation: {
      fr: { why: 'Un mot.', others: '{{article:001}} aussi.', caveat: 'Voir {{article:002}}.' },
      en: { why: 'A word.', others: '{{article:001}} too.' },
    },
    clues: [{ text: 'Rien', at: 0 }],
    related: [],
  };
}

describe('capitaliseFirst', () => {
  it('capitalises the first letter, after any punctuation', () => {
    expect(capitaliseFirst('le blog')).toBe('Le blog');
    expect(capitaliseFirst('« l’article »')).toBe('« L’article »');
    expect(capitaliseFirst('2025')).toBe('2025');
  });
});

describe('wordCount', () => {
  it('counts white-space-separated tokens that hold a letter or a digit', () => {
    expect(wordCount('Opinion : une image (« un volcan »).')).toBe(5);
    expect(wordCount(`l’article d’avril 2025`)).toBe(3);
    expect(wordCount(`10${NB}000 soldats`)).toBe(3);
    expect(wordCount('⚠ Erreur — ici… !')).toBe(2);
    expect(wordCount('')).toBe(0);
  });
});

describe('bareArticleCodes', () => {
  const FIVE = new Set(['000', '001', '002', '003', '004']);
  it('finds article codes and excerpt ids written in prose', () => {
    expect(bareArticleCodes('Le texte 003 le dit.', FIVE)).toEqual(['003']);
    expect(bareArticleCodes('« Titre » (004) rapporte…', FIVE)).toEqual(['004']);
    expect(bareArticleCodes('comme 000 et 001, voir 004-04.', FIVE)).toEqual(['000', '001', '004-04']);
    expect(bareArticleCodes('003’s figure', FIVE)).toEqual(['003']);
  });

  it('knows the codes of the content it is given: a sixth article’s code is one once it exists', () => {
    expect(bareArticleCodes('comme 005, voir 005-02.', new Set([...FIVE, '005']))).toEqual(['005', '005-02']);
    expect(bareArticleCodes('comme 005, voir 005-02.', FIVE)).toEqual([]);
  });

  it('does not take figures for codes: groups of a larger number, years, other numbers', () => {
    for (const text of [
      `10${NB}000 soldats`,
      '30 000 hommes',
      `1\u202f000 démineurs`,
      '6,000 men',
      '12,000',
      '1.000',
      '2004',
      'en 2000',
      '1003',
      '0040',
      '600 morts',
      '{{article:003}} et {{article:004|de}}',
      'résolution 1718 (2006)',
      '4 700 tués',
      '005',
    ]) {
      expect(bareArticleCodes(text, FIVE), text).toEqual([]);
    }
  });
});

describe('needsContext', () => {
  it('asks for a context line when the excerpt opens on a lower-case word or a bare pronoun', () => {
    for (const text of [
      'la Corée du Nord s’est engagée',
      'on estime à plusieurs milliers',
      'Il prévoit que chaque pays',
      'Elles ont combattu',
      'Ce traité, passé presque inaperçu',
      'Cette stratégie',
      'Ces soldats',
      'Cela accentue le risque',
      'C’est une image',
      '« Ceux qui se sont battus pour la justice sont tous des héros »',
      'Celui-ci',
      'Cet accord',
    ]) {
      expect(needsContext(text), text).toBe(true);
    }
  });

  it('does not ask for one when the excerpt names what it speaks of', () => {
    for (const text of [
      'Le dirigeant nord-coréen Kim Jong Un',
      'Pyongyang admet',
      'Selon les chiffres disponibles',
      'Cependant, Kim',
      'Certes',
      '« Opérations »',
      'Ici',
    ]) {
      expect(needsContext(text), text).toBe(false);
    }
  });
});

describe('vousInFrench', () => {
  it('finds vous, votre, vos and -ez imperatives addressed to the player', () => {
    expect(vousInFrench('Comparez avec la phrase suivante.')).toEqual(['Comparez']);
    expect(vousInFrench(`Vous voyez${NB}? Relisez votre texte et vos notes.`)).toEqual(['Vous', 'votre', 'vos', 'Relisez']);
    expect(vousInFrench('Compare avec la phrase suivante : tu verras.')).toEqual([]);
  });

  it('leaves quotations of the articles alone, and words that only end in -ez', () => {
    expect(vousInFrench(`L’article s’ouvre sur «${NB}Saviez-vous que…${NB}» et sur “votre attention”.`)).toEqual([]);
    expect(vousInFrench('Chez lui, assez. Assez dit.')).toEqual([]);
    expect(withoutQuotations('a « b « c » d » e')).toBe('a […] e');
  });
});

describe('typographyProblems', () => {
  it('asks French prose for non-breaking spaces around : ; ! ? « »', () => {
    expect(typographyProblems(`Opinion${NB}: «${NB}mot${NB}».`, 'fr')).toEqual([]);
    expect(typographyProblems('Opinion : oui', 'fr')).toHaveLength(1);
    expect(typographyProblems(`«${NB}mot »`, 'fr')).toHaveLength(1);
    expect(typographyProblems(`« mot${NB}»`, 'fr')).toHaveLength(1);
    expect(typographyProblems('Opinion: yes', 'en')).toEqual([]);
  });

  it('refuses straight apostrophes and quotes in both languages, and the point médian', () => {
    expect(typographyProblems("l'article", 'fr')).toEqual(['a straight apostrophe: use ’']);
    expect(typographyProblems("the author's view", 'en')).toEqual(['a straight apostrophe: use ’']);
    expect(typographyProblems('a "word"', 'en')).toHaveLength(1);
    expect(typographyProblems('les élève·s', 'fr')).toEqual(['a point médian (·): write the words out']);
  });
});

describe('placeholderProblems', () => {
  const known = new Set(['000', '001', '002', '003', '004']);
  it('refuses unknown ids, English forms, unknown forms and malformed placeholders', () => {
    expect(placeholderProblems('{{article:001}} {{article:001|de}} {{article:001|à}}', 'fr', known)).toEqual([]);
    expect(placeholderProblems('{{article:007}}', 'fr', known)).toEqual(['{{article:007}} names no article (known: 000, 001, 002, 003, 004)']);
    expect(placeholderProblems('{{article:001|de}}', 'en', known)).toEqual(['{{article:001|de}}: contracted forms are for French prose only']);
    expect(placeholderProblems('{{article:001|des}}', 'fr', known)).toEqual(['{{article:001|des}}: unknown form "des" (use |de or |à)']);
    expect(placeholderProblems('{{article:01}} {article:001}', 'fr', known)).toEqual(['malformed placeholder: write {{article:NNN}}']);
  });
});

// The rules as the content check applies them, on a small valid content that each test breaks once.
const A000 = {
  ...fixtureArticle('000', ['Kim salue ses « héros ». Il prévoit une aide.']),
  label: { fr: 'la tribune de test', en: 'the test column' },
};
const ARTICLES: Article[] = [
  A000,
  fixtureArticle('001', ['Rien.']),
  fixtureArticle('002', ['Rien.']),
  fixtureArticle('003', ['Rien.']),
  fixtureArticle('004', ['Rien.']),
];

function excerpt(id: string, text: string, extra: Partial<Excerpt> = {}): Excerpt {
  const position = findInArticle(A000, text)[0];
  if (!position) throw new Error(`fixture: «${text}» not in the article`);
  const clue = text.split(' ')[1] ?? text;
  return {
    id,
    article: '000',
    text,
    position,
    category: 'propaganda',
    difficulty: 'clear',
    short: {
      fr: `Propagande${NB}: le mot «${NB}héros${NB}». {{article:001}} se tait.`,
      en: 'Propaganda: the word “héros”. {{article:001}} is silent.',
    },
    translation: { en: 'Kim hails his “heroes”.' },
    explanation: {
      fr: { why: 'Un mot du régime.', others: '{{article:001}} ne le dit pas.' },
      en: { why: 'A regime word.', others: '{{article:001}} does not say it.' },
    },
    clues: [{ text: clue, at: findClue(text, clue)[0] ?? 0 }],
    related: [],
    ...extra,
  };
}

const hero = excerpt('000-01', 'Kim salue ses « héros ».');
const aid = excerpt('000-02', 'Il prévoit une aide.', {
  category: 'fact',
  context: { fr: '«\u00a0Il\u00a0»\u00a0: le traité.', en: '“Il” (it): the treaty.' },
});

function problemsOf(excerpts: unknown[], articles: unknown[] = ARTICLES): ContentProblem[] {
  return validateContent(
    {
      articles: articles.map((data) => ({ file: `assets/content/articles/${(data as Article).id}.json`, data })),
      excerptFiles: [{ file: 'assets/content/excerpts/000.json', data: excerpts }],
    },
    { minimums: false },
  ).problems;
}

const E = 'assets/content/excerpts/000.json';

describe('validateContent: the rules of the prose', () => {
  it('accepts prose that follows every rule', () => {
    expect(problemsOf([hero, aid])).toEqual([]);
  });

  it(`refuses a short explanation over ${SHORT_MAX_WORDS} words, counted with the labels in place`, () => {
    // 41 words written, 44 once "{{article:000}}" becomes "la tribune de test": still fine.
    const at44 = `${'mot '.repeat(40)}{{article:000}}.`;
    expect(
      wordCount(
        resolveArticleRefs(
          at44,
          ARTICLES.map((a) => (a.id === '000' ? A000 : a)),
          'fr',
        ),
      ),
    ).toBe(44);
    expect(problemsOf([{ ...hero, short: { fr: at44, en: 'Short.' } }, aid])).toEqual([]);
    const at46 = `${'word '.repeat(43)}{{article:000}}.`;
    expect(problemsOf([{ ...hero, short: { fr: 'Court.', en: at46 } }, aid])).toEqual([
      { file: E, id: '000-01', message: 'short.en has 46 words; at most 45 (counted with the article labels in place)' },
    ]);
  });

  it('refuses an article code or an excerpt id written in any prose field', () => {
    const coded = {
      ...hero,
      explanation: {
        fr: { why: 'Un mot du régime.', others: `«${NB}Titre${NB}» (003) le dit aussi.` },
        en: { why: 'A regime word.', others: 'As 004-02 says.' },
      },
      tempting: { category: 'fact', why: { fr: 'Comme dans 001.', en: 'As in 001.' } },
      difficulty: 'tricky',
    };
    const messages = problemsOf([coded, aid]).map((p) => p.message);
    expect(messages).toEqual([
      "explanation.fr.others: names an article by its code (003): write {{article:NNN}}, which the game replaces with the article's label",
      "tempting.why.fr: names an article by its code (001): write {{article:NNN}}, which the game replaces with the article's label",
      "explanation.en.others: names an article by its code (004-02): write {{article:NNN}}, which the game replaces with the article's label",
      "tempting.why.en: names an article by its code (001): write {{article:NNN}}, which the game replaces with the article's label",
    ]);
  });

  it('refuses a placeholder that resolves to nothing', () => {
    const broken = { ...hero, short: { fr: 'Voir {{article:009}}.', en: 'See {{article:001|de}}.' } };
    expect(problemsOf([broken, aid]).map((p) => p.message)).toEqual([
      'short.fr: {{article:009}} names no article (known: 000, 001, 002, 003, 004)',
      'short.en: {{article:001|de}}: contracted forms are for French prose only',
    ]);
  });

  it('asks for a context line where the excerpt opens on a bare pronoun', () => {
    const { context: _, ...bare } = aid;
    expect(problemsOf([hero, bare])).toEqual([
      {
        file: E,
        id: '000-02',
        message: 'the text opens on a lower-case word or a bare pronoun: add a `context` line (fr and en) saying who or what it is about',
      },
    ]);
  });

  it('refuses vous, plain spaces in French typography and the point médian, in excerpts and article notes', () => {
    const vous = { ...aid, context: { fr: 'Comparez avec le traité.', en: 'Compare with the treaty.' } };
    const note = { ...A000, kindNote: { fr: 'Pour les élève·s.', en: 'For pupils.' } };
    expect(problemsOf([hero, vous], [note, ...ARTICLES.slice(1)]).map((p) => `${p.id ?? p.file}: ${p.message}`)).toEqual([
      'assets/content/articles/000.json: kindNote.fr: a point médian (·): write the words out',
      '000-02: context.fr: addresses the player with vous (Comparez): the game says tu',
    ]);
    const spaced = { ...hero, short: { fr: 'Propagande : le mot.', en: 'Propaganda: the word.' } };
    expect(problemsOf([spaced, aid]).map((p) => p.message)).toEqual([
      'short.fr: a plain space before : ; ! ? or »: use a non-breaking space (U+00A0)',
    ]);
  });

  it('asks article labels to start in lower case and hold no placeholder', () => {
    const upper = { ...A000, label: { fr: 'La tribune', en: 'the column of {{article:001}}' } };
    expect(problemsOf([hero, aid], [upper, ...ARTICLES.slice(1)]).map((p) => p.message)).toEqual([
      'label.fr "La tribune" must start in lower case: it is read mid-sentence, and capitalised where it opens one',
      'label.en must not hold a placeholder',
    ]);
  });

  it('asks a link written on both sides to name the same relation', () => {
    const other = { ...fixtureArticle('001', ['Des héros, dit Kim.']) };
    const there = {
      ...excerpt('000-01', 'Kim salue ses « héros ».'),
      related: [{ id: '001-01', relation: 'agrees' }],
    };
    const back = {
      ...hero,
      id: '001-01',
      article: '001',
      text: 'Des héros, dit Kim.',
      position: { block: 1, offset: 0 },
      clues: [{ text: 'héros', at: 4 }],
      related: [{ id: '000-01', relation: 'contradicts' }],
    };
    const problems = validateContent(
      {
        articles: [A000, other, ...ARTICLES.slice(2)].map((data) => ({ file: `assets/content/articles/${data.id}.json`, data })),
        excerptFiles: [
          { file: E, data: [there, aid] },
          { file: 'assets/content/excerpts/001.json', data: [back] },
        ],
      },
      { minimums: false },
    ).problems;
    expect(problems).toEqual([
      { file: E, id: '000-01', message: 'related 001-01 is "agrees" here but "contradicts" on 001-01: say the same on both sides' },
    ]);
  });
});

describe('the shipped prose', () => {
  const { bundle } = checkContentFiles();
  it('names articles only by placeholder, and every placeholder resolves', () => {
    expect(bundle).not.toBeNull();
    for (const excerpt of bundle?.excerpts ?? []) {
      for (const language of ['fr', 'en'] as const) {
        const text = [excerpt.short[language], excerpt.explanation[language].why, excerpt.explanation[language].others].join(' ');
        const resolved = resolveArticleRefs(text, bundle?.articles ?? [], language);
        expect(resolved, excerpt.id).not.toContain('{{');
        expect(bareArticleCodes(resolved, new Set(bundle?.articles.map((a) => a.id))), excerpt.id).toEqual([]);
        expect(wordCount(resolveArticleRefs(excerpt.short[language], bundle?.articles ?? [], language)), excerpt.id).toBeLessThanOrEqual(
          SHORT_MAX_WORDS,
        );
      }
    }
  });

  it('gives each article a label, and a context line to every excerpt that needs one', () => {
    for (const article of bundle?.articles ?? []) expect(article.label.fr.length, article.id).toBeGreaterThan(0);
    for (const excerpt of bundle?.excerpts ?? []) if (needsContext(excerpt.text)) expect(excerpt.context, excerpt.id).toBeDefined();
  });
});
