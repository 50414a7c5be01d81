/**
 * The Factur-X invoice: the French PDF with its EN 16931 CII XML embedded as factur-x.xml and the
 * PDF/A-3 Factur-X metadata, so one file is both the readable invoice and the e-invoice (LEGAL.md
 * §4.3). Deterministic: the same frozen invoice always gives the same bytes.
 */
import { renderInvoicePdf, type InvoiceDocument } from '../../documents/index.ts';
import { buildCii, facturXXmp } from '../../einvoice/index.ts';

const encoder = new TextEncoder();

export async function renderFacturX(doc: InvoiceDocument): Promise<Uint8Array> {
  const xml = buildCii(doc);
  const title = `${doc.kind === 'credit-note' ? 'Avoir' : 'Facture'} n° ${doc.number}`;
  return renderInvoicePdf(doc, {
    pdfa: true,
    xmp: facturXXmp({
      title,
      author: doc.seller.name,
      createdOn: doc.issueDate,
      documentFileName: 'factur-x.xml',
      conformanceLevel: 'EN 16931',
    }),
    attachments: [
      {
        name: 'factur-x.xml',
        mediaType: 'text/xml',
        description: 'Factur-X EN 16931 invoice',
        relationship: 'Data',
        bytes: encoder.encode(xml),
        modDate: doc.issueDate,
      },
    ],
  });
}

/** The file name of an invoice or credit note PDF. */
export function invoiceFilename(doc: Pick<InvoiceDocument, 'kind' | 'number'>): string {
  return `${doc.kind === 'credit-note' ? 'avoir' : 'facture'}-${doc.number}.pdf`;
}
