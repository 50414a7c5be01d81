/**
 * Small logos made in memory for the tests (no binary fixture): a PNG with a transparent half and
 * a JPEG, both 8 × 4 pixels of one colour.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** 8 × 4 red pixels: the left half opaque, the right half fully transparent. */
export function samplePng(width = 8, height = 4): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data.set([255, 0, 0, i % width < width / 2 ? 255 : 0], i * 4);
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** 8 × 4 blue pixels, baseline JPEG. */
export function sampleJpeg(width = 8, height = 4): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([0, 0, 255, 255], i * 4);
  return new Uint8Array(jpeg.encode({ data, width, height }, 90).data);
}
