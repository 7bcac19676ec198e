/**
 * The quiz as Moodle XML (Moodle's own question format, imported by Éléa as it is): a category
 * question per article, then one multiple-choice question per excerpt, single answer, the key's
 * answer at 100 % and the others at 0 %, each with its feedback, and the general feedback.
 * HTML texts go in CDATA sections, as Moodle exports them; names and category paths are
 * entity-escaped. Characters XML 1.0 cannot hold (control characters, lone surrogates) are left
 * out: no excerpt has any, and an import must not fail on one.
 */
import { paragraphsHtml, type QuizQuestion } from './quiz';

/** Characters an XML 1.0 document may hold (tab, line feed, carriage return and the printable planes). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text as XML character data: &, <, > and both quotes as entities. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** Text in a CDATA section; a "]]>" inside is split across two sections so that it survives. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlSafe(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** A Moodle category path: "/" separates levels, so a "/" inside a name is doubled. */
export function categoryPath(levels: readonly string[]): string {
  return ['$course$', 'top', ...levels.map((level) => level.replace(/\s+/g, ' ').trim().replaceAll('/', '//'))].join('/');
}

const html = (text: string) => `<text>${cdata(text)}</text>`;

function questionXml(q: QuizQuestion): string {
  const answers = q.answers
    .map(
      (a) =>
        `    <answer fraction="${a.correct ? 100 : 0}" format="html">\n      ${html(escapeParagraph(a.text))}\n      <feedback format="html">${html(escapeParagraph(a.feedback))}</feedback>\n    </answer>`,
    )
    .join('\n');
  return [
    '  <question type="multichoice">',
    `    <name><text>${escapeXml(q.name)}</text></name>`,
    `    <questiontext format="html">${html(paragraphsHtml(q.stem))}</questiontext>`,
    `    <generalfeedback format="html">${html(paragraphsHtml(q.generalFeedback))}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
    '    <single>true</single>',
    '    <shuffleanswers>false</shuffleanswers>',
    '    <answernumbering>none</answernumbering>',
    '    <showstandardinstruction>0</showstandardinstruction>',
    answers,
    '  </question>',
  ].join('\n');
}

/** An answer's text or feedback as one HTML paragraph-less text (Moodle shows it inline). */
function escapeParagraph(text: string): string {
  return paragraphsHtml([{ runs: [{ text }] }]).replace(/^<p>|<\/p>$/g, '');
}

export function moodleXml(questions: readonly QuizQuestion[]): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let category = '';
  for (const q of questions) {
    const path = categoryPath(q.category);
    if (path !== category) {
      category = path;
      parts.push(`  <question type="category">\n    <category><text>${escapeXml(path)}</text></category>\n  </question>`);
    }
    parts.push(questionXml(q));
  }
  parts.push('</quiz>', '');
  return parts.join('\n');
}
