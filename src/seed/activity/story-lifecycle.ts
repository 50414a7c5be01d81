/**
 * The demo story, last part (yesterday, with the dates each record carries): the end of a
 * contract's life and the claims around it, so that the lifecycle, claims and obligations screens
 * have something to show (issue #12). Each step goes through the use case and the input schema of
 * its API route: a warranty claim filed in the portal and refused for negligence in storage (art.
 * 11.2), a return agreed, received, inspected in perfect state and credited (12), a contestation
 * in the claims register (11.3), confidential information (13), a dispute (21), a force-majeure
 * event over (16) and a contract terminated for the client's financial situation with its letter
 * (15.2).
 */
import { addDays } from '../../kernel/dates.ts';
import {
  ContestationBody,
  InspectionBody,
  ReturnDecisionBody,
  ReturnRequestBody,
} from '../../modules/claims/claims.schemas.ts';
import { WarrantyClaimBody, WarrantyDecisionBody } from '../../modules/claims/claims.schemas.ts';
import { recordContestation } from '../../modules/claims/contestations.ts';
import { creditReturn } from '../../modules/claims/credit-return.ts';
import { decideReturn } from '../../modules/claims/decide-return.ts';
import { decideWarrantyClaim } from '../../modules/claims/decide-warranty-claim.ts';
import { fileWarrantyClaim } from '../../modules/claims/file-warranty-claim.ts';
import { inspectReturn } from '../../modules/claims/inspect-return.ts';
import { receiveReturn } from '../../modules/claims/receive-return.ts';
import { requestReturn } from '../../modules/claims/request-return.ts';
import { getContract } from '../../modules/contracts/index.ts';
import { ForceMajeureBody, TerminationBody } from '../../modules/contracts/lifecycle.schemas.ts';
import { recordForceMajeure } from '../../modules/contracts/record-force-majeure.ts';
import { terminateContract } from '../../modules/contracts/terminate-contract.ts';
import { ConfidentialBody, DisputeBody } from '../../modules/disputes/disputes.schemas.ts';
import { recordConfidentialItem } from '../../modules/disputes/record-confidential-item.ts';
import { recordDispute } from '../../modules/disputes/record-dispute.ts';
import { issueInvoice } from '../../modules/invoices/issue-invoice.ts';
import type { StoryClock } from './clock.ts';
import type { Office } from './office.ts';
import type { OrdersChapter } from './story-orders.ts';

export async function lifecycleChapter(clock: StoryClock, office: Office, before: OrdersChapter) {
  const { cast } = office;
  const act = () => {
    clock.tick();
    return clock.ctx;
  };
  const daysAgo = (n: number) => addDays(clock.date, -n);
  const lineOf = async (contractId: string, sku: string) => {
    const { contract } = await getContract(clock.ctx, cast.adv, contractId);
    const line = contract.lines.find((l) => l.catalogueItemId === cast.items.get(sku));
    if (!line) throw new Error(`no ${sku} line on contract ${contract.number}`);
    return line.id;
  };

  // Marc Morel files a warranty claim in the portal; order administration refuses it (art. 11.2).
  const firewall = await lineOf(before.morel.contractId, 'FG-100F');
  const claim = await fileWarrantyClaim(
    act(),
    cast.morelUser,
    WarrantyClaimBody.parse({
      contractId: before.morel.contractId,
      contractLineId: firewall,
      description:
        'Le pare-feu ne démarre plus depuis le dégât des eaux du local technique ; photos et rapport du technicien joints.',
    }),
  );
  await decideWarrantyClaim(
    act(),
    cast.adv,
    claim.id,
    WarrantyDecisionBody.parse({
      outcome: 'refused',
      exclusion: 'storage-negligence',
      note: 'Matériel stocké au sol dans un local inondable, contrairement aux préconisations du constructeur.',
      signatoryName: cast.adv.name,
    }),
  );

  // Logistique Vallée du Rhône returns an access point ordered in excess: agreed, received,
  // inspected in perfect state, then credited by accounting (art. 12).
  const accessPoints = await lineOf(before.lvr.contractId, 'FAP-231F');
  const rma = await requestReturn(
    act(),
    cast.adv,
    ReturnRequestBody.parse({
      contractId: before.lvr.contractId,
      contractLineId: accessPoints,
      reason: 'Une borne FortiAP 231F commandée en trop, jamais déballée.',
    }),
  );
  await decideReturn(act(), cast.adv, rma.id, ReturnDecisionBody.parse({ outcome: 'agreed' }));
  await receiveReturn(act(), cast.adv, rma.id, clock.date);
  await inspectReturn(
    act(),
    cast.adv,
    rma.id,
    InspectionBody.parse({ state: 'perfect', note: 'Emballage d’origine scellé, accessoires complets.' }),
  );
  const credited = await creditReturn(act(), cast.accounting, rma.id);
  if (credited.creditNoteId) await issueInvoice(act(), cast.accounting, credited.creditNoteId);

  // The same client contests the installation by registered letter: in time, capped (art. 11.3).
  await recordContestation(
    act(),
    cast.adv,
    ContestationBody.parse({
      contractId: before.lvr.contractId,
      description: 'Couverture Wi-Fi insuffisante dans la zone de préparation des commandes après l’installation.',
      failureDate: daysAgo(70),
      receivedOn: daysAgo(5),
      form: 'registered-letter',
      claimedCents: 350000,
      indirectDamagesCents: 120000,
    }),
  );
  await recordConfidentialItem(
    act(),
    cast.adv,
    cast.clients.lvr,
    ConfidentialBody.parse({
      what: 'Plans du réseau et adressage IP de l’entrepôt d’Arnas',
      disclosedBy: 'client',
      disclosedOn: daysAgo(110),
      contractId: before.lvr.contractId,
    }),
  );

  // Lefèvre disputes the late-payment charges (art. 21): the amicable period runs from the notice.
  await recordDispute(
    act(),
    cast.accounting,
    cast.clients.lefevre,
    DisputeBody.parse({
      subject: 'Contestation des pénalités de retard et de l’indemnité de 40 € de la note de débit',
      notifiedOn: daysAgo(12),
    }),
  );

  // A carriers' strike two months ago held up Cabinet Durand's rental for six days (art. 16).
  await recordForceMajeure(
    act(),
    cast.adv,
    ForceMajeureBody.parse({
      type: 'transport-interruption',
      description: 'Grève nationale des transporteurs : livraisons et retours de matériel bloqués',
      invokedBy: 'alleo',
      startDate: daysAgo(60),
      endDate: daysAgo(55),
      contractIds: [before.durand.contractId],
    }),
  );

  // Logistique Vallée du Rhône enters a safeguard procedure: accounting terminates its contract (15.2).
  await terminateContract(
    act(),
    cast.accounting,
    before.lvr.contractId,
    TerminationBody.parse({
      ground: 'financial-situation',
      reason: 'Ouverture d’une procédure de sauvegarde par le tribunal de commerce de Lyon',
      clientFault: false,
      refund: {
        choice: 'credit-note',
        reason:
          'résiliation non imputable au client : les sommes versées pour des commandes non exécutées sont remboursées',
      },
      signatoryName: cast.accounting.name,
    }),
  );
}
