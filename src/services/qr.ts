/**
 * QR codes: the only module that imports uqr (making them) and jsQR (reading them). Making is
 * synchronous and tiny; reading is loaded on demand, so only "Collect results" pays for it.
 * The browser's own BarcodeDetector is used first where it exists (Chrome on Android, macOS…).
 */
import { encode } from 'uqr';

export interface QrMatrix {
  /** The QR version (1–40): its size class; a phone reads a version 10 code across a room. */
  version: number;
  size: number;
  /** Rows of '1' (dark) and '0' (light), the quiet zone not included. */
  rows: string[];
}

/** Error correction M: a smudge or a glare on a projector still reads. */
export function qrMatrix(text: string): QrMatrix {
  const qr = encode(text, { ecc: 'M', border: 0 });
  return { version: qr.version, size: qr.size, rows: qr.data.map((row) => row.map((dark) => (dark ? '1' : '0')).join('')) };
}

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

interface BarcodeDetectorLike {
  detect(source: unknown): Promise<Array<{ rawValue: string }>>;
}

let detector: BarcodeDetectorLike | null | undefined;

async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  if (detector !== undefined) return detector;
  const Native = (
    globalThis as { BarcodeDetector?: (new (o: { formats: string[] }) => BarcodeDetectorLike) & { getSupportedFormats?: () => Promise<string[]> } }
  ).BarcodeDetector;
  try {
    detector = Native && (await Native.getSupportedFormats?.())?.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    detector = null;
  }
  return detector;
}

/** The text of the QR code in an image (a camera frame, a photo), or null when none is read. */
export async function readQr(pixels: Pixels): Promise<string | null> {
  const native = await nativeDetector();
  if (native && typeof ImageData !== 'undefined') {
    try {
      const found = await native.detect(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height));
      if (found[0]?.rawValue) return found[0].rawValue;
    } catch {
      // Fall back to jsQR.
    }
  }
  const { default: jsQR } = await import('jsqr');
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
