/**
 * The building blocks of the lesson and result codes: bits packed into bytes, a CRC-32
 * checksum, and Crockford's base32 (digits and capitals without I, L, O, U: read aloud, typed
 * or scanned without confusion; QR codes carry it in their compact alphanumeric mode).
 *
 * Hand-written rather than a library: the core may import nothing but valibot, and bit-packing
 * against the content both devices hold is smaller than deflate on any text form (a deflate
 * stream of a 20-excerpt result is longer than the whole packed code). Property tests hold it.
 */

/** Writes unsigned integers of a given bit width, most significant bit first. */
export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  writeBytes(bytes: Uint8Array): this {
    for (const byte of bytes) this.write(byte, 8);
    return this;
  }

  get length(): number {
    return this.bits.length;
  }

  /** The bits so far, padded with zeros to whole bytes. */
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, i) => {
      if (bit) out[i >> 3] = (out[i >> 3] as number) | (0x80 >> (i & 7));
    });
    return out;
  }

  toBits(): number[] {
    return [...this.bits];
  }
}

/** Reads what a BitWriter wrote; reading past the end throws (a code cut short). */
export class BitReader {
  private at = 0;
  constructor(private readonly bits: readonly number[]) {}

  read(width: number): number {
    if (this.at + width > this.bits.length) throw new RangeError('read past the end');
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.at++] as number);
    return value;
  }

  readBytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = this.read(8);
    return out;
  }

  get remaining(): number {
    return this.bits.length - this.at;
  }

  get position(): number {
    return this.at;
  }
}

/** Bits needed to write any number from 0 to max. */
export function bitsFor(max: number): number {
  let width = 1;
  while (2 ** width <= max) width++;
  return width;
}

let crcTable: Uint32Array | null = null;

/** Made on the first code read or written, not while the game's code starts (most starts never need it). */
function crcTableOnce(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (the one of zip and PNG): catches every single and double typo and every burst up to 32 bits. */
export function crc32(bytes: Uint8Array): number {
  const table = crcTableOnce();
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function bitsToBytes(bits: readonly number[]): Uint8Array {
  const writer = new BitWriter();
  for (const bit of bits) writer.write(bit, 1);
  return writer.bytes();
}

/** The payload's bits followed by their CRC-32, as one bit string. */
export function withChecksum(payload: BitWriter): number[] {
  const bits = payload.toBits();
  return [...bits, ...new BitWriter().write(crc32(bitsToBytes(bits)), 32).toBits()];
}

/**
 * Parses a payload from the front, then checks the CRC-32 that follows it; after the checksum
 * only base32's padding (fewer than 5 zero bits) may remain. Null when anything is off: a typo,
 * a cut, an added or changed character. The parser may throw on nonsense: that is null too.
 */
export function readChecked<T>(bits: readonly number[], parse: (reader: BitReader) => T): { value: T; crc: number } | null {
  try {
    const reader = new BitReader(bits);
    const value = parse(reader);
    const end = reader.position;
    const stored = reader.read(32);
    if (reader.remaining >= 5 || bits.slice(end + 32).some((bit) => bit !== 0)) return null;
    return crc32(bitsToBytes(bits.slice(0, end))) === stored ? { value, crc: stored } : null;
  } catch {
    return null;
  }
}

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bits to base32, 5 bits a character; the last character is padded with zeros. */
export function toBase32(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    let value = 0;
    for (let j = 0; j < 5; j++) value = value * 2 + (bits[i + j] ?? 0);
    out += BASE32_ALPHABET[value];
  }
  return out;
}

/**
 * Base32 back to bits (5 a character), after Crockford's forgiving reading: lower case is upper
 * case, O is 0, I and L are 1. Null for any other character.
 */
export function fromBase32(text: string): number[] | null {
  const bits: number[] = [];
  for (const raw of text.toUpperCase()) {
    const char = raw === 'O' ? '0' : raw === 'I' || raw === 'L' ? '1' : raw;
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) return null;
    for (let i = 4; i >= 0; i--) bits.push((value >> i) & 1);
  }
  return bits;
}

/** Spaces, dashes, dots and line breaks a person or a copy adds are not part of a code. */
export function compact(text: string): string {
  return text.replace(/[\s\-‐‑–—._]/g, '');
}

/** A code cut into groups, to read aloud or copy by hand. */
export function grouped(code: string, size = 4): string {
  const head = code.slice(0, 2);
  const body = code.slice(2);
  const groups = body.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];
  return [head, ...groups].join('-');
}

/** UTF-8 by hand: the core has no TextEncoder (it is a DOM and Node API, not the language's). */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Null for bytes that are not well-formed UTF-8 (overlong forms and lone surrogates included). */
export function fromUtf8(bytes: Uint8Array): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return null;
    let cp = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next >> 6 !== 2) return null;
      cp = (cp << 6) | (next & 63);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][length] as number;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += length;
  }
  return out;
}

/** FNV-1a over a text: a short stable fingerprint (not a secret, not a defence against forgery). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
