/**
 * The lesson and result codes: encode/decode round trips, tamper detection and size bounds, held
 * by fast-check properties over any lesson the builder can make and any result a pupil can give,
 * and measured on the shipped content (the QR version comes from the game's own QR adapter).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../src/core/categories';
import type { ContentBundle } from '../../../../src/core/content/schema';
import { excerptWords, MAX_CLUE_MARKS, wordRuns } from '../../../../src/core/content/words';
import { BASE32_ALPHABET, BitReader, BitWriter, crc32, fromBase32, fromUtf8, toBase32, utf8 } from '../../../../src/core/lessons/codec';
import {
  contentVersion,
  decodeLessonCode,
  decodeResultCode,
  displayCode,
  encodeLessonCode,
  encodeResultCode,
  type LessonSpec,
  type LessonSpecInput,
  type PupilResult,
} from '../../../../src/core/lessons';
import { CONFIDENCES } from '../../../../src/core/progress/records';
import { qrMatrix } from '../../../../src/services/qr';
import { checkContentFiles } from '../../../../scripts/lib/read-content';

const { bundle } = checkContentFiles();
if (!bundle) throw new Error('the shipped content does not load');
const content: ContentBundle = bundle;
const ids = content.excerpts.map((e) => e.id);

const specArb = (max = 30): fc.Arbitrary<LessonSpec> =>
  fc.record({
    excerptIds: fc.shuffledSubarray(ids, { minLength: 1, maxLength: max }),
    order: fc.constantFrom('fixed' as const, 'shuffled' as const),
    clues: fc.boolean(),
    confidence: fc.boolean(),
    ranking: fc.boolean(),
    timerMinutes: fc.integer({ min: 0, max: 15 }),
    accommodations: fc.record({ twoStep: fc.boolean(), frenchFirst: fc.boolean(), readAloud: fc.boolean() }),
  });

const nicknameArb = fc
  .string({ unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzÉéèçàœ0123456789 -’😀')), minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

function resultArb(count: number, clues: boolean, confidence: boolean): fc.Arbitrary<PupilResult> {
  const answer = fc.record({
    category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null, freq: 8 }),
    confidence: fc.option(fc.constantFrom(...CONFIDENCES), { nil: undefined }),
    marks: fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: MAX_CLUE_MARKS }).map((m) => m.sort((a, b) => a - b)),
  });
  return fc.record({
    lessonChecksum: fc.integer({ min: 0, max: 0xffffffff }),
    contentVersion: fc.integer({ min: 0, max: 0xffffff }),
    nickname: nicknameArb,
    clues: fc.constant(clues),
    confidence: fc.constant(confidence),
    answers: fc.array(answer, { minLength: count, maxLength: count }).map((answers) =>
      answers.map((a) => {
        const out: PupilResult['answers'][number] = { category: a.category };
        if (confidence && a.confidence) out.confidence = a.confidence;
        if (clues) out.marks = a.marks;
        return out;
      }),
    ),
  });
}

/** Changes one character of the code's body into another of the alphabet. */
function typo(code: string, at: number, shift: number): string {
  const i = 2 + (at % (code.length - 2));
  const char = code[i] as string;
  const next = BASE32_ALPHABET[(BASE32_ALPHABET.indexOf(char) + 1 + (shift % 31)) % 32] as string;
  return code.slice(0, i) + next + code.slice(i + 1);
}

describe('the codec', () => {
  it('packs bits, base32 and UTF-8 back and forth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 32 }), fc.nat()), { maxLength: 40 }), (fields) => {
        const writer = new BitWriter();
        const values = fields.map(([width, n]) => [width, n % 2 ** width] as const);
        for (const [width, value] of values) writer.write(value, width);
        const bits = fromBase32(toBase32(writer.toBits())) as number[];
        const reader = new BitReader(bits);
        for (const [width, value] of values) expect(reader.read(width)).toBe(value);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fromUtf8(utf8(text))).toBe(text);
      }),
    );
    expect(fromUtf8(Uint8Array.from([0xc0, 0x80]))).toBeNull(); // overlong
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926); // the standard check value
  });

  it('reads the confusable letters as Crockford does', () => {
    expect(fromBase32('O1IL')).toEqual(fromBase32('0111'));
    expect(fromBase32('U')).toBeNull();
  });
});

