/**
 * The lesson code: everything a lesson's spec holds, packed against the content both devices
 * have, versioned and checked. Typed on any machine running the same content, it yields the
 * same lesson; a link carries it in the URL fragment (#lesson=…), which browsers never send to
 * a server.
 *
 * Text form: "L" (a lesson), the format version ("2"), then Crockford base32 of
 *   content version (24 bits) · order, clues, confidence, ranking (1 bit each) · timer minutes (4)
 *   · two-step, French first, read aloud (1 bit each, format 2 on) · index width − 1 (3)
 *   · excerpt count − 1 (7) · each excerpt's place in the content's sorted id list (index width
 *   bits each) · CRC-32 of all that (32).
 * Format 1 (before lessons could set accommodations) has no accommodation bits. Its codes, on
 * sheets and in links already handed out, still decode (with none set), and a lesson that sets no
 * accommodation is still written in format 1: its code stays the one printed, and the result codes
 * pupils made with it (bound to its checksum) are still collected.
 */
import type { ExcerptKeys } from '../content/content-index';
import { BitWriter, bitsFor, compact, fromBase32, grouped, readChecked, toBase32, withChecksum } from './codec';
import {
  contentVersion,
  excerptIndex,
  type LessonSpec,
  type LessonSpecInput,
  MAX_LESSON_EXCERPTS,
  MAX_TIMER_MINUTES,
  NO_LESSON_ACCOMMODATIONS,
} from './lesson';

export const LESSON_CODE_PREFIX = 'L';
export const RESULT_CODE_PREFIX = 'R';
export const LESSON_CODE_VERSION = 2;
/** The oldest format still read. */
export const OLDEST_LESSON_CODE_VERSION = 1;

export type CodeFailure =
  /** Nothing was given. */
  | 'empty'
  /** A result code where a lesson code was expected, or the reverse. */
  | 'wrong-kind'
  /** Not a code of this game at all. */
  | 'not-a-code'
  /** Made by a newer version of the game. */
  | 'newer-version'
  /** A typo, a character missing or added, a link cut short: the checksum does not match. */
  | 'damaged'
  /** Made for another version of the content (other excerpts or answers). */
  | 'other-content';

export interface DecodedLesson {
  ok: true;
  spec: LessonSpec;
  /** The code as the game writes it (capitals, no separators). */
  code: string;
  /** The code's CRC-32: each result code of this lesson carries it. */
  checksum: number;
  contentVersion: number;
}
export type LessonCodeResult = DecodedLesson | { ok: false; reason: CodeFailure };

/** What every code starts with, read before the base32: its kind and format version. */
export function readHead(text: string): { kind: string; version: number; body: string } | null {
  const code = compact(text).toUpperCase();
  const match = /^([A-Z])([0-9OIL])(.*)$/.exec(code);
  if (!match) return null;
  // The version is read as Crockford reads the body: a typed O is 0, an I or l is 1.
  const version = Number((match[2] as string).replace('O', '0').replace(/[IL]/, '1'));
  return { kind: match[1] as string, version, body: match[3] as string };
}

/** The lesson code of a spec; throws if the spec names an excerpt the content does not have (the builder never lets it). */
export function encodeLessonCode(spec: LessonSpecInput, content: ExcerptKeys): string {
  const index = excerptIndex(content);
  const width = bitsFor(Math.max(1, index.length - 1));
  if (spec.excerptIds.length < 1 || spec.excerptIds.length > MAX_LESSON_EXCERPTS) throw new RangeError('a lesson holds 1 to 127 excerpts');
  if (width > 8) throw new RangeError('a lesson code names at most 256 excerpts of content');
  const { twoStep, frenchFirst, readAloud } = spec.accommodations ?? NO_LESSON_ACCOMMODATIONS;
  const format = twoStep || frenchFirst || readAloud ? LESSON_CODE_VERSION : OLDEST_LESSON_CODE_VERSION;
  const writer = new BitWriter()
    .write(contentVersion(content), 24)
    .write(spec.order === 'shuffled' ? 1 : 0, 1)
    .write(spec.clues ? 1 : 0, 1)
    .write(spec.confidence ? 1 : 0, 1)
    .write(spec.ranking ? 1 : 0, 1)
    .write(Math.min(spec.timerMinutes, MAX_TIMER_MINUTES), 4);
  if (format >= 2)
    writer
      .write(twoStep ? 1 : 0, 1)
      .write(frenchFirst ? 1 : 0, 1)
      .write(readAloud ? 1 : 0, 1);
  writer.write(width - 1, 3).write(spec.excerptIds.length - 1, 7);
  for (const id of spec.excerptIds) {
    const at = index.indexOf(id);
    if (at < 0) throw new Error(`the content has no excerpt ${id}`);
    writer.write(at, width);
  }
  return `${LESSON_CODE_PREFIX}${format}${toBase32(withChecksum(writer))}`;
}

