import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { DecisionBody, UPLOAD_BODY_LIMIT } from '../shared/index.ts';
import { createDelivery } from './deliver.ts';
import {
  CreateDeliveryBody,
  DeliveryListQuery,
  DeliveryProgressOut,
  DeliveryProgressQuery,
  DeliveryOut,
  IdParams,
  IncidentBody,
  InsuranceBody,
  MisuseBody,
  OwnershipActBody,
  PenaltyBody,
  ProvisionBody,
  RegisterQuery,
  RentalContractOut,
  RentalListQuery,
  RentalOut,
  ReservationBody,
  ReservationConfirmationBody,
  ReturnBody,
  ReturnInstructionsBody,
  SeizureBody,
  SignBody,
  UnitOut,
  UnitStatusBody,
} from './equipment.schemas.ts';
import { invoiceMisuse, reportIncident } from './incidents.ts';
import { uploadInsurance } from './insurance.ts';
import { refuseOwnershipAct, reportSeizure, setStatus } from './ownership-acts.ts';
import { recordPenalty } from './penalty.ts';
import { provisionSolution } from './provision.ts';
import { deliveryProgress, getDelivery, listDeliveries, listRentals } from './read-deliveries.ts';
import { deliveryNotePdf, getRental, getUnit, listRegister } from './read-equipment.ts';
import { confirmReservation, recordReservation } from './reservations.ts';
import { returnEquipment, returnInstructions } from './returns.ts';
import { signDelivery } from './sign-delivery.ts';

const DELIVERY_WRITERS = ['admin', 'order-admin'] as const;
const CLIENT_OR_ADV = ['admin', 'order-admin', 'client'] as const;

function sendPdf(
  reply: { type(t: string): { header(k: string, v: string): { send(b: Buffer): unknown } } },
  bytes: Uint8Array,
  filename: string,
) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
    .send(Buffer.from(bytes));
}

