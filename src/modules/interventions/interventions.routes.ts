import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { DecisionBody } from '../shared/index.ts';
import { createFeedToken, calendarFeed, revokeFeedToken } from './calendar-feed.ts';
import { cancelIntervention, previewCancellation } from './cancel.ts';
import { completeIntervention, signReport } from './complete.ts';
import { confirmIntervention } from './confirm.ts';
import { recordClientDelay, refusePenalty } from './delays.ts';
import {
  BoardItemOut,
  BoardQuery,
  BuyTicketsBody,
  CancelBody,
  CancelPreviewOut,
  CancelPreviewQuery,
  CompleteBody,
  ConfirmBody,
  DelayBody,
  IdParams,
  InterventionDetailOut,
  InterventionOut,
  ListQuery,
  MoveBody,
  PenaltyBody,
  PreviewBody,
  ReceiveBody,
  ScheduleBody,
  ScheduleResultOut,
  HoursBody,
  TechnicianPatchBody,
  SignBody,
  SlotCheckOut,
  TechnicianBody,
  TechnicianOut,
  TicketsOut,
} from './interventions.schemas.ts';
import { moveIntervention } from './move.ts';
import { planningBoard } from './planning-board.ts';
import { getIntervention, listInterventions } from './read-interventions.ts';
import { receiveIntervention } from './receive.ts';
import { interventionReportPdf } from './report-pdf.ts';
import { previewSlot, scheduleIntervention } from './schedule.ts';
import {
  createTechnician,
  listTechnicians,
  setTechnicianHours,
  technicianCandidates,
  updateTechnician,
} from './technicians.ts';
import { buyTickets, ticketAccount } from './tickets.ts';

/** Who plans interventions (art. 6.9). */
const PLANNERS: readonly Role[] = ['admin', 'order-admin', 'technician'];
/** Who reads interventions: staff who deal with services, and the client (its own). */
const READERS: readonly Role[] = ['admin', 'sales', 'order-admin', 'technician', 'accounting', 'client'];
const TAG = ['interventions'];