interface RawLesson {
  version: number;
  spec: Omit<LessonSpec, 'excerptIds'>;
  indices: number[];
}

/** A lesson code as typed, pasted or read from a link, back to its spec; never throws. */
export function decodeLessonCode(text: string, content: ExcerptKeys): LessonCodeResult {
  if (compact(text) === '') return { ok: false, reason: 'empty' };
  const head = readHead(text);
  if (!head) return { ok: false, reason: 'not-a-code' };
  if (head.kind === RESULT_CODE_PREFIX) return { ok: false, reason: 'wrong-kind' };
  if (head.kind !== LESSON_CODE_PREFIX) return { ok: false, reason: 'not-a-code' };
  if (head.version > LESSON_CODE_VERSION) return { ok: false, reason: 'newer-version' };
  if (head.version < OLDEST_LESSON_CODE_VERSION) return { ok: false, reason: 'not-a-code' };
  const format = head.version;
  const bits = fromBase32(head.body);
  if (!bits) return { ok: false, reason: 'damaged' };
  const read = readChecked(bits, (reader): RawLesson => {
    const version = reader.read(24);
    const order = reader.read(1) === 1 ? 'shuffled' : 'fixed';
    const clues = reader.read(1) === 1;
    const confidence = reader.read(1) === 1;
    const ranking = reader.read(1) === 1;
    const timerMinutes = reader.read(4);
    const accommodations =
      format >= 2
        ? { twoStep: reader.read(1) === 1, frenchFirst: reader.read(1) === 1, readAloud: reader.read(1) === 1 }
        : { ...NO_LESSON_ACCOMMODATIONS };
    const width = reader.read(3) + 1;
    const count = reader.read(7) + 1;
    const indices = Array.from({ length: count }, () => reader.read(width));
    return { version, spec: { order, clues, confidence, ranking, timerMinutes, accommodations }, indices };
  });
  if (!read) return { ok: false, reason: 'damaged' };
  const version = contentVersion(content);
  if (read.value.version !== version) return { ok: false, reason: 'other-content' };
  const index = excerptIndex(content);
  const excerptIds = read.value.indices.map((i) => index[i]);
  // A whole code of this content naming an excerpt twice or out of range was not made by the game.
  if (excerptIds.some((id) => id === undefined) || new Set(excerptIds).size !== excerptIds.length) return { ok: false, reason: 'damaged' };
  if (read.value.spec.timerMinutes > MAX_TIMER_MINUTES) return { ok: false, reason: 'damaged' };
  return {
    ok: true,
    spec: { excerptIds: excerptIds as string[], ...read.value.spec },
    // An old code stays the code it is: the pupils' result codes are bound to its checksum.
    code: `${LESSON_CODE_PREFIX}${format}${toBase32(bits)}`,
    checksum: read.crc,
    contentVersion: version,
  };
}

/** The lesson code cut into groups of four, for sheets and the screen. */
export function displayCode(code: string): string {
  return grouped(code, 4);
}

/** The short form of the content version, shown to teachers ("content 3F9K2"). */
export function contentVersionLabel(version: number): string {
  return toBase32(new BitWriter().write(version, 24).toBits()).slice(0, 5);
}
