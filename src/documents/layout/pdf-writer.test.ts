import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../test-support.ts';
import { renderDocument, type DocumentDefinition, type PdfInfo, type PdfWriteOptions } from './index.ts';

const at = new Date('2026-11-26T00:00:00Z');
const INFO: PdfInfo = {
  title: 'Facture n° F-1 — test',
  subject: 'Sujet',
  author: 'ALLEO SASU',
  creator: 'Clausier',
  producer: 'Clausier',
  creationDate: at,
  modDate: at,
};
const definition = (content: DocumentDefinition['content']): DocumentDefinition => ({
  pageMargins: 40,
  defaultStyle: { fontSize: 10 },
  content,
});
const render = (content: DocumentDefinition['content'], options?: PdfWriteOptions) =>
  renderDocument(definition(content), INFO, options);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Whether a poppler tool is installed (the attachment and XMP checks need pdfdetach and pdfinfo). */
function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`${name} not found (apt-get install poppler-utils): its assertions are skipped`);
    return false;
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'pdf-writer-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writePdf', () => {
  it('writes a file pdf.js opens, with the text, the € sign, escaped parentheses and backslashes', async () => {
    const bytes = render([
      { text: 'Prix (HT) \\ 1\u202f234,56\u00a0€ — « œuvre » ’ ✓', bold: true },
      { text: 'Deuxième page', pageBreak: 'before', italics: true },
    ]);
    const pdf = await pdfText(bytes);
    expect(pdf.pages).toEqual(['Prix (HT) \\ 1 234,56 € — « œuvre » ’ ?', 'Deuxième page']);
    expect(pdf.info).toMatchObject({
      Title: 'Facture n° F-1 — test',
      Subject: 'Sujet',
      Author: 'ALLEO SASU',
      Creator: 'Clausier',
      Producer: 'Clausier',
      CreationDate: 'D:20261126000000Z',
      ModDate: 'D:20261126000000Z',
    });
    const text = latin1(bytes);
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text).toContain('/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding');
    expect(text).toContain('/BaseFont /Helvetica-Oblique');
    expect(text).not.toContain('/BaseFont /Helvetica-BoldOblique'); // unused fonts are left out
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('has a cross-reference table whose offsets point at their objects', () => {
    const text = latin1(render(['x']));
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
    const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
    const entries = text
      .slice(startxref)
      .split('\n')
      .slice(3, 2 + Number(count));
    expect(entries).toHaveLength(Number(count) - 1);
    entries.forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      expect(text.slice(Number(entry.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
    });
    expect(text).toMatch(/trailer\n<< \/Size \d+ \/Root 1 0 R \/Info 3 0 R \/ID \[<([0-9a-f]{32})> <\1>\] >>/);
  });

  it('is deterministic, with an /ID derived from the content', () => {
    const a = render(['Même contenu']);
    expect(Buffer.from(a).equals(Buffer.from(render(['Même contenu'])))).toBe(true);
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(latin1(bytes))![1];
    expect(id(render(['Autre contenu']))).not.toBe(id(a));
  });

  it('compresses content streams, or writes them plain on request', () => {
    const compressed = latin1(render(['Bonjour']));
    const stream = /\/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/.exec(compressed)!;
    const start = stream.index + stream[0].length;
    // Baseline: 841.89 − 40 (margin) − 7.18 (ascender at 10 pt) = 794.71.
    const content = inflateSync(Buffer.from(compressed.slice(start, start + Number(stream[1])), 'latin1')).toString(
      'latin1',
    );
    expect(content).toMatch(/^BT\n0 0 0 rg\n\/F1 10 Tf\n1 0 0 1 40 794\.71 Tm \(Bonjour\) Tj\nET\n$/);
    expect(latin1(render(['Bonjour'], { compress: false }))).toContain('(Bonjour) Tj');
  });

  it('embeds attachments and an XMP packet that pdf.js, pdfdetach and pdfinfo see', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice>é €</rsm:CrossIndustryInvoice>\n';
    const xmp =
      '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>';
    const bytes = render(['Facture'], {
      attachments: [
        {
          name: 'factur-x.xml',
          mediaType: 'text/xml',
          description: 'Factur-X invoice',
          relationship: 'Data',
          bytes: Buffer.from(xml, 'utf8'),
          modDate: '2026-11-26',
        },
        { name: 'annexe.txt', mediaType: 'text/plain', bytes: Buffer.from('annexe'), modDate: at },
      ],
      xmp,
    });
    const text = latin1(bytes);
    expect(text).toContain('/Type /EmbeddedFile /Subtype /text#2Fxml /Params << /Size ');
    expect(text).toContain('/ModDate (D:20261126000000Z)');
    expect(text).toMatch(
      /\/Type \/Filespec \/F \(factur-x\.xml\) \/UF \(factur-x\.xml\) \/Desc \(Factur-X invoice\) \/AFRelationship \/Data/,
    );
    expect(text).toMatch(/\/AF \[\d+ 0 R \d+ 0 R\]/);
    expect(text).toContain(`/Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp)} >>\nstream\n<?xpacket`);

    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const files = (await pdf.getAttachments()) as Record<
        string,
        { filename: string; content: Uint8Array; description: string }
      >;
      expect(
        Object.values(files)
          .map((f) => f.filename)
          .sort(),
      ).toEqual(['annexe.txt', 'factur-x.xml']);
      const facturx = Object.values(files).find((f) => f.filename === 'factur-x.xml')!;
      expect(Buffer.from(facturx.content).toString('utf8')).toBe(xml);
      expect((await pdf.getMetadata()).metadata?.get('pdfaid:part')).toBe('3');
    } finally {
      await pdf.destroy();
    }

    const file = join(tmp, 'attachments.pdf');
    writeFileSync(file, bytes);
    if (hasTool('pdfdetach')) {
      const list = execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' });
      expect(list).toMatch(/^2 embedded files\n1: annexe\.txt\n2: factur-x\.xml\n$/);
      execFileSync('pdfdetach', ['-save', '2', '-o', join(tmp, 'out.xml'), file]);
      expect(readFileSync(join(tmp, 'out.xml'), 'utf8')).toBe(xml);
    }
    if (hasTool('pdfinfo')) {
      expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toContain('<pdfaid:part>3</pdfaid:part>');
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Facture n° F-1 — test/);
      expect(info).toMatch(/Pages:\s+1/);
    }
  });

  it('writes an output intent with its ICC profile', () => {
    const text = latin1(
      render(['x'], { outputIntent: { identifier: 'sRGB IEC61966-2.1', iccProfile: new Uint8Array(64) } }),
    );
    expect(text).toMatch(
      /\/OutputIntents \[<< \/Type \/OutputIntent \/S \/GTS_PDFA1 \/OutputConditionIdentifier \(sRGB IEC61966-2\.1\) \/DestOutputProfile (\d+) 0 R >>\]/,
    );
    expect(text).toContain('<< /N 3 /Length');
  });
});
