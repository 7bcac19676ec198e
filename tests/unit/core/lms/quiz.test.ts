import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { checkContentFiles, REPO_ROOT } from '../../../../scripts/lib/read-content';
import { CATEGORIES } from '../../../../src/core/categories';
import type { ContentBundle, Excerpt } from '../../../../src/core/content/schema';
import {
  cdata,
  categoryPath,
  escapeGift,
  escapeHtml,
  escapeXml,
  gift,
  moodleXml,
  paragraphsHtml,
  type QuizLabels,
  type QuizQuestion,
  quizQuestions,
} from '../../../../src/core/lms';
import { fixtureArticle } from '../../fixtures';

const labelsOf = (language: 'fr' | 'en'): QuizLabels => {
  const lms = JSON.parse(readFileSync(join(REPO_ROOT, 'locales', language, 'lms.json'), 'utf8'));
  const common = JSON.parse(readFileSync(join(REPO_ROOT, 'locales', language, 'common.json'), 'utf8'));
  return { ...lms.quiz, category: common.category };
};

/** Every character GIFT, XML or HTML give a meaning to, and the French ones that must come back intact. */
const NASTY = 'Il a dit « non » : "x = y" ~ {z} #3 \\ a/b <b>&amp; ]]> \'q\' ’ n°\nfin';

function nastyContent(): ContentBundle {
  const excerpt = {
    id: '000-01',
    article: '000',
    text: NASTY,
    position: { block: 1, offset: 0 },
    category: 'propaganda',
    difficulty: 'tricky',
    context: { fr: `Contexte ${NASTY}`, en: `Context ${NASTY}` },
    short: { fr: `Court ${NASTY}`, en: `Short ${NASTY}` },
    tempting: { category: 'fact', why: { fr: `Tentant ${NASTY}`, en: `Tempting ${NASTY}` } },
    translation: { en: `Translated ${NASTY}` },
    explanation: { fr: { why: 'w', others: 'o' }, en: { why: 'w', others: 'o' } },
    clues: [{ text: 'non', at: 12 }],
    related: [],
  } as unknown as Excerpt;
  return { articles: [fixtureArticle('000', [`Avant. ${NASTY} Après.`], 'Titre : A/B {x}')], excerpts: [excerpt] };
}

const unescapeHtml = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

// biome-ignore lint/suspicious/noExplicitAny: parsed XML has no static shape
type XmlNode = any;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  isArray: (name) => ['question', 'answer'].includes(name),
});
const read = (xml: string) => parser.parse(xml).quiz.question as XmlNode[];
const cdataText = (node: XmlNode): string => (Array.isArray(node['#cdata']) ? node['#cdata'].join('') : String(node['#cdata'] ?? ''));

