/**
 * A pupil's result code: their nickname and every answer of the lesson (category, confidence,
 * clue marks), bound to the lesson's code by its checksum and to the content version. It is
 * short text, a QR code and a file; the teacher's device reads it back ("Collect results").
 * Nothing about the pupil but the nickname they chose is in it.
 *
 * Text form: "R" (a result), the format version ("1"), then Crockford base32 of
 *   lesson checksum (32) · content version (24) · clues asked, confidence asked (1 bit each)
 *   · nickname length in UTF-8 bytes (6) and its bytes · excerpt count − 1 (7)
 *   · per excerpt, in the lesson's order: category (3: 0 no answer, 1–4 in CATEGORIES order),
 *     confidence when asked (2: 0 none, 1 unsure, 2 fairly, 3 sure), clue marks when asked
 *     (count 3, then each word index in 7 bits) · CRC-32 of all that (32).
 */
import { CATEGORIES, type Category } from '../categories';
import { MAX_CLUE_MARKS } from '../content/words';
import { CONFIDENCES, type Confidence } from '../progress/records';
import { BitWriter, compact, fromBase32, fromUtf8, readChecked, toBase32, utf8, withChecksum } from './codec';
import { type CodeFailure, LESSON_CODE_PREFIX, RESULT_CODE_PREFIX, readHead } from './lesson-code';
import { MAX_LESSON_EXCERPTS } from './lesson';

export const RESULT_CODE_VERSION = 1;
export const NICKNAME_MAX_LENGTH = 20;
/** Word indices are written in 7 bits: an excerpt of up to 128 words. */
export const MAX_MARKED_WORD_INDEX = 127;

export interface ResultAnswer {
  category: Category | null;
  confidence?: Confidence;
  /** Word indices (excerptWords) the pupil marked as the clue, ascending. */
  marks?: number[];
}

export interface PupilResult {
  lessonChecksum: number;
  contentVersion: number;
  nickname: string;
  clues: boolean;
  confidence: boolean;
  /** One per excerpt, in the lesson's order (not the order the pupil's device dealt). */
  answers: ResultAnswer[];
}

export type ResultCodeResult = { ok: true; result: PupilResult; code: string } | { ok: false; reason: CodeFailure };

/** Spaces squeezed, ends trimmed: what is kept of a typed nickname (at most NICKNAME_MAX_LENGTH characters). */
export function cleanNickname(name: string): string {
  return [...name.normalize('NFC').replace(/\s+/g, ' ').trim()].slice(0, NICKNAME_MAX_LENGTH).join('');
}

/** Two nicknames are the same pupil when they differ only in case or spacing. */
export function nicknameKey(name: string): string {
  return cleanNickname(name).toLocaleLowerCase('fr');
}

export function encodeResultCode(result: PupilResult): string {
  const nickname = utf8(cleanNickname(result.nickname));
  if (nickname.length === 0 || nickname.length > 63) throw new RangeError('a nickname is 1 to 63 bytes of UTF-8');
  if (result.answers.length < 1 || result.answers.length > MAX_LESSON_EXCERPTS) throw new RangeError('1 to 127 answers');
  const writer = new BitWriter()
    .write(result.lessonChecksum >>> 0, 32)
    .write(result.contentVersion, 24)
    .write(result.clues ? 1 : 0, 1)
    .write(result.confidence ? 1 : 0, 1)
    .write(nickname.length, 6)
    .writeBytes(nickname)
    .write(result.answers.length - 1, 7);
  for (const answer of result.answers) {
    writer.write(answer.category === null ? 0 : CATEGORIES.indexOf(answer.category) + 1, 3);
    if (result.confidence) writer.write(answer.confidence ? CONFIDENCES.indexOf(answer.confidence) + 1 : 0, 2);
    if (result.clues) {
      const marks = [...new Set(answer.marks ?? [])].sort((a, b) => a - b);
      if (marks.length > MAX_CLUE_MARKS) throw new RangeError(`at most ${MAX_CLUE_MARKS} marks`);
      writer.write(marks.length, 3);
      for (const mark of marks) writer.write(mark, 7);
    }
  }
  return `${RESULT_CODE_PREFIX}${RESULT_CODE_VERSION}${toBase32(withChecksum(writer))}`;
}

/** A result code as pasted, read from a QR code or a file, back to the result; never throws. */
export function decodeResultCode(text: string): ResultCodeResult {
  if (compact(text) === '') return { ok: false, reason: 'empty' };
  const head = readHead(text);
  if (!head) return { ok: false, reason: 'not-a-code' };
  if (head.kind === LESSON_CODE_PREFIX) return { ok: false, reason: 'wrong-kind' };
  if (head.kind !== RESULT_CODE_PREFIX) return { ok: false, reason: 'not-a-code' };
  if (head.version > RESULT_CODE_VERSION) return { ok: false, reason: 'newer-version' };
  if (head.version !== RESULT_CODE_VERSION) return { ok: false, reason: 'not-a-code' };
  const bits = fromBase32(head.body);
  if (!bits) return { ok: false, reason: 'damaged' };
  const read = readChecked(bits, (reader): PupilResult | null => {
    const lessonChecksum = reader.read(32);
    const contentVersion = reader.read(24);
    const clues = reader.read(1) === 1;
    const confidence = reader.read(1) === 1;
    const nickname = fromUtf8(reader.readBytes(reader.read(6)));
    const count = reader.read(7) + 1;
    const answers: ResultAnswer[] = [];
    let wellFormed = nickname !== null && nickname !== '' && cleanNickname(nickname) === nickname;
    for (let i = 0; i < count; i++) {
      const c = reader.read(3);
      if (c > CATEGORIES.length) wellFormed = false;
      const answer: ResultAnswer = { category: c === 0 ? null : (CATEGORIES[c - 1] ?? null) };
      if (confidence) {
        const level = reader.read(2);
        if (level > 0) answer.confidence = CONFIDENCES[level - 1];
      }
      if (clues) {
        const n = reader.read(3);
        if (n > MAX_CLUE_MARKS) wellFormed = false;
        const marks = Array.from({ length: n }, () => reader.read(7));
        if (marks.some((m, k) => k > 0 && m <= (marks[k - 1] as number))) wellFormed = false;
        answer.marks = marks;
      }
      answers.push(answer);
    }
    return wellFormed ? { lessonChecksum, contentVersion, nickname: nickname as string, clues, confidence, answers } : null;
  });
  if (!read?.value) return { ok: false, reason: 'damaged' };
  return { ok: true, result: read.value, code: `${RESULT_CODE_PREFIX}${RESULT_CODE_VERSION}${toBase32(bits)}` };
}
