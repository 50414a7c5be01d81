/**
 * The demo story, second part (about three months ago to yesterday): a credit note, payments on
 * time, late and partial, a bank statement imported, the enforcement the nightly sweep applies
 * (interest and EUR 40, acceleration, prepayment, reminders and a formal notice, a debit note
 * once a late invoice is paid, a quote expired), a licence over its users, and the quotes now in
 * progress: drafts, and issued quotes Transports Morel can accept in the portal.
 */
import type { StoryClock } from './clock.ts';
import { bankCsv } from './documents.ts';
import type { Office } from './office.ts';
import type { OrdersChapter } from './story-orders.ts';

const TRANSFER = 'bank-transfer' as const;

export async function collectionChapter(clock: StoryClock, office: Office, before: OrdersChapter) {
  const { clients } = office.cast;

  // One training half-day at the clinic never took place: a credit note corrects the invoice.
  await clock.at(-90);
  const cliniqueServices = before.clinique.services;
  const credit = await office.issueCreditNote(cliniqueServices, {
    reason: 'Une demi-journée de formation annulée par ALLEO et non reprogrammée',
    lines: [
      {
        label: 'Formation des utilisateurs non réalisée (1 demi-journée)',
        sku: 'SRV-TRAINING-HALF',
        nature: 'services',
        quantity: 1,
        unitPriceCents: 65000,
        vatRatePercent: '20',
      },
    ],
  });

  await clock.at(-84);
  await office.pay(
    clients.clinique,
    TRANSFER,
    [{ invoiceId: cliniqueServices.id, amountCents: cliniqueServices.grossCents - credit.grossCents }],
    `VIR CLINIQUE DU PARC ${cliniqueServices.number}`,
  );

  // The Commune de Val-Fleuri receives a quote it will never answer: the sweep expires it (art. 3.1).
  await clock.at(-76);
  await office.offer(clients.valFleuri, {
    subject: 'Diagnostic de sécurité et pare-feu de la mairie',
    lines: [
      { kind: 'service', sku: 'SRV-DIAG', quantity: 1 },
      { kind: 'sale', sku: 'FG-100F', quantity: 1 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 1 },
    ],
  });

  // The warehouse of Logistique Vallée du Rhône is installed; its order invoice is still unpaid.
  await clock.at(-75);
  await office.issueCompletionInvoice(before.lvr.contractId);

  // Meanwhile the sweep found Lefèvre's invoice late (day 1: interest, EUR 40, reminder, prepayment).
  // Lefèvre pays after the second reminder; the next night the sweep claims the charges on a debit note.
  await clock.at(-62);
  const lefevre = before.lefevre.invoice;
  await office.pay(
    clients.lefevre,
    TRANSFER,
    [{ invoiceId: lefevre.id, amountCents: lefevre.grossCents }],
    `VIR BOULANGERIES LEFEVRE ${lefevre.number}`,
  );
  const morelQ6 = await office.offer(clients.morel, {
    subject: "Extension du wifi à l'atelier et maintenance",
    lines: [
      { kind: 'sale', sku: 'FAP-231F', quantity: 4 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 1 },
      { kind: 'service', sku: 'SRV-TICKET', quantity: 3 },
    ],
  });

  await clock.at(-60);
  await office.liftPrepayment(clients.lefevre, 'Facture réglée ; pénalités et indemnité réclamées par note de débit.');

  await clock.at(-58);
  await office.acceptInPortal(morelQ6, office.cast.morelUser, { name: 'Marc Morel', title: 'Directeur informatique' });
  const morelC6 = await office.formContract(morelQ6);
  const morelC6Order = await office.issueOrderInvoice(morelC6.id);

  await clock.at(-47);
  for (const note of await office.openDebitNotesOf(clients.lefevre)) {
    await office.pay(
      clients.lefevre,
      TRANSFER,
      [{ debitNoteId: note.id, amountCents: note.openCents }],
      `VIR BOULANGERIES LEFEVRE ${note.number}`,
    );
  }

  // Cabinet Durand now protects 14 workstations with 12 licences: flagged (art. 14.4).
  await clock.at(-40);
  const durandLicence = (await office.licencesOf(before.durand.contractId)).find((l) => l.sku === 'S1-CORE-1Y');
  if (durandLicence) await office.recordUsage(durandLicence.id, 14);

  // The bank statement: Morel's transfer is matched by its invoice number, a supplier refund is not a client payment.
  await clock.at(-33);
  const paidOn = clock.date;
  await office.importBankStatement(
    `releve-${paidOn}.csv`,
    bankCsv([
      {
        date: paidOn,
        amountCents: morelC6Order.grossCents,
        label: `VIR SEPA TRANSPORTS MOREL SAS FACTURE ${morelC6Order.number}`,
        reference: 'MOREL-2026-118',
      },
      { date: paidOn, amountCents: -1800, label: 'FRAIS TENUE DE COMPTE' },
      { date: paidOn, amountCents: 9600, label: 'VIR REMBOURSEMENT TROP PERCU FOURNISSEUR ELECTRO-DIFFUSION' },
    ]),
  );

  await clock.at(-21);
  const morelC6Services = await office.issueCompletionInvoice(morelC6.id);

  await clock.at(-10);
  await office.offer(clients.durand, {
    subject: 'Formation complémentaire des collaborateurs',
    lines: [{ kind: 'service', sku: 'SRV-TRAINING-HALF', quantity: 2 }],
  });

  // Morel pays part of its last invoice (not due yet): the rest shows on its statement.
  await clock.at(-9);
  await office.pay(
    clients.morel,
    TRANSFER,
    [{ invoiceId: morelC6Services.id, amountCents: 80000 }],
    `VIR TRANSPORTS MOREL ACOMPTE ${morelC6Services.number}`,
  );

  // Quotes in progress: two for Morel to accept in the portal, drafts being prepared.
  await clock.at(-6);
  await office.offer(clients.morel, {
    subject: 'Supervision et journalisation des équipements',
    lines: [
      { kind: 'sale', sku: 'FAZ-CLOUD-1Y', quantity: 1 },
      { kind: 'sale', sku: 'FMG-CLOUD-1Y', quantity: 1 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 0.5 },
    ],
  });

  await clock.at(-3);
  await office.draftQuote(clients.valFleuri, {
    subject: 'Diagnostic de sécurité de la mairie (nouvelle proposition)',
    lines: [
      { kind: 'service', sku: 'SRV-DIAG', quantity: 1 },
      { kind: 'sale', sku: 'FG-40F', quantity: 1 },
    ],
  });

  await clock.at(-2);
  await office.offer(clients.morel, {
    subject: 'Protection des postes de travail',
    lines: [
      { kind: 'sale', sku: 'S1-CORE-1Y', quantity: 25 },
      { kind: 'service', sku: 'SRV-TRAINING-HALF', quantity: 1 },
    ],
  });

  await clock.at(-1);
  await office.draftQuote(clients.clinique, {
    subject: 'Extension du wifi au bâtiment B (location financée)',
    lessorId: before.lessorId,
    lines: [{ kind: 'rental', sku: 'FAP-231F', quantity: 4, rentalMonths: 48 }],
  });
}
