import { z } from 'zod';
import {
  bilingualMessage,
  centsSchema,
  civilDateSchema,
  positiveCentsSchema,
  timestampSchema,
} from '../../kernel/schemas.ts';
import { idSchema, multiLineText, singleLineText } from '../../kernel/text-schemas.ts';
import { DecisionOut, UploadedDocument } from '../shared/index.ts';

const serial = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$/,
    bilingualMessage(
      'expected a serial number (2–64 letters, digits, . _ / -)',
      'numéro de série attendu (2 à 64 lettres, chiffres, . _ / -)',
    ),
  );

export const IdParams = z.strictObject({ id: idSchema });
export const SerialParams = z.strictObject({ serial: z.string().trim().min(1).max(64) });

export const DeliveryLineInput = z.strictObject({
  contractLineId: idSchema,
  /** One serial number per delivered unit. */
  serials: z.array(serial).min(1).max(2000),
});

export const CreateDeliveryBody = z.strictObject({
  contractId: idSchema,
  /** Default: today. */
  deliveredOn: civilDateSchema.optional(),
  /** Sales: EXW at ALLEO's premises by default (art. 4.1.1) or shipped; rentals: at the client's site (4.2.1). */
  mode: z.enum(['exw', 'shipped', 'on-site']).optional(),
  site: singleLineText(1, 300).optional(),
  shippingCents: centsSchema.optional(),
  /** The contract says shipping costs are re-invoiced: they go on the next invoice (4.1.1). */
  shippingOnInvoice: z.boolean().optional(),
  lines: z.array(DeliveryLineInput).min(1).max(200),
});
export type CreateDeliveryInput = z.infer<typeof CreateDeliveryBody>;

