/** Builders for the quote and contract tests: a small catalogue, quotes issued and accepted through the API. */
import { expect } from 'vitest';
import type { Session, TestApi } from './api.ts';

export interface Catalogue {
  firewall: string;
  accessPoint: string;
  twoFactor: string;
  installation: string;
}

async function createItem(t: TestApi, admin: Session, body: Record<string, unknown>): Promise<string> {
  const res = await t.as(admin, { method: 'POST', url: '/api/catalogue', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item.id;
}

/** A rentable firewall, a wifi access point, a virtualized 2FA solution (25 users a unit) and an installation service. */
export async function seedCatalogue(t: TestApi, admin: Session): Promise<Catalogue> {
  return {
    firewall: await createItem(t, admin, {
      kind: 'product',
      category: 'firewall',
      offerLine: 'cybersecurity',
      solutionKind: 'hardware',
      manufacturer: 'Fortinet',
      sku: 'FG-40F',
      name: 'Pare-feu FortiGate 40F',
      indicativePriceCents: 59000,
      vatRatePercent: '20',
      rentable: true,
      monthlyRentCents: 2900,
      maintenanceFeeCents: 900,
      warrantyMonths: 12,
    }),
    accessPoint: await createItem(t, admin, {
      kind: 'product',
      category: 'wifi-access-point',
      offerLine: 'cybersecurity',
      solutionKind: 'hardware',
      manufacturer: 'Fortinet',
      sku: 'FAP-231F',
      name: 'Borne wifi FortiAP 231F',
      indicativePriceCents: 64000,
      vatRatePercent: '20',
      rentable: true,
      monthlyRentCents: 2500,
      maintenanceFeeCents: 600,
    }),
    twoFactor: await createItem(t, admin, {
      kind: 'product',
      category: 'two-factor-authentication',
      offerLine: 'cybersecurity',
      solutionKind: 'virtualized',
      manufacturer: 'Fortinet',
      sku: 'FTK-CLOUD-25',
      name: 'Double authentification FortiToken Cloud (25 utilisateurs)',
      indicativePriceCents: 27500,
      vatRatePercent: '20',
      licenceUsers: 25,
    }),
    installation: await createItem(t, admin, {
      kind: 'service',
      category: 'installation',
      sku: 'SRV-INSTALL-DAY',
      name: "Installation et paramétrage (jour d'intervention)",
      indicativePriceCents: 95000,
      vatRatePercent: '20',
    }),
  };
}

/** A sale, a service and (optionally) a rental line. */
export function threeLines(c: Catalogue, options: { rental?: boolean } = {}) {
  return [
    { kind: 'sale', catalogueItemId: c.firewall, quantity: 1, discountPercent: '10' },
    { kind: 'service', catalogueItemId: c.installation, quantity: 1.5 },
    ...(options.rental === false
      ? []
      : [{ kind: 'rental', catalogueItemId: c.accessPoint, quantity: 4, rentalMonths: 36 }]),
  ];
}

export async function createDraft(
  t: TestApi,
  sales: Session,
  clientId: string,
  lines: unknown[],
  extra: Record<string, unknown> = {},
) {
  const res = await t.as(sales, {
    method: 'POST',
    url: '/api/quotes',
    payload: { clientId, deliveryLeadTime: '4 semaines à compter de la commande', lines, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().quote as { id: string; [k: string]: unknown };
}

export async function issue(t: TestApi, sales: Session, id: string) {
  const res = await t.as(sales, { method: 'POST', url: `/api/quotes/${id}/issue` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().quote as { id: string; number: string; expiresOn: string; pdfSha256: string; [k: string]: unknown };
}

/** Draft + issue in one go. */
export async function issuedQuote(
  t: TestApi,
  sales: Session,
  clientId: string,
  lines: unknown[],
  extra: Record<string, unknown> = {},
) {
  const draft = await createDraft(t, sales, clientId, lines, extra);
  return issue(t, sales, draft.id);
}

export function acceptInPortal(
  t: TestApi,
  client: Session,
  id: string,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return t.as(client, {
    method: 'POST',
    url: `/api/portal/quotes/${id}/accept`,
    payload: { acceptedWithoutReservation: true, signatoryName: 'Marc Morel', signatoryTitle: 'Gérant', ...body },
    headers,
  });
}

/** A tiny but well-formed PDF, base64, as a scanned signed quote or purchase order would arrive. */
export function pdfUpload(filename = 'devis-signe.pdf', text = 'signed') {
  const pdf = `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return { filename, mediaType: 'application/pdf', contentBase64: Buffer.from(pdf).toString('base64') };
}

/** Row counts of every table the quote and contract commands write. */
export async function writeCounts(t: TestApi) {
  const tables = [
    'quotes',
    'quote_lines',
    'contracts',
    'contract_lines',
    'licences',
    'licence_usages',
    'rental_file_reviews',
    'contract_assignments',
    'decisions',
    'evidence_entries',
    'document_sequences',
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