/** Services and interventions (art. 6, 7, 11.2): planning, confirmation, cancellation, completion, tickets, feeds. */
export function interventionsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/technicians',
    {
      config: { access: ['admin', 'order-admin', 'technician', 'sales'] },
      schema: {
        tags: TAG,
        summary: 'Technicians (users and named resources)',
        response: { 200: z.object({ items: z.array(TechnicianOut) }) },
      },
    },
    async (req) => ({ items: await listTechnicians(ctx, actorOf(req)) }),
  );
  app.post(
    '/api/technicians',
    {
      config: { access: ['admin', 'order-admin'] },
      schema: {
        tags: TAG,
        summary: 'Add a technician',
        body: TechnicianBody,
        response: { 201: z.object({ technician: TechnicianOut }) },
      },
    },
    async (req, reply) => reply.code(201).send({ technician: await createTechnician(ctx, actorOf(req), req.body) }),
  );
  app.get(
    '/api/technicians/candidates',
    {
      config: { access: ['admin', 'order-admin'] },
      schema: {
        tags: TAG,
        summary: 'Staff users with the technician role who are not technicians yet',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })) }),
        },
      },
    },
    async (req) => ({ items: await technicianCandidates(ctx, actorOf(req)) }),
  );
  app.patch(
    '/api/technicians/:id',
    {
      config: { access: ['admin', 'order-admin'] },
      schema: {
        tags: TAG,
        summary: 'Rename a technician, or take it off (or back on) the planning',
        params: IdParams,
        body: TechnicianPatchBody,
        response: { 200: z.object({ technician: TechnicianOut }) },
      },
    },
    async (req) => ({ technician: await updateTechnician(ctx, actorOf(req), req.params.id, req.body) }),
  );
  app.put(
    '/api/technicians/:id/hours',
    {
      config: { access: ['admin', 'order-admin'] },
      schema: {
        tags: TAG,
        summary: 'Set a technician’s weekly hours, inside ALLEO’s working days and hours (art. 6.9); null resets',
        params: IdParams,
        body: HoursBody,
        response: { 200: z.object({ technician: TechnicianOut }) },
      },
    },
    async (req) => ({ technician: await setTechnicianHours(ctx, actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/technicians/:id/feed',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: {
        tags: TAG,
        summary: 'A new secret URL of the technician’s iCalendar feed (the previous one stops working)',
        params: IdParams,
        response: { 201: z.object({ token: z.string(), path: z.string() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await createFeedToken(ctx, actorOf(req), req.params.id)),
  );
  app.delete(
    '/api/technicians/:id/feed',
    {
      config: { access: ['admin', 'order-admin', 'technician'] },
      schema: { tags: TAG, summary: 'Revoke the iCalendar feed', params: IdParams },
    },
    async (req, reply) => {
      await revokeFeedToken(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/calendar/:file',
    {
      config: { access: 'public' },
      schema: {
        tags: TAG,
        summary: 'A technician’s iCalendar feed (RFC 5545) by its secret token; 404 when wrong or revoked',
        params: z.strictObject({ file: z.string().min(1).max(120) }),
      },
    },
    async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=60')
        .send(await calendarFeed(ctx, req.params.file)),
  );

  app.get(
    '/api/interventions',
    {
      config: { access: READERS },
      schema: {
        tags: TAG,
        summary: 'Interventions of a period (planning board; a client: its own)',
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(InterventionOut) }) },
      },
    },
    async (req) => ({ items: await listInterventions(ctx, actorOf(req), req.query) }),
  );
  app.get(
    '/api/interventions/board',
    {
      config: { access: ['admin', 'sales', 'order-admin', 'technician', 'accounting'] },
      schema: {
        tags: TAG,
        summary: 'The planning board: a period’s interventions (not cancelled) with their technicians',
        querystring: BoardQuery,
        response: { 200: z.object({ items: z.array(BoardItemOut) }) },
      },
    },
    async (req) => ({ items: await planningBoard(ctx, actorOf(req), req.query) }),
  );
  app.post(
    '/api/interventions/preview',
    {
      config: { access: PLANNERS },
      schema: {
        tags: TAG,
        summary: 'What a slot costs before saving: working days and hours, surcharge (art. 6.9)',
        body: PreviewBody,
        response: { 200: z.object({ slot: SlotCheckOut }) },
      },
    },
    async (req) => ({ slot: await previewSlot(ctx, actorOf(req), req.body) }),
  );
  app.post(
    '/api/interventions',
    {
      config: { access: PLANNERS },
      schema: {
        tags: TAG,
        summary: 'Schedule an intervention from a contract service line (art. 6.9, 7)',
        body: ScheduleBody,
        response: { 201: ScheduleResultOut },
      },
    },
    async (req, reply) => reply.code(201).send(await scheduleIntervention(ctx, actorOf(req), req.body)),
  );
  app.get(
    '/api/interventions/:id',
    {
      config: { access: READERS },
      schema: {
        tags: TAG,
        summary: 'One intervention with its timeline',
        params: IdParams,
        response: { 200: InterventionDetailOut },
      },
    },
    async (req) => getIntervention(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/interventions/:id/move',
    {
      config: { access: PLANNERS },
      schema: {
        tags: TAG,
        summary: 'Move to another slot (same rules as scheduling)',
        params: IdParams,
        body: MoveBody,
        response: { 200: InterventionDetailOut.extend({ slot: SlotCheckOut }) },
      },
    },
    async (req) => moveIntervention(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/interventions/:id/confirm',
    {
      config: { access: ['admin', 'order-admin', 'technician', 'client'] },
      schema: {
        tags: TAG,
        summary: 'The client confirms the date, or staff record it (rule intervention.confirmation, art. 6.9)',
        params: IdParams,
        body: ConfirmBody,
        response: { 200: InterventionDetailOut.extend({ decision: DecisionBody.nullable() }) },
      },
    },
    async (req) => confirmIntervention(ctx, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/interventions/:id/cancellation',
    {
      config: { access: ['admin', 'order-admin', 'technician', 'client'] },
      schema: {
        tags: TAG,
        summary: 'What cancelling or postponing costs today (rule intervention.cancellation, art. 6.9)',
        params: IdParams,
        querystring: CancelPreviewQuery,
        response: { 200: CancelPreviewOut },
      },
    },
    async (req) => previewCancellation(ctx, actorOf(req), req.params.id, req.query.kind),
  );
  app.post(
    '/api/interventions/:id/cancel',
    {
      config: { access: ['admin', 'order-admin', 'client'] },
      schema: {
        tags: TAG,
        summary:
          'Cancel or postpone at the client’s request, the cost shown accepted; a charge becomes an invoice line',
        params: IdParams,
        body: CancelBody,
        response: {
          200: InterventionDetailOut.extend({
            decision: DecisionBody,
            chargeCents: z.number(),
            chargeInvoiceId: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => cancelIntervention(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/interventions/:id/delays',
    {
      config: { access: PLANNERS },
      schema: {
        tags: TAG,
        summary: 'Record a delay caused by the client (art. 6.9, 7)',
        params: IdParams,
        body: DelayBody,
        response: { 201: InterventionDetailOut },
      },
    },
    async (req, reply) => reply.code(201).send(await recordClientDelay(ctx, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/interventions/:id/penalties',
    {
      config: { access: ['admin', 'order-admin', 'sales', 'accounting'] },
      schema: {
        tags: TAG,
        summary: 'Always refused: no penalty against ALLEO for a schedule slip (art. 6.9)',
        params: IdParams,
        body: PenaltyBody,
      },
    },
    async (req) => refusePenalty(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/interventions/:id/complete',
    {
      config: { access: PLANNERS },
      schema: {
        tags: TAG,
        summary: 'Complete with the report (work, time, serials, attendees, diagnostic)',
        params: IdParams,
        body: CompleteBody,
        response: { 200: InterventionDetailOut },
      },
    },
    async (req) => completeIntervention(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/interventions/:id/sign',
    {
      config: { access: ['admin', 'order-admin', 'technician', 'client'] },
      schema: {
        tags: TAG,
        summary: 'The client signs the report (portal or on site)',
        params: IdParams,
        body: SignBody,
        response: { 200: InterventionDetailOut },
      },
    },
    async (req) => signReport(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/interventions/:id/receive',
    {
      config: { access: ['admin', 'order-admin', 'client'] },
      schema: {
        tags: TAG,
        summary: 'Reception: the client takes possession of the results; invoiceable on completion (art. 6.9)',
        params: IdParams,
        body: ReceiveBody,
        response: { 200: InterventionDetailOut },
      },
    },
    async (req) => receiveIntervention(ctx, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/interventions/:id/report.pdf',
    {
      config: { access: READERS },
      schema: { tags: TAG, summary: 'The intervention report PDF', params: IdParams },
    },
    async (req, reply) => {
      const { bytes, filename } = await interventionReportPdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/api/clients/:id/tickets',
    {
      config: { access: READERS },
      schema: {
        tags: TAG,
        summary: 'Maintenance ticket balance of a client (a client: its own)',
        params: IdParams,
        response: { 200: TicketsOut },
      },
    },
    async (req) => ticketAccount(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/clients/:id/tickets',
    {
      config: { access: ['admin', 'order-admin', 'sales', 'accounting'] },
      schema: {
        tags: TAG,
        summary: 'Buy maintenance tickets at the contract tariff (invoiced, art. 11.2)',
        params: IdParams,
        body: BuyTicketsBody,
        response: { 201: z.object({ invoiceId: z.string(), account: TicketsOut }) },
      },
    },
    async (req, reply) => reply.code(201).send(await buyTickets(ctx, actorOf(req), req.params.id, req.body)),
  );
}
