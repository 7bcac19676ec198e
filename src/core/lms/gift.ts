/**
 * The quiz as GIFT (Moodle's text format for questions): a $CATEGORY line per article, then
 * per excerpt an id comment, the title, the question in [html], the four answers (= the right
 * one, ~ the others) each with its # feedback, and #### the general feedback.
 *
 * GIFT gives ~ = # { } : a meaning, and \ escapes; a blank line ends a question. So every text
 * has \ first, then those six, escaped with a backslash, and a line break written \n (the texts
 * here are HTML, whose line breaks are <br>: none is left, but a stray one must not cut a
 * question in two).
 */
import { paragraphsHtml, type QuizQuestion } from './quiz';

/** A text as GIFT holds it: the special characters backslash-escaped, line breaks as \n. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A category path for $CATEGORY (one line; "/" separates levels, so a "/" in a name is doubled). */
function categoryLine(levels: readonly string[]): string {
  return `$CATEGORY: ${['$course$', 'top', ...levels.map((l) => l.replace(/\s+/g, ' ').trim().replaceAll('/', '//'))].join('/')}`;
}

/** An [id:…] comment holds the id up to "]": ids are the content's ("001-04"), checked all the same. */
function idComment(id: string): string {
  return `// [id:${id.replace(/[\]\s]/g, '')}]`;
}

function inline(text: string): string {
  return paragraphsHtml([{ runs: [{ text }] }]).replace(/^<p>|<\/p>$/g, '');
}

function questionGift(q: QuizQuestion): string {
  const lines = [
    idComment(q.id),
    `::${escapeGift(q.name.replace(/\s+/g, ' '))}::[html]${escapeGift(paragraphsHtml(q.stem))} {`,
    ...q.answers.map((a) => `${a.correct ? '=' : '~'}[html]${escapeGift(inline(a.text))}#[html]${escapeGift(inline(a.feedback))}`),
    `####[html]${escapeGift(paragraphsHtml(q.generalFeedback))}`,
    '}',
  ];
  return lines.join('\n');
}

export function gift(questions: readonly QuizQuestion[]): string {
  const parts: string[] = [];
  let category = '';
  for (const q of questions) {
    const line = categoryLine(q.category);
    if (line !== category) {
      category = line;
      parts.push(line);
    }
    parts.push(questionGift(q));
  }
  return `${parts.join('\n\n')}\n`;
}
