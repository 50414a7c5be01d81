/**
 * Raster images for the PDF writer (ADR 0034): a JPEG is embedded as it is (DCTDecode), a PNG is
 * decoded to 8-bit RGB, its transparency flattened on white, and Flate-compressed. Pure: the same
 * bytes always give the same image object, so documents stay byte-identical.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

export type ImageMediaType = 'image/png' | 'image/jpeg';

/** An image XObject ready to be written. */
export interface PdfImage {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  filter: 'DCTDecode' | 'FlateDecode';
  data: Uint8Array;
}

/** What the bytes of an upload are, read from the bytes themselves (never a file name). */
export type ImageProbe =
  | { ok: true; mediaType: ImageMediaType; width: number; height: number }
  | { ok: false; reason: 'not-an-image' | 'unsupported' | 'corrupt' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** JPEG: the start-of-frame segment (dimensions, components, precision), walking the markers up to the scan. */
function jpegFrame(bytes: Uint8Array): { width: number; height: number; components: number; precision: number } | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 10 > bytes.length) return null;
      return {
        precision: bytes[at + 4]!,
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
        components: bytes[at + 9]!,
      };
    }
    if (marker === 0xda || length < 2) return null; // the scan came before any frame
    at += 2 + length;
  }
  return null;
}

/** PNG: width and height from the IHDR chunk. */
function pngHeader(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Reads the type and size of an image from its bytes; a CMYK or 12-bit JPEG is unsupported (PDF/A's sRGB intent). */
export function probeImage(bytes: Uint8Array): ImageProbe {
  if (startsWith(bytes, PNG_SIGNATURE)) {
    const header = pngHeader(bytes);
    return header && header.width > 0 && header.height > 0
      ? { ok: true, mediaType: 'image/png', ...header }
      : { ok: false, reason: 'corrupt' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    const frame = jpegFrame(bytes);
    if (!frame || frame.width === 0 || frame.height === 0) return { ok: false, reason: 'corrupt' };
    if (frame.precision !== 8 || (frame.components !== 1 && frame.components !== 3))
      return { ok: false, reason: 'unsupported' };
    return { ok: true, mediaType: 'image/jpeg', width: frame.width, height: frame.height };
  }
  return { ok: false, reason: 'not-an-image' };
}

/** A PNG decoded to RGB, each pixel composited over white by its alpha (no soft mask: ADR 0034). */
function pngImage(bytes: Uint8Array): PdfImage {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const rgba = png.data;
  const rgb = Buffer.alloc(png.width * png.height * 3);
  for (let src = 0, dst = 0; src < rgba.length; src += 4, dst += 3) {
    const alpha = rgba[src + 3]!;
    const white = 255 * (255 - alpha);
    rgb[dst] = Math.round((rgba[src]! * alpha + white) / 255);
    rgb[dst + 1] = Math.round((rgba[src + 1]! * alpha + white) / 255);
    rgb[dst + 2] = Math.round((rgba[src + 2]! * alpha + white) / 255);
  }
  return {
    width: png.width,
    height: png.height,
    colorSpace: 'DeviceRGB',
    filter: 'FlateDecode',
    data: deflateSync(rgb),
  };
}

/** The few images in use (a company's logo, mostly), prepared once per process. */
const prepared = new Map<string, PdfImage>();
const KEEP = 8;

/** The image XObject of PNG or JPEG bytes; throws on anything else (uploads are checked with probeImage first). */
export function pdfImage(bytes: Uint8Array): PdfImage {
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = prepared.get(key);
  if (cached) return cached;
  const probe = probeImage(bytes);
  if (!probe.ok) throw new Error(`image: ${probe.reason}`);
  let image: PdfImage;
  if (probe.mediaType === 'image/png') image = pngImage(bytes);
  else {
    const frame = jpegFrame(bytes)!;
    image = {
      width: probe.width,
      height: probe.height,
      colorSpace: frame.components === 1 ? 'DeviceGray' : 'DeviceRGB',
      filter: 'DCTDecode',
      data: bytes,
    };
  }
  if (prepared.size >= KEEP) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, image);
  return image;
}

export type PrintableImage =
  | { ok: true; mediaType: ImageMediaType; width: number; height: number }
  | { ok: false; reason: 'not-an-image' | 'unsupported' | 'corrupt' };

/** Whether bytes are an image the PDF writer can print: probed, then decoded once (a broken PNG body fails here, not at rendering). */
export function checkPrintableImage(bytes: Uint8Array): PrintableImage {
  const probe = probeImage(bytes);
  if (!probe.ok) return probe;
  try {
    pdfImage(bytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return probe;
}
