/**
 * The demo story, first part (about five to three months ago): quotes become contracts in every
 * way art. 3.1 allows — accepted in the portal, returned signed, by purchase order, refused with
 * reservations then revised — rentals with their files approved, one financed by a lessor, the
 * invoices of the orders and of the work completed, a credit note, payments on time.
 */
import type { QuoteOut } from '../../modules/quotes/quotes.schemas.ts';
import type { StoryClock } from './clock.ts';
import { fromClient, fromLessor } from './documents.ts';
import type { Invoice, Office } from './office.ts';

/** What the second part of the story builds on. */
export interface OrdersChapter {
  lessorId: string;
  morel: { contractId: string; licenceId: string };
  durand: { contractId: string };
  lefevre: { invoice: Invoice };
  lvr: { contractId: string; order: Invoice };
  clinique: { services: Invoice };
}

const TRANSFER = 'bank-transfer' as const;

export async function ordersChapter(clock: StoryClock, office: Office): Promise<OrdersChapter> {
  const { clients, orgId } = office.cast;
  const letterDate = () => clock.date;
  const pdf = (q: QuoteOut, suffix: string) => `${suffix}-${q.number}-v${q.version}.pdf`;

  // ~5 months ago: the lessor ALLEO works with, and the first quote of Transports Morel.
  await clock.at(-150);
  const lessor = await office.createLessor({
    name: 'LocaPro Financement SAS',
    addressLine: '8 rue de la Banque',
    postalCode: '75002',
    city: 'Paris',
    email: 'accords@locapro-financement.example',
  });
  const morelQ1 = await office.offer(clients.morel, {
    subject: 'Sécurisation du réseau du siège de Mâcon',
    lines: [
      { kind: 'sale', sku: 'FG-100F', quantity: 1 },
      { kind: 'sale', sku: 'FTK-CLOUD-25', quantity: 1 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 1.5 },
      { kind: 'service', sku: 'SRV-TRAINING-HALF', quantity: 1 },
    ],
  });

  // Marc Morel accepts in the portal; order administration forms the contract, accounting invoices the goods.
  await clock.at(-147);
  await office.acceptInPortal(morelQ1, office.cast.morelUser, { name: 'Marc Morel', title: 'Directeur informatique' });
  const morelC1 = await office.formContract(morelQ1);
  const morelOrder = await office.issueOrderInvoice(morelC1.id);

  // Cabinet Durand: a rental (firewall and access points, 36 months) with licences and installation.
  await clock.at(-145);
  const durandQ = await office.offer(clients.durand, {
    subject: 'Pare-feu et wifi en location, protection des postes du cabinet',
    lines: [
      { kind: 'rental', sku: 'FG-40F', quantity: 1, rentalMonths: 36 },
      { kind: 'rental', sku: 'FAP-231F', quantity: 3, rentalMonths: 36 },
      { kind: 'sale', sku: 'S1-CORE-1Y', quantity: 12 },
      { kind: 'sale', sku: 'FTK-CLOUD-25', quantity: 1 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 1 },
    ],
  });

  await clock.at(-141);
  await office.signedQuote(durandQ, {
    receivedBy: 'email',
    signatoryName: 'Paul Durand',
    signatoryTitle: 'Associé gérant',
    document: await fromClient(clock.ctx, orgId, clients.durand, pdf(durandQ, 'devis-signe'), letterDate(), {
      subject: `Devis n° ${durandQ.number} — bon pour accord`,
      reference: `Devis ${durandQ.number}, version ${durandQ.version}`,
      paragraphs: [
        `Nous vous retournons votre devis n° ${durandQ.number} daté, signé et revêtu de la mention « Bon pour accord », sans réserve.`,
        'Le mandat de prélèvement SEPA signé est joint au dossier de location.',
      ],
      signature: { name: 'Maître Paul Durand', title: 'Associé gérant' },
    }),
  });
  await office.reviewRentalFile(durandQ, {
    party: 'alleo',
    outcome: 'approved',
    note: 'Dossier complet : extrait Kbis, RIB et mandat SEPA signés.',
  });

  await clock.at(-140);
  const durandC = await office.formContract(durandQ, { servicesBilling: 'order' });
  await office.issueOrderInvoice(durandC.id);
  await office.billRents();

  // Clinique du Parc: a rental financed by LocaPro (48 months), licences, installation and training.
  await clock.at(-138);
  const cliniqueQ = await office.offer(clients.clinique, {
    subject: 'Renouvellement du réseau de la clinique (location financée)',
    lessorId: lessor.id,
    deliveryLeadTime: '5 semaines après accord du financement',
    lines: [
      { kind: 'rental', sku: 'FG-100F', quantity: 2, rentalMonths: 48 },
      { kind: 'rental', sku: 'FAP-231F', quantity: 6, rentalMonths: 48 },
      { kind: 'sale', sku: 'S1-CORE-1Y', quantity: 60 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 2 },
      { kind: 'service', sku: 'SRV-TRAINING-HALF', quantity: 2 },
    ],
  });

  // Morel's installation and training are done: the services are invoiced.
  await clock.at(-133);
  const morelServices = await office.issueCompletionInvoice(morelC1.id);

  await clock.at(-131);
  await office.signedQuote(cliniqueQ, {
    receivedBy: 'post',
    signatoryName: 'Dr Hélène Martin',
    signatoryTitle: 'Directrice des systèmes d’information',
    document: await fromClient(clock.ctx, orgId, clients.clinique, pdf(cliniqueQ, 'devis-signe'), letterDate(), {
      subject: `Devis n° ${cliniqueQ.number} — bon pour accord`,
      paragraphs: [
        `Veuillez trouver ci-joint votre devis n° ${cliniqueQ.number} signé, avec la mention « Bon pour accord », sans réserve.`,
        'Le dossier de financement a été transmis à LocaPro Financement.',
      ],
      signature: { name: 'Dr Hélène Martin', title: 'DSI' },
    }),
  });
  await office.reviewRentalFile(cliniqueQ, {
    party: 'lessor',
    outcome: 'approved',
    note: 'Accord de financement n° LP-2026-1187 sur 48 mois.',
    document: await fromLessor(
      clock.ctx,
      orgId,
      lessor.id,
      `accord-financement-${cliniqueQ.number}.pdf`,
      letterDate(),
      {
        subject: 'Accord de financement — Clinique du Parc SA',
        reference: `Devis ALLEO ${cliniqueQ.number}`,
        paragraphs: [
          'Nous avons le plaisir de vous informer que le dossier de location financière de la Clinique du Parc SA est accepté pour une durée de 48 mois.',
          'Les loyers seront facturés et prélevés par nos soins.',
        ],
        signature: { name: 'Service engagements', title: 'LocaPro Financement' },
      },
    ),
  });
  await office.reviewRentalFile(cliniqueQ, { party: 'alleo', outcome: 'approved', note: 'Accord du bailleur reçu.' });

  await clock.at(-130);
  const cliniqueC = await office.formContract(cliniqueQ);
  const cliniqueOrder = await office.issueOrderInvoice(cliniqueC.id);

  // Boulangeries Lefèvre: a first version comes back with reservations (a counter-offer, refused).
  await clock.at(-125);
  const lefevreLines = (discountPercent?: string) => [
    { kind: 'sale' as const, sku: 'FG-40F', quantity: 3, ...(discountPercent ? { discountPercent } : {}) },
    { kind: 'sale' as const, sku: 'FAP-231F', quantity: 3, ...(discountPercent ? { discountPercent } : {}) },
    { kind: 'service' as const, sku: 'SRV-INSTALL-DAY', quantity: 1.5 },
  ];
  const lefevreV1 = await office.offer(clients.lefevre, {
    subject: 'Pare-feu et wifi des trois boutiques',
    lines: lefevreLines(),
  });
  await clock.at(-124);
  await office.pay(
    clients.morel,
    TRANSFER,
    [{ invoiceId: morelOrder.id, amountCents: morelOrder.grossCents }],
    `VIR TRANSPORTS MOREL ${morelOrder.number}`,
  );

  await clock.at(-119);
  await office.refused(
    office.signedQuote(lefevreV1, {
      receivedBy: 'email',
      withReservations: true,
      signatoryName: 'Julie Lefèvre',
      signatoryTitle: 'Gérante',
      document: await fromClient(clock.ctx, orgId, clients.lefevre, pdf(lefevreV1, 'devis-annote'), letterDate(), {
        subject: `Devis n° ${lefevreV1.number}`,
        paragraphs: [
          'Bon pour accord sous réserve d’une remise de 15 % sur l’ensemble du matériel.',
          'Julie Lefèvre, gérante',
        ],
        signature: { name: 'Julie Lefèvre', title: 'Gérante' },
      }),
    }),
    'quote.acceptance_refused',
  );
  // Sales answers with a second version: 8 % off the equipment.
  await clock.at(-118);
  const lefevreV2 = await office.revise(lefevreV1, {
    subject: 'Pare-feu et wifi des trois boutiques (remise accordée)',
    lines: lefevreLines('8'),
  });

  await clock.at(-113);
  await office.signedQuote(lefevreV2, {
    receivedBy: 'email',
    signatoryName: 'Julie Lefèvre',
    signatoryTitle: 'Gérante',
    document: await fromClient(clock.ctx, orgId, clients.lefevre, pdf(lefevreV2, 'devis-signe'), letterDate(), {
      subject: `Devis n° ${lefevreV2.number} version ${lefevreV2.version} — bon pour accord`,
      paragraphs: [
        `Bon pour accord sur votre devis n° ${lefevreV2.number} (version ${lefevreV2.version}), sans réserve.`,
      ],
      signature: { name: 'Julie Lefèvre', title: 'Gérante' },
    }),
  });
  const lefevreC = await office.formContract(lefevreV2, { servicesBilling: 'order' });

  await clock.at(-112);
  const lefevreInvoice = await office.issueOrderInvoice(lefevreC.id);

  // Logistique Vallée du Rhône: the warehouse network, ordered by purchase order.
  await clock.at(-110);
  await office.pay(
    clients.morel,
    TRANSFER,
    [{ invoiceId: morelServices.id, amountCents: morelServices.grossCents }],
    `VIR TRANSPORTS MOREL ${morelServices.number}`,
  );
  await clock.at(-108);
  const lvrQ = await office.offer(clients.lvr, {
    subject: "Réseau wifi et commutation de l'entrepôt d'Arnas",
    deliveryLeadTime: '4 semaines à compter de la commande',
    lines: [
      { kind: 'sale', sku: 'FS-124F-POE', quantity: 4 },
      { kind: 'sale', sku: 'FAP-231F', quantity: 10 },
      { kind: 'service', sku: 'SRV-DIAG', quantity: 1 },
      { kind: 'service', sku: 'SRV-INSTALL-DAY', quantity: 3 },
    ],
  });
  await office.pay(
    clients.clinique,
    TRANSFER,
    [{ invoiceId: cliniqueOrder.id, amountCents: cliniqueOrder.grossCents }],
    `VIR CLINIQUE DU PARC ${cliniqueOrder.number}`,
  );

  // Clinique: installation and training done.
  await clock.at(-106);
  const cliniqueServices = await office.issueCompletionInvoice(cliniqueC.id);

  // A first purchase order that does not cite the quote: not an acceptance (art. 3.1).
  await clock.at(-101);
  const poDocument = async (reference: string | null) =>
    fromClient(
      clock.ctx,
      orgId,
      clients.lvr,
      `bon-de-commande-BC-LVR-0412${reference ? '-rectifie' : ''}.pdf`,
      letterDate(),
      {
        subject: 'Bon de commande n° BC-LVR-0412',
        ...(reference ? { reference } : {}),
        paragraphs: [
          "Commande : 4 switchs FortiSwitch 124F PoE, 10 bornes FortiAP 231F, diagnostic et 3 jours d'installation à l'entrepôt d'Arnas.",
          'Livraison : Entrepôt 3, rue des Frères Lumière, 69400 Arnas.',
        ],
        signature: { name: 'Karim Benali', title: 'Responsable achats' },
      },
    );
  await office.refused(
    office.purchaseOrder(lvrQ, {
      purchaseOrderReference: 'BC-LVR-0412',
      quoteReference: null,
      document: await poDocument(null),
    }),
    'quote.acceptance_refused',
  );

  await clock.at(-98);
  await office.purchaseOrder(lvrQ, {
    purchaseOrderReference: 'BC-LVR-0412',
    quoteReference: `Votre devis ${lvrQ.number}`,
    document: await poDocument(`Votre devis ${lvrQ.number}`),
  });
  const lvrC = await office.formContract(lvrQ);

  await clock.at(-97);
  const lvrOrder = await office.issueOrderInvoice(lvrC.id);

  // The technician reports the users of Morel's two-factor licence (within the 25 licensed).
  await clock.at(-96);
  const [morelLicence] = await office.licencesOf(morelC1.id);
  if (!morelLicence) throw new Error('the FortiToken licence of Morel is missing');
  await office.recordUsage(morelLicence.id, 19);

  return {
    lessorId: lessor.id,
    morel: { contractId: morelC1.id, licenceId: morelLicence.id },
    durand: { contractId: durandC.id },
    lefevre: { invoice: lefevreInvoice },
    lvr: { contractId: lvrC.id, order: lvrOrder },
    clinique: { services: cliniqueServices },
  };
}
