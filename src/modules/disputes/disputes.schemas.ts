import { z } from 'zod';
import { centsSchema, civilDateSchema } from '../../kernel/schemas.ts';
import { DecisionBody } from '../shared/index.ts';

const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ClientParams = z.strictObject({ id });
export const ConfidentialQuery = z.strictObject({ contractId: id });

export const DisputeBody = z.strictObject({
  subject: text(2000),
  /** When the dispute was notified to the other party: the 30-day amicable period runs from it (art. 21). */
  notifiedOn: civilDateSchema,
  contractId: id.optional(),
});
export const HiringBody = z.strictObject({
  employeeName: text(200),
  hiredOn: civilDateSchema,
  monthlyGrossSalaryCents: centsSchema,
});
/**
 * The exclusions of art. 13 as the terms list them: a) available to the public, b) previously known to
 * the recipient, c) independently developed outside the contract, d) lawfully disclosed by a third
 * party or in testimony before a competent authority.
 */
export const ConfidentialBody = z.strictObject({
  what: text(2000),
  disclosedBy: z.enum(['client', 'alleo']),
  disclosedOn: civilDateSchema,
  exclusion: z.enum(['a', 'b', 'c', 'd']).optional(),
  contractId: id.optional(),
});

export const DisputeOut = z.object({
  id: z.string(),
  contractId: z.string().nullable(),
  subject: z.string(),
  notifiedOn: z.string(),
  courtFrom: z.string(),
  decision: DecisionBody,
});
export const HiringOut = z.object({
  id: z.string(),
  employeeName: z.string(),
  hiredOn: z.string(),
  monthlyGrossSalaryCents: z.number(),
  until: z.string().nullable(),
  withinPeriod: z.boolean(),
  indemnityCents: z.number(),
});
export const ConfidentialOut = z.object({
  id: z.string(),
  contractId: z.string().nullable(),
  what: z.string(),
  disclosedBy: z.enum(['client', 'alleo']),
  disclosedOn: z.string(),
  exclusion: z.enum(['a', 'b', 'c', 'd']).nullable(),
  protectedUntil: z.string(),
  decision: DecisionBody,
});
export const ObligationsOut = z.object({
  clientId: z.string(),
  disputes: z.array(DisputeOut),
  nonSolicitation: z.object({
    /** The end of the last contract; null while a contract runs (the period runs with it). */
    contractEndedOn: z.string().nullable(),
    decision: DecisionBody.nullable(),
    hirings: z.array(HiringOut),
  }),
  confidentialItems: z.array(ConfidentialOut),
});
