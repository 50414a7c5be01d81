import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sampleJpeg, samplePng } from './image-fixtures.ts';
import { pdfImage, probeImage } from './images.ts';
import { renderDocument, type PdfInfo } from './index.ts';

const at = new Date('2026-11-26T00:00:00Z');
const INFO: PdfInfo = { title: 'Logo', creationDate: at, modDate: at };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('probeImage', () => {
  it('reads the type and size from the bytes', () => {
    expect(probeImage(samplePng(8, 4))).toEqual({ ok: true, mediaType: 'image/png', width: 8, height: 4 });
    expect(probeImage(sampleJpeg(16, 2))).toEqual({ ok: true, mediaType: 'image/jpeg', width: 16, height: 2 });
  });

  it('refuses what is not a PNG or a JPEG, and a truncated or CMYK JPEG', () => {
    expect(probeImage(new TextEncoder().encode('GIF89a……'))).toEqual({ ok: false, reason: 'not-an-image' });
    expect(probeImage(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, reason: 'not-an-image' });
    expect(probeImage(samplePng().subarray(0, 12))).toEqual({ ok: false, reason: 'corrupt' });
    expect(probeImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, reason: 'corrupt' });
    // A start-of-frame with 4 components (CMYK): not printable under the sRGB output intent.
    const cmyk = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 8, 0, 4, 0, 8, 4, 1, 0x11, 0]);
    expect(probeImage(cmyk)).toEqual({ ok: false, reason: 'unsupported' });
  });
});

describe('pdfImage', () => {
  it('embeds a JPEG as it is (DCTDecode, RGB)', () => {
    const bytes = sampleJpeg();
    expect(pdfImage(bytes)).toMatchObject({ width: 8, height: 4, colorSpace: 'DeviceRGB', filter: 'DCTDecode' });
    expect(Buffer.from(pdfImage(bytes).data).equals(Buffer.from(bytes))).toBe(true);
  });

  it('decodes a PNG to RGB, its transparent pixels flattened on white, Flate-compressed', () => {
    const image = pdfImage(samplePng());
    expect(image).toMatchObject({ width: 8, height: 4, colorSpace: 'DeviceRGB', filter: 'FlateDecode' });
    const rgb = inflateSync(image.data);
    expect(rgb.length).toBe(8 * 4 * 3);
    expect([...rgb.subarray(0, 3)]).toEqual([255, 0, 0]); // opaque red
    expect([...rgb.subarray(7 * 3, 8 * 3)]).toEqual([255, 255, 255]); // transparent: white
  });
});

describe('images in a PDF', () => {
  const withLogo = (logo: Uint8Array, compress = true) =>
    renderDocument(
      {
        pageMargins: 40,
        content: [
          { image: logo, fit: [100, 100] },
          { text: 'Deuxième page', pageBreak: 'before' },
        ],
        header: () => ({ image: logo, fit: [150, 40], margin: [40, 10, 0, 0] }),
      },
      INFO,
      { compress },
    );

  it('writes one image XObject, scaled into its box, proportions kept, on every page that shows it', () => {
    const pdf = latin1(withLogo(samplePng(), false));
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(pdf).toContain(
      '/Type /XObject /Subtype /Image /Width 8 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent 8',
    );
    expect(pdf.match(/\/XObject << \/Im1 \d+ 0 R >>/g)).toHaveLength(2); // both pages' resources
    // The header's 150 × 40 box: an 8 × 4 image is 80 × 40 (its height decides); 100 × 100: 100 × 50.
    expect(pdf.match(/q 80 0 0 40 40 [\d.]+ cm \/Im1 Do Q/g)).toHaveLength(2);
    expect(pdf.match(/q 100 0 0 50 40 [\d.]+ cm \/Im1 Do Q/g)).toHaveLength(1);
  });

  it('is deterministic: the same logo gives the same bytes', () => {
    const png = samplePng();
    expect(Buffer.from(withLogo(png)).equals(Buffer.from(withLogo(new Uint8Array(png))))).toBe(true);
    const jpg = sampleJpeg();
    expect(Buffer.from(withLogo(jpg)).equals(Buffer.from(withLogo(new Uint8Array(jpg))))).toBe(true);
    expect(Buffer.from(withLogo(png)).equals(Buffer.from(withLogo(jpg)))).toBe(false);
  });
});