describe('the quiz model', () => {
  const [q] = quizQuestions(nastyContent(), null, 'fr', labelsOf('fr')) as [QuizQuestion];

  it('asks about the excerpt, under its context, with the four categories and the key marked right', () => {
    expect(q.id).toBe('000-01');
    expect(q.category).toEqual(['Fait ou propagande\u00a0?', 'Titre : A/B {x}']);
    expect(q.stem.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([`Contexte ${NASTY}`, NASTY, labelsOf('fr').prompt]);
    expect(q.answers.map((a) => a.category)).toEqual([...CATEGORIES]);
    expect(q.answers.filter((a) => a.correct).map((a) => a.category)).toEqual(['propaganda']);
  });

  it('gives the short explanation on the right answer, why the tempting one is not, and the passage as general feedback', () => {
    const feedback = Object.fromEntries(q.answers.map((a) => [a.category, a.feedback]));
    expect(feedback.propaganda).toBe(`C’est la bonne réponse. Court ${NASTY}`);
    expect(feedback.fact).toBe(`Ce n’est pas «\u00a0Fait vérifié\u00a0» mais «\u00a0Citation de propagande\u00a0». Tentant ${NASTY}`);
    expect(feedback.opinion).toBe('Ce n’est pas «\u00a0Opinion\u00a0» mais «\u00a0Citation de propagande\u00a0».');
    expect(q.generalFeedback[0]?.runs[0]?.text).toBe(`Court ${NASTY}`);
    expect(q.generalFeedback[2]?.runs).toEqual([{ text: 'Avant. ' }, { text: NASTY, strong: true }, { text: ' Après.' }]);
  });

  it('adds the translation in English, and keeps a lesson’s order, leaving unknown ids out', () => {
    const [en] = quizQuestions(nastyContent(), ['999-99', '000-01'], 'en', labelsOf('en'));
    expect(en?.stem[2]?.runs[0]?.text).toBe(`Translation: Translated ${NASTY}`);
    expect(quizQuestions(nastyContent(), ['999-99'], 'en', labelsOf('en'))).toEqual([]);
  });

  it('escapes HTML so that the text reads back the same', () => {
    expect(escapeHtml('<a href="x">&</a>\nb')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;<br>b');
    expect(unescapeHtml(paragraphsHtml([{ runs: [{ text: NASTY }] }]))).toBe(NASTY);
  });
});

describe('GIFT', () => {
  it('escapes ~ = # { } : and \\, and writes line breaks as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
    expect(escapeGift('« guillemets » "quotes" ’')).toBe('« guillemets » "quotes" ’');
  });

  it('parses back, with a GIFT parser, into the same questions, answers and feedback', () => {
    const questions = quizQuestions(nastyContent(), null, 'fr', labelsOf('fr'));
    const parsed = parseGift(gift(questions));
    expect(parsed[0]).toMatchObject({ type: 'Category', title: categoryPath(questions[0]?.category ?? []) });
    const mc = parsed[1];
    if (mc?.type !== 'MC') throw new Error(`expected a multiple-choice question, got ${mc?.type}`);
    const q = questions[0] as QuizQuestion;
    expect(mc.id).toBe('000-01');
    expect(mc.title).toBe(q.name);
    expect(mc.stem).toEqual({ format: 'html', text: paragraphsHtml(q.stem) });
    expect(unescapeHtml(mc.stem.text)).toContain(NASTY);
    expect(mc.globalFeedback?.text).toBe(paragraphsHtml(q.generalFeedback));
    expect(mc.choices.map((c) => [c.isCorrect, unescapeHtml(c.text.text), unescapeHtml(c.feedback?.text ?? '')])).toEqual(
      q.answers.map((a) => [a.correct, a.text, a.feedback]),
    );
  });
});

describe('Moodle XML', () => {
  it('escapes entities and splits "]]>" across CDATA sections', () => {
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(categoryPath(['Fait ou propagande ?', 'A/B'])).toBe('$course$/top/Fait ou propagande ?/A//B');
  });

  it('is well formed, one multiple-choice question per excerpt, the key at 100 %, with the general feedback', () => {
    const questions = quizQuestions(nastyContent(), null, 'en', labelsOf('en'));
    const xml = moodleXml(questions);
    expect(XMLValidator.validate(xml)).toBe(true);
    const [category, question] = read(xml) as [XmlNode, XmlNode];
    expect(category['@type']).toBe('category');
    expect(category.category.text).toBe('$course$/top/Fait ou propagande ?/Titre : A//B {x}');
    expect(question['@type']).toBe('multichoice');
    expect(question.idnumber).toBe('000-01');
    expect(question.single).toBe(true);
    expect(cdataText(question.questiontext.text)).toBe(paragraphsHtml(questions[0]?.stem ?? []));
    expect(question.answer.map((a: XmlNode) => [a['@fraction'], unescapeHtml(cdataText(a.text)), unescapeHtml(cdataText(a.feedback.text))])).toEqual(
      questions[0]?.answers.map((a) => [a.correct ? '100' : '0', a.text, a.feedback]),
    );
  });

  it('keeps every character of any text through a round trip in an XML parser (property)', () => {
    const parseText = new XMLParser({
      ignoreAttributes: false,
      cdataPropName: '#cdata',
      processEntities: true,
      trimValues: false,
      parseTagValue: false,
    });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const content = nastyContent();
        const excerpt = content.excerpts[0] as Excerpt;
        const changedContent = { ...content, excerpts: [{ ...excerpt, short: { fr: text || 'x', en: text || 'x' } }] };
        const questions = quizQuestions(changedContent, null, 'fr', labelsOf('fr'));
        const xml = moodleXml(questions);
        expect(XMLValidator.validate(xml)).toBe(true);
        const answers = parseText.parse(xml).quiz.question[1].answer as XmlNode[];
        const right = answers.find((a) => a['@_fraction'] === '100');
        const back = unescapeHtml(cdataText(right.feedback.text));
        // Characters XML 1.0 cannot hold are left out; everything else comes back as it was.
        const kept = (text || 'x').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n|\r/g, '\n');
        expect(back).toBe(`C’est la bonne réponse. ${kept}`);
        const name = parseText.parse(moodleXml([{ ...(questions[0] as QuizQuestion), name: text }])).quiz.question[1].name.text;
        expect(String(name ?? '')).toBe(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the shipped key as a quiz', () => {
  const bundle = checkContentFiles().bundle as ContentBundle;

  it('holds one question per excerpt in both formats and languages, each parsing back', () => {
    for (const language of ['fr', 'en'] as const) {
      const questions = quizQuestions(bundle, null, language, labelsOf(language));
      expect(questions).toHaveLength(bundle.excerpts.length);
      const xml = moodleXml(questions);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(read(xml).filter((q) => q['@type'] === 'multichoice')).toHaveLength(bundle.excerpts.length);
      const parsed = parseGift(gift(questions));
      expect(parsed.filter((q) => q.type === 'MC')).toHaveLength(bundle.excerpts.length);
      expect(parsed.filter((q) => q.type === 'Category')).toHaveLength(bundle.articles.length);
    }
  });
});