/** Deliveries, the equipment register, rentals and provisioning (art. 4, 5, 7, 10.3, 15.3). */
export function equipmentRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/deliveries',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deliveries'],
        summary: 'Deliveries (a client user: its own)',
        querystring: DeliveryListQuery,
        response: { 200: z.object({ items: z.array(DeliveryOut) }) },
      },
    },
    async (req) => ({ items: await listDeliveries(ctx, actorOf(req), req.query) }),
  );

  app.get(
    '/api/deliveries/progress',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deliveries'],
        summary:
          'Active contracts with products: units ordered and delivered, to do / partial / done (art. 4.1, 4.2.1)',
        querystring: DeliveryProgressQuery,
        response: { 200: z.object({ items: z.array(DeliveryProgressOut) }) },
      },
    },
    async (req) => ({ items: await deliveryProgress(ctx, actorOf(req), req.query) }),
  );

  app.post(
    '/api/deliveries',
    {
      config: { access: DELIVERY_WRITERS },
      schema: {
        tags: ['deliveries'],
        summary: "Deliver units of a contract's sale or rental lines, one serial per unit (art. 4.1, 4.2.1, 10.3)",
        body: CreateDeliveryBody,
        response: { 201: z.object({ delivery: DeliveryOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ delivery: await createDelivery(ctx, actorOf(req), req.body) }),
  );

  app.get(
    '/api/deliveries/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['deliveries'],
        summary: 'One delivery with its units',
        params: IdParams,
        response: { 200: z.object({ delivery: DeliveryOut }) },
      },
    },
    async (req) => ({ delivery: await getDelivery(ctx, actorOf(req), req.params.id) }),
  );

  app.get(
    '/api/deliveries/:id/pdf',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['deliveries'], summary: 'The delivery note PDF (bon de livraison)', params: IdParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const sha = await deliveryNotePdf(ctx, actor, req.params.id);
      const doc = await findDocument(ctx.db, actor.orgId, sha);
      if (!doc) throw new AppError('evidence.not_found');
      return sendPdf(reply, doc.content, doc.filename);
    },
  );

  app.post(
    '/api/deliveries/:id/reservations',
    {
      config: { access: CLIENT_OR_ADV },
      schema: {
        tags: ['deliveries'],
        summary:
          'Record missing items or damage noted at delivery; shows the deadline to confirm them to the carrier (art. 4.1.3)',
        params: IdParams,
        body: ReservationBody,
        response: { 201: z.object({ delivery: DeliveryOut, decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await recordReservation(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/deliveries/:id/reservations/confirmation',
    {
      config: { access: CLIENT_OR_ADV },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['deliveries'],
        summary:
          'Upload the confirmation of the reservations to the carrier with its date: in time or too late (art. 4.1.3)',
        params: IdParams,
        body: ReservationConfirmationBody,
        response: { 201: z.object({ delivery: DeliveryOut, decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await confirmReservation(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/deliveries/:id/penalties',
    {
      config: { access: ['admin', 'order-admin', 'accounting'] },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['deliveries'],
        summary:
          "A delay penalty against ALLEO: refused unless ALLEO's prior written acceptance is attached (art. 4.1.2)",
        params: IdParams,
        body: PenaltyBody,
        response: { 201: z.object({ decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await recordPenalty(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/deliveries/:id/sign',
    {
      config: { access: CLIENT_OR_ADV },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['deliveries'],
        summary: 'Sign the rental delivery note (or upload it signed): the transfer of risk (art. 4.2.1)',
        params: IdParams,
        body: SignBody,
        response: { 200: z.object({ delivery: DeliveryOut, decision: DecisionBody }) },
      },
    },
    async (req) => signDelivery(ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/equipment',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['equipment'],
        summary: 'The equipment register, each unit with its owner derived from payments (art. 4.1.4, 4.2.5)',
        querystring: RegisterQuery,
        response: { 200: z.object({ items: z.array(UnitOut) }) },
      },
    },
    async (req) => ({ items: await listRegister(ctx, actorOf(req), req.query) }),
  );

  app.get(
    '/api/equipment/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['equipment'],
        summary: 'One unit with its owner',
        params: IdParams,
        response: { 200: z.object({ unit: UnitOut }) },
      },
    },
    async (req) => ({ unit: await getUnit(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/equipment/:id/status',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: {
        tags: ['equipment'],
        summary: 'Move a unit in the register (in stock, rented, in repair, lost)',
        params: IdParams,
        body: UnitStatusBody,
        response: { 200: z.object({ unit: UnitOut }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await setStatus(ctx, actor, req.params.id, req.body.status);
      return { unit: await getUnit(ctx, actor, req.params.id) };
    },
  );

  app.post(
    '/api/equipment/:id/ownership-acts',
    {
      config: { access: CLIENT_OR_ADV },
      schema: {
        tags: ['equipment'],
        summary: 'A transfer, sublease or pledge of a rented unit: always refused, ALLEO owns it (art. 4.2.5)',
        params: IdParams,
        body: OwnershipActBody,
      },
    },
    async (req) => refuseOwnershipAct(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/equipment/:id/seizure',
    {
      config: { access: CLIENT_OR_ADV },
      schema: {
        tags: ['equipment'],
        summary: 'Report a seizure of a rented unit: staff are notified (art. 4.2.5)',
        params: IdParams,
        body: SeizureBody,
        response: { 201: z.object({ decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await reportSeizure(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/rentals',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['rentals'],
        summary:
          'Rental contracts (a rental delivered; a client user: its own); insurance=missing: the active ones without an all-risk certificate valid today (art. 4.2.1)',
        querystring: RentalListQuery,
        response: { 200: z.object({ items: z.array(RentalContractOut) }) },
      },
    },
    async (req) => ({ items: await listRentals(ctx, actorOf(req), req.query) }),
  );

  app.get(
    '/api/rentals/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['rentals'],
        summary: "A contract's equipment: deliveries, units, insurance, incidents, returns, provisioning, timeline",
        params: IdParams,
        response: { 200: z.object({ rental: RentalOut }) },
      },
    },
    async (req) => ({ rental: await getRental(ctx, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/rentals/:id/insurance',
    {
      config: { access: CLIENT_OR_ADV },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['rentals'],
        summary: "Upload the client's all-risk insurance certificate (art. 4.2.1)",
        params: IdParams,
        body: InsuranceBody,
        response: {
          201: z.object({
            certificate: z.object({
              id: z.string(),
              insurer: z.string(),
              startsOn: z.string(),
              expiresOn: z.string(),
              documentSha256: z.string(),
            }),
          }),
        },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ certificate: await uploadInsurance(ctx, actorOf(req), req.params.id, req.body) }),
  );

  app.post(
    '/api/rentals/incidents',
    {
      config: { access: ['admin', 'order-admin', 'technician', 'client'] },
      schema: {
        tags: ['rentals'],
        summary: 'Report an incident or damage on a rented unit: within 48 hours or late (art. 7)',
        body: IncidentBody,
        response: { 201: z.object({ id: z.string(), outcome: z.string(), decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await reportIncident(ctx, actorOf(req), req.body)),
  );

  app.post(
    '/api/rentals/incidents/:id/misuse',
    {
      config: { access: ['admin', 'order-admin', 'accounting'] },
      schema: {
        tags: ['rentals'],
        summary: 'The repair of an incident caused by misuse is invoiced (art. 4.2.4)',
        params: IdParams,
        body: MisuseBody,
        response: { 201: z.object({ invoiceId: z.string() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await invoiceMisuse(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/rentals/:id/return-instructions',
    {
      config: { access: DELIVERY_WRITERS },
      schema: {
        tags: ['rentals'],
        summary: 'The return instructions letter (PDF), with the place ALLEO chooses (art. 15.3)',
        params: IdParams,
        body: ReturnInstructionsBody,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await returnInstructions(ctx, actorOf(req), req.params.id, req.body);
      return sendPdf(reply, bytes, filename);
    },
  );

  app.post(
    '/api/rental-returns',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: {
        tags: ['rentals'],
        summary:
          'The return receipt of rented units, condition per unit; a late return invoices the indemnity (art. 15.3)',
        body: ReturnBody,
        response: {
          201: z.object({
            id: z.string(),
            returnedOn: z.string(),
            invoiceId: z.string().nullable(),
            indemnityCents: z.number().int(),
            decisions: z.array(DecisionBody),
            units: z.array(UnitOut),
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(await returnEquipment(ctx, actorOf(req), req.body)),
  );

  app.post(
    '/api/provisionings',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: {
        tags: ['rentals'],
        summary: 'Provision a virtualized solution once its price is collected (art. 5)',
        body: ProvisionBody,
        response: {
          201: z.object({
            provisioning: z.object({
              id: z.string(),
              contractLineId: z.string(),
              environment: z.string(),
              installation: z.string(),
              dataHosting: z.string(),
            }),
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send({ provisioning: await provisionSolution(ctx, actorOf(req), req.body) }),
  );
}
