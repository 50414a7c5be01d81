/** Builders for the intervention tests: a contract with service lines, formed through the API, and technicians. */
import { expect } from 'vitest';
import type { Session, TestApi } from './api.ts';
import { acceptInPortal, issuedQuote } from './quotes.ts';

export interface ServiceCatalogue {
  installation: string;
  maintenanceTicket: string;
  diagnostic: string;
}

async function createItem(t: TestApi, admin: Session, body: Record<string, unknown>): Promise<string> {
  const res = await t.as(admin, { method: 'POST', url: '/api/catalogue', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item.id;
}

/** An installation day (indemnity 300 €, off-hours +50 %), a maintenance ticket (120 €), a diagnostic. */
export async function seedServices(t: TestApi, admin: Session, suffix = ''): Promise<ServiceCatalogue> {
  return {
    installation: await createItem(t, admin, {
      kind: 'service',
      category: 'installation',
      sku: `SRV-INST${suffix}`,
      name: 'Installation et paramétrage (jour)',
      indicativePriceCents: 95000,
      vatRatePercent: '20',
      lateCancellationIndemnityCents: 30000,
      offHoursSurchargePercent: '50',
    }),
    maintenanceTicket: await createItem(t, admin, {
      kind: 'service',
      category: 'maintenance-ticket',
      sku: `SRV-TICKET${suffix}`,
      name: 'Ticket de maintenance',
      indicativePriceCents: 12000,
      vatRatePercent: '20',
    }),
    diagnostic: await createItem(t, admin, {
      kind: 'service',
      category: 'diagnostic',
      sku: `SRV-DIAG${suffix}`,
      name: "Diagnostic de l'existant",
      indicativePriceCents: 60000,
      vatRatePercent: '20',
    }),
  };
}

/** A contract of `clientId` with one line per service, formed through quote, portal acceptance and acknowledgement. */
export async function serviceContract(
  t: TestApi,
  who: { sales: Session; client: Session; adv: Session },
  clientId: string,
  cat: ServiceCatalogue,
) {
  const q = await issuedQuote(t, who.sales, clientId, [
    { kind: 'service', catalogueItemId: cat.installation, quantity: 2 },
    { kind: 'service', catalogueItemId: cat.maintenanceTicket, quantity: 1 },
    { kind: 'service', catalogueItemId: cat.diagnostic, quantity: 1 },
  ]);
  const accepted = await acceptInPortal(t, who.client, q.id);
  expect(accepted.statusCode, accepted.body).toBe(200);
  const formed = await t.as(who.adv, { method: 'POST', url: '/api/contracts', payload: { quoteId: q.id } });
  expect(formed.statusCode, formed.body).toBe(201);
  const contract = formed.json().contract as { id: string; lines: { id: string; catalogueItemId: string }[] };
  const lineOf = (itemId: string) => contract.lines.find((l) => l.catalogueItemId === itemId)!.id;
  return {
    contractId: contract.id,
    installationLine: lineOf(cat.installation),
    ticketLine: lineOf(cat.maintenanceTicket),
    diagnosticLine: lineOf(cat.diagnostic),
  };
}

export async function setCorrespondent(t: TestApi, adv: Session, clientId: string) {
  const res = await t.as(adv, {
    method: 'POST',
    url: `/api/clients/${clientId}/contacts`,
    payload: { name: 'Claire Martin', title: 'DSI', email: 'claire.martin@client.example', correspondent: true },
  });
  expect(res.statusCode, res.body).toBe(201);
}

export async function namedTechnician(t: TestApi, adv: Session, name: string): Promise<string> {
  const res = await t.as(adv, { method: 'POST', url: '/api/technicians', payload: { name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().technician.id;
}

/** The first `n` Monday–Friday dates from `from` that are not public holidays (caller picks a month without any). */
export function weekdays(from: string, n: number): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T12:00:00Z`);
  while (out.length < n) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