export const DeliveryListQuery = z.strictObject({
  contractId: idSchema.optional(),
  /** Staff: one client's deliveries (a client user only ever sees its own). */
  clientId: idSchema.optional(),
  kind: z.enum(['sale', 'rental']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const DeliveryProgressQuery = z.strictObject({
  clientId: idSchema.optional(),
  /** to-do: only the contracts with nothing delivered yet (the home dashboard's "deliveries to make"). */
  state: z.enum(['to-do']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const DeliveryProgressOut = z.object({
  contractId: z.string(),
  contractNumber: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  orderDate: z.string(),
  /** Units of the contract's sale and rental lines. */
  orderedUnits: z.number(),
  deliveredUnits: z.number(),
  state: z.enum(['to-do', 'partial', 'done']),
});

export const ReservationBody = z.strictObject({
  /** Missing items or damage noted at delivery. */
  text: multiLineText(1, 4000),
});

export const ReservationConfirmationBody = z.strictObject({
  /** The day the reservations were confirmed to the carrier (registered letter or other written means). */
  confirmedOn: civilDateSchema,
  document: UploadedDocument,
});

export const PenaltyBody = z.strictObject({
  amountCents: positiveCentsSchema,
  reason: singleLineText(1, 500),
  /** ALLEO's prior written acceptance of delay penalties (art. 4.1.2). */
  alleoWrittenAcceptance: UploadedDocument.optional(),
});

export const SignBody = z.union([
  z.strictObject({ signatoryName: singleLineText(1, 200), signatoryTitle: singleLineText(1, 200) }),
  z.strictObject({
    signatoryName: singleLineText(1, 200),
    signatoryTitle: singleLineText(1, 200),
    signedDocument: UploadedDocument,
  }),
]);
export type SignInput = z.infer<typeof SignBody>;

export const InsuranceBody = z.strictObject({
  insurer: singleLineText(1, 200),
  allRisks: z.literal(
    true,
    bilingualMessage(
      'the policy must cover all risks (art. 4.2.1)',
      'la police doit garantir tous risques (art. 4.2.1)',
    ),
  ),
  startsOn: civilDateSchema,
  expiresOn: civilDateSchema,
  document: UploadedDocument,
});
export type InsuranceInput = z.infer<typeof InsuranceBody>;

export const IncidentBody = z.strictObject({
  unitId: idSchema,
  /** When the damage or incident happened (with its offset). */
  eventAt: timestampSchema,
  description: multiLineText(1, 4000),
});

export const MisuseBody = z.strictObject({
  /** Repair cost caused by misuse or lack of care, excl. VAT (art. 4.2.4). */
  repairCents: positiveCentsSchema,
  label: singleLineText(1, 300).optional(),
});

export const ReturnInstructionsBody = z.strictObject({
  /** The place ALLEO chooses for the return (art. 15.3). */
  place: singleLineText(1, 300),
  returnBy: civilDateSchema.optional(),
  signatoryName: singleLineText(1, 200),
});

export const ReturnUnitInput = z.strictObject({
  unitId: idSchema,
  complete: z.boolean(),
  accessories: z.boolean(),
  damage: singleLineText(1, 1000).optional(),
  /** Repairs to bring it back to good state, at the tariff of the contract date (art. 15.3). */
  repairCents: positiveCentsSchema.optional(),
});

export const ReturnBody = z.strictObject({
  contractId: idSchema,
  returnedOn: civilDateSchema,
  place: singleLineText(1, 300),
  units: z.array(ReturnUnitInput).min(1).max(2000),
});
export type ReturnInput = z.infer<typeof ReturnBody>;

export const OwnershipActBody = z.strictObject({
  act: z.enum(['transfer', 'sublease', 'pledge']),
  counterparty: singleLineText(1, 300).optional(),
});

export const SeizureBody = z.strictObject({
  seizedOn: civilDateSchema,
  details: multiLineText(1, 4000),
});

export const UnitStatusBody = z.strictObject({ status: z.enum(['in-stock', 'rented', 'in-repair', 'lost']) });

export const ProvisionBody = z.strictObject({
  contractId: idSchema,
  contractLineId: idSchema,
  /** Where the virtualized solution runs (art. 5.2). */
  environment: z.enum(['alleo', 'client']),
  installation: z.enum(['remote', 'on-site']),
  /** Where the data transiting through it is hosted (art. 5.3). */
  dataHosting: z.enum(['alleo', 'client']),
});
export type ProvisionInput = z.infer<typeof ProvisionBody>;

export const RegisterQuery = z.strictObject({
  clientId: idSchema.optional(),
  contractId: idSchema.optional(),
  site: z.string().trim().min(1).max(300).optional(),
  status: z.enum(['delivered', 'in-stock', 'rented', 'in-repair', 'returned', 'lost']).optional(),
  owner: z.enum(['alleo', 'client']).optional(),
  kind: z.enum(['sale', 'rental']).optional(),
  serial: z.string().trim().min(1).max(64).optional(),
  after: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type RegisterQuery = z.infer<typeof RegisterQuery>;

export const UnitOut = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(['sale', 'rental']),
  clientId: z.string(),
  clientName: z.string().optional(),
  contractId: z.string(),
  contractNumber: z.string().optional(),
  contractLineId: z.string(),
  deliveryId: z.string(),
  sku: z.string(),
  label: z.string(),
  site: z.string().nullable(),
  status: z.string(),
  deliveredOn: z.string(),
  returnDueOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  owner: z.enum(['alleo', 'client']).optional(),
  ownerSince: z.string().nullable().optional(),
  lateDays: z.number().int(),
  lateIndemnityCents: z.number().int(),
  lateAsOf: z.string().nullable(),
});

export const DeliveryOut = z.object({
  id: z.string(),
  number: z.string(),
  contractId: z.string(),
  contractNumber: z.string().optional(),
  clientId: z.string(),
  clientName: z.string().optional(),
  kind: z.enum(['sale', 'rental']),
  deliveredOn: z.string(),
  mode: z.string(),
  site: z.string().nullable(),
  shippingCents: z.number().int().nullable(),
  shippingOnInvoice: z.boolean(),
  noteSha256: z.string(),
  invoiceId: z.string().nullable(),
  reservation: z
    .object({
      text: z.string(),
      recordedAt: z.string(),
      deadline: z.string().nullable(),
      confirmedOn: z.string().nullable(),
      documentSha256: z.string().nullable(),
      outcome: z.string().nullable(),
    })
    .nullable(),
  signature: z
    .object({ name: z.string(), title: z.string(), at: z.string(), documentSha256: z.string().nullable() })
    .nullable(),
  units: z.array(UnitOut).optional(),
});

export const RentalOut = z.object({
  contractId: z.string(),
  deliveries: z.array(DeliveryOut),
  units: z.array(UnitOut),
  certificates: z.array(
    z.object({
      id: z.string(),
      insurer: z.string(),
      startsOn: z.string(),
      expiresOn: z.string(),
      documentSha256: z.string(),
    }),
  ),
  incidents: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      serial: z.string(),
      eventAt: z.string(),
      reportedAt: z.string(),
      description: z.string(),
      outcome: z.string(),
      misuse: z.boolean(),
      repairInvoiceId: z.string().nullable(),
    }),
  ),
  returns: z.array(
    z.object({
      id: z.string(),
      returnedOn: z.string(),
      place: z.string(),
      invoiceId: z.string().nullable(),
      indemnityCents: z.number().int(),
    }),
  ),
  provisionings: z.array(
    z.object({
      id: z.string(),
      contractLineId: z.string(),
      environment: z.string(),
      installation: z.string(),
      dataHosting: z.string(),
    }),
  ),
  timeline: z.array(DecisionOut),
});

export const RentalListQuery = z.strictObject({
  clientId: idSchema.optional(),
  /** missing: only the active rentals without an all-risk certificate valid today (art. 4.2.1). */
  insurance: z.enum(['missing']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const RentalContractOut = z.object({
  contractId: z.string(),
  contractNumber: z.string(),
  status: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  orderDate: z.string(),
});