describe('excerptWords', () => {
  it('keeps apostrophes and hyphens inside words, and nothing of punctuation', () => {
    expect(excerptWords('« L’armée nord-coréenne » a envoyé 12 000 soldats, dit-on.').map((w) => w.text)).toEqual([
      'L’armée',
      'nord-coréenne',
      'a',
      'envoyé',
      '12',
      '000',
      'soldats',
      'dit-on',
    ]);
    const text = 'Kim, « héros » !';
    expect(
      wordRuns(text)
        .map((run) => ('word' in run ? run.word.text : run.between))
        .join(''),
    ).toBe(text);
  });

  it('finds at most 127 words in every shipped excerpt (result codes write an index in 7 bits)', () => {
    expect(Math.max(...content.excerpts.map((e) => excerptWords(e.text).length))).toBeLessThanOrEqual(127);
  });
});

describe('the lesson code', () => {
  it('gives back exactly the lesson, however it is typed', () => {
    fc.assert(
      fc.property(specArb(), fc.boolean(), (spec, sloppy) => {
        const code = encodeLessonCode(spec, content);
        const typed = sloppy ? displayCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l') : code;
        const decoded = decodeLessonCode(typed, content);
        expect(decoded.ok && decoded.spec).toEqual(spec);
        expect(decoded.ok && decoded.code).toBe(code);
      }),
    );
  });

  it('refuses any single typo, a cut, an extra character, as damaged', () => {
    fc.assert(
      fc.property(specArb(), fc.nat(), fc.integer({ min: 0, max: 30 }), (spec, at, shift) => {
        const code = encodeLessonCode(spec, content);
        expect(decodeLessonCode(typo(code, at, shift), content)).toEqual({ ok: false, reason: 'damaged' });
        expect(decodeLessonCode(code.slice(0, -1 - (at % 5)), content)).toEqual({ ok: false, reason: 'damaged' });
        expect(decodeLessonCode(`${code}7`, content)).toEqual({ ok: false, reason: 'damaged' });
      }),
    );
  });

  it('says which problem it is: other content, a result code, another game, a newer version, nothing', () => {
    const spec: LessonSpecInput = { excerptIds: ids.slice(0, 10), order: 'fixed', clues: true, confidence: true, ranking: false, timerMinutes: 0 };
    const code = encodeLessonCode(spec, content);
    const corrected: ContentBundle = {
      ...content,
      excerpts: content.excerpts.map((e, i) => (i === 3 ? { ...e, category: e.category === 'fact' ? 'opinion' : 'fact' } : e)),
    };
    expect(contentVersion(corrected)).not.toBe(contentVersion(content));
    expect(decodeLessonCode(code, corrected)).toEqual({ ok: false, reason: 'other-content' });
    // Fewer excerpts: the index width changes, the code still reads as whole and of other content.
    expect(decodeLessonCode(code, { ...content, excerpts: content.excerpts.slice(0, 20) })).toEqual({ ok: false, reason: 'other-content' });
    expect(decodeLessonCode(`R1${code.slice(2)}`, content)).toEqual({ ok: false, reason: 'wrong-kind' });
    expect(decodeLessonCode('hello', content)).toEqual({ ok: false, reason: 'not-a-code' });
    expect(decodeLessonCode(`L9${code.slice(2)}`, content)).toEqual({ ok: false, reason: 'newer-version' });
    expect(decodeLessonCode('  - ', content)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeLessonCode(`${code.slice(0, 6)}U${code.slice(7)}`, content)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('is short: 10 excerpts in at most 32 characters, the whole content in one code', () => {
    const spec = (n: number): LessonSpecInput => ({
      excerptIds: ids.slice(0, n),
      order: 'fixed',
      clues: true,
      confidence: true,
      ranking: false,
      timerMinutes: 5,
    });
    expect(encodeLessonCode(spec(10), content).length).toBeLessThanOrEqual(32);
    expect(encodeLessonCode(spec(20), content).length).toBeLessThanOrEqual(46);
    expect(decodeLessonCode(encodeLessonCode(spec(ids.length), content), content).ok).toBe(true);
  });
});

describe('the result code', () => {
  it('gives back every answer, confidence and mark, and the nickname', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.boolean(), fc.boolean()).chain(([c, k]) => resultArb(n, c, k))),
        (result) => {
          const code = encodeResultCode(result);
          const decoded = decodeResultCode(code);
          expect(decoded.ok && decoded.result).toEqual(result);
          expect(decodeResultCode(code.toLowerCase()).ok).toBe(true);
        },
      ),
    );
  });

  it('refuses a typo, a cut or a lesson code, each with its reason', () => {
    fc.assert(
      fc.property(resultArb(10, true, true), fc.nat(), fc.integer({ min: 0, max: 30 }), (result, at, shift) => {
        const code = encodeResultCode(result);
        expect(decodeResultCode(typo(code, at, shift))).toEqual({ ok: false, reason: 'damaged' });
        expect(decodeResultCode(code.slice(0, code.length - 1 - (at % 8)))).toEqual({ ok: false, reason: 'damaged' });
      }),
    );
    expect(decodeResultCode(`L1${encodeResultCode(fc.sample(resultArb(3, false, false), 1)[0] as PupilResult).slice(2)}`).ok).toBe(false);
  });

  it('fits a QR code of version 10 or below for 20 excerpts, even at its largest', () => {
    // The largest a 20-excerpt result can be: a 20-character nickname of 4-byte characters... capped at 63 bytes, every mark used.
    const widest: PupilResult = {
      lessonChecksum: 0xffffffff,
      contentVersion: 0xffffff,
      nickname: 'ÉéèçàœÉéèçàœÉéèçàœÉé',
      clues: true,
      confidence: true,
      answers: Array.from({ length: 20 }, () => ({ category: 'propaganda' as const, confidence: 'sure' as const, marks: [34, 35, 36, 37, 38, 39] })),
    };
    const code = encodeResultCode(widest);
    console.info(`widest 20-excerpt result code: ${code.length} characters, QR version ${qrMatrix(code).version}`);
    expect(qrMatrix(code).version).toBeLessThanOrEqual(10);
    fc.assert(
      fc.property(resultArb(20, true, true), (result) => {
        expect(qrMatrix(encodeResultCode(result)).version).toBeLessThanOrEqual(10);
      }),
      { numRuns: 50 },
    );
  });

  it('measures what the closing note reports', () => {
    const typical = (n: number): PupilResult => ({
      lessonChecksum: 0x12345678,
      contentVersion: contentVersion(content),
      nickname: 'Camille',
      clues: true,
      confidence: true,
      answers: Array.from({ length: n }, (_, i) => ({ category: CATEGORIES[i % 4] ?? null, confidence: 'fairly' as const, marks: [2, 3] })),
    });
    const lesson10 = encodeLessonCode(
      { excerptIds: ids.slice(0, 10), order: 'fixed', clues: true, confidence: true, ranking: false, timerMinutes: 0 },
      content,
    );
    const r10 = encodeResultCode(typical(10));
    const r20 = encodeResultCode(typical(20));
    console.info(
      `lesson code (10 excerpts): ${lesson10.length} characters; result code: ${r10.length} (10 excerpts), ${r20.length} (20 excerpts, QR version ${qrMatrix(r20).version})`,
    );
    expect(r20.length).toBeLessThan(200);
  });
});
