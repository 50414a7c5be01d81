import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf, type PdfPage } from './pdf.ts';
import { pdfText } from './test-support.ts';

const page: PdfPage = {
  title: 'Facture n° F-1',
  subject: 'Facture pour Morel',
  author: 'ALLEO SASU',
  date: '2026-11-26',
  footerLine: 'ALLEO SASU — Sèvres',
};

describe('renderPdf', () => {
  it('prints the running header from page 2 and the footer with "Page x / n" on every page', async () => {
    const pdf = await pdfText(
      await renderPdf(page, [
        { text: 'Un' },
        { text: 'Deux', pageBreak: 'before' },
        { text: 'Trois', pageBreak: 'before' },
      ]),
    );
    expect(pdf.pages).toEqual([
      'Un\nALLEO SASU — Sèvres\nPage 1 / 3',
      'Facture n° F-1 (suite)\nDeux\nALLEO SASU — Sèvres\nPage 2 / 3',
      'Facture n° F-1 (suite)\nTrois\nALLEO SASU — Sèvres\nPage 3 / 3',
    ]);
    expect(pdf.info).toMatchObject({
      Title: 'Facture n° F-1',
      Subject: 'Facture pour Morel',
      CreationDate: 'D:20261126000000Z',
    });
  });

  it('attaches files and XMP metadata when asked (Factur-X)', async () => {
    const xml = '<invoice/>';
    const xmp =
      '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>';
    const bytes = await renderPdf(page, ['Facture'], {
      attachments: [
        {
          name: 'factur-x.xml',
          mediaType: 'text/xml',
          relationship: 'Data',
          bytes: new TextEncoder().encode(xml),
          modDate: '2026-11-26',
        },
      ],
      xmp,
    });
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const files = Object.values(
        (await pdf.getAttachments()) as Record<string, { filename: string; content: Uint8Array }>,
      );
      expect(files.map((f) => [f.filename, new TextDecoder().decode(f.content)])).toEqual([['factur-x.xml', xml]]);
    } finally {
      await pdf.destroy();
    }
    expect(Buffer.from(bytes).toString('latin1')).toContain('/AFRelationship /Data');
  });
});
