/** Content blocks shared by the commercial documents: parties, lines table, VAT and totals. */
import type { Content, TableCell } from './layout/types.ts';
import { bankLines, euros, identityLines, partyName, percentFr, quantityFr } from './format.ts';
import type { DocumentLine, DocumentTotals, PartyIdentity, SellerIdentity } from './model.ts';

/** Document title on the left, seller's identity on the right. */
export function titleBlock(title: string, subtitleLines: string[], seller: SellerIdentity): Content {
  const bank = bankLines(seller);
  return {
    columns: [
      {
        width: '*',
        stack: [{ text: title, style: 'title' }, ...subtitleLines.map((text) => ({ text, margin: [0, 2, 0, 0] }))],
      },
      {
        width: 220,
        stack: [
          { text: partyName(seller), bold: true },
          ...identityLines(seller).map((text) => ({ text, style: 'small' })),
          ...bank.map((text) => ({ text, style: 'small' })),
        ],
      },
    ],
    columnGap: 16,
  } as Content;
}

/** A boxed party block ("Client", "Destinataire"). */
export function partyBox(heading: string, party: PartyIdentity): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: heading, style: 'small' },
              { text: partyName(party), bold: true },
              ...identityLines(party).map((text) => ({ text })),
            ],
          },
        ],
      ],
    },
    layout: {
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
  };
}

/** The client box on the right half of the page, where a window envelope shows it. */
export function clientColumns(left: Content[], client: PartyIdentity): Content {
  return {
    columns: [
      { width: '*', stack: left },
      { width: 240, stack: [partyBox('Client', client)] },
    ],
    columnGap: 16,
    margin: [0, 14, 0, 6],
  };
}

const KIND_HEADINGS: Record<DocumentLine['kind'], string> = {
  sale: 'Vente de produits',
  rental: 'Location de produits',
  service: 'Prestations',
};

function rentalDetail(line: DocumentLine): string[] {
  if (line.kind !== 'rental') return [];
  const months = line.rentalMonths !== undefined ? `Location ${line.rentalMonths} mois` : 'Location';
  const parts = [
    line.monthlyRentCents !== undefined
      ? `${months} — loyer mensuel ${euros(line.monthlyRentCents)} HT (location + maintenance)`
      : months,
  ];
  if (line.maintenanceFeeCents !== undefined)
    parts.push(`dont maintenance ${euros(line.maintenanceFeeCents)} HT par mois`);
  return parts;
}

function designation(line: DocumentLine): TableCell {
  const details = [...(line.sku ? [`Réf. ${line.sku}`] : []), ...rentalDetail(line)];
  return { stack: [{ text: line.label }, ...details.map((text) => ({ text, style: 'small' }))] };
}

const num = (text: string, bold = false): TableCell => ({ text, alignment: 'right', noWrap: true, bold });

/**
 * The lines table: désignation, qté, PU HT, remise, total HT, TVA. A heading row starts each run
 * of lines of one kind (sales, rentals, services) without reordering what sales wrote; the column
 * headings repeat on every page the table spans.
 */
export function linesTable(lines: DocumentLine[]): Content {
  const head: TableCell[] = ['Désignation', 'Qté', 'PU HT', 'Remise', 'Total HT', 'TVA'].map((text, i) => ({
    text,
    style: 'th',
    alignment: i === 0 ? 'left' : 'right',
  }));
  const body: TableCell[][] = [head];
  let kind: DocumentLine['kind'] | undefined;
  for (const line of lines) {
    if (line.kind !== kind) {
      kind = line.kind;
      body.push([{ text: KIND_HEADINGS[kind], style: 'group', colSpan: 6 }, {}, {}, {}, {}, {}]);
    }
    body.push([
      designation(line),
      num(quantityFr(line.quantity)),
      num(euros(line.unitPriceCents)),
      num(line.discountPercent && line.discountPercent !== '0' ? percentFr(line.discountPercent) : '—'),
      num(euros(line.netCents)),
      num(percentFr(line.vatRatePercent)),
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 34, 62, 40, 66, 38], body },
    layout: {
      hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => '#888888',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 8, 0, 8],
  };
}

/** VAT per rate on the left, totals HT / TVA / TTC (and the monthly rent) on the right. */
export function totalsBlock(totals: DocumentTotals): Content {
  const vatBody: TableCell[][] = [
    [
      { text: 'Taux de TVA', style: 'th' },
      { text: 'Base HT', style: 'th', alignment: 'right' },
      { text: 'Montant TVA', style: 'th', alignment: 'right' },
    ],
    ...totals.vatBreakdown.map((row) => [
      { text: percentFr(row.ratePercent) },
      num(euros(row.taxableCents)),
      num(euros(row.vatCents)),
    ]),
  ];
  const totalsBody: TableCell[][] = [
    [{ text: 'Total HT' }, num(euros(totals.netCents))],
    [{ text: 'Total TVA' }, num(euros(totals.vatCents))],
    [{ text: 'Total TTC', bold: true }, num(euros(totals.grossCents), true)],
  ];
  if (totals.monthlyRentCents !== undefined) {
    totalsBody.push([{ text: 'Loyer mensuel total HT' }, num(euros(totals.monthlyRentCents))]);
  }
  return {
    columns: [
      { width: '*', table: { widths: [70, 70, 70], body: vatBody }, layout: 'lightHorizontalLines' },
      { width: 240, table: { widths: ['*', 80], body: totalsBody }, layout: 'lightHorizontalLines' },
    ],
    columnGap: 16,
    unbreakable: true,
    margin: [0, 4, 0, 8],
  } as Content;
}

/** A titled list of paragraphs (conditions, notes). */
export function paragraphs(heading: string | undefined, texts: string[]): Content[] {
  const out: Content[] = heading ? [{ text: heading, style: 'heading' }] : [];
  for (const text of texts) out.push({ text, margin: [0, 0, 0, 4], alignment: 'justify' });
  return out;
}
