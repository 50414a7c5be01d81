import { z } from 'zod';
import { fileWarrantyClaim } from './file-warranty-claim.ts';
import { decideWarrantyClaim } from './decide-warranty-claim.ts';
import { requestReturn } from './request-return.ts';
import { decideReturn } from './decide-return.ts';
import { receiveReturn } from './receive-return.ts';
import { inspectReturn } from './inspect-return.ts';
import { creditReturn } from './credit-return.ts';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Role } from '../auth/index.ts';
import { DecisionBody } from '../shared/index.ts';
import {
  ContestationBody,
  ContestationOut,
  ContestationResult,
  IdParams,
  InspectionBody,
  ListQuery,
  ReturnDecisionBody,
  ReturnOut,
  ReturnReceiptBody,
  ReturnRequestBody,
  WarrantyClaimBody,
  WarrantyClaimOut,
  WarrantyDecisionBody,
} from './claims.schemas.ts';
import { listContestations, recordContestation } from './contestations.ts';
import { getReturn, listReturns } from './return-requests.ts';
import { getWarrantyClaim, listWarrantyClaims } from './warranty-claims.ts';

/** Order administration handles claims and returns (SPEC: ADV — deliveries, returns, letters). */
const HANDLERS: readonly Role[] = ['admin', 'order-admin'];
/** Who files a claim or asks for a return: the client in the portal, or order administration for it. */
const FILERS: readonly Role[] = ['client', 'admin', 'order-admin'];
const READERS: readonly Role[] = ['client', 'admin', 'order-admin', 'sales', 'accounting', 'technician'];
/** A credit note is accounting's document. */
const CREDITORS: readonly Role[] = ['admin', 'accounting'];

export function claimsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/warranty-claims',
    {
      config: { access: READERS },
      schema: {
        tags: ['claims'],
        summary: 'Warranty claims (art. 11.2); a client user: its own',
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(WarrantyClaimOut) }) },
      },
    },
    async (req) => ({ items: await listWarrantyClaims(ctx, actorOf(req), req.query.contractId) }),
  );
  app.get(
    '/api/warranty-claims/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['claims'],
        summary: 'One warranty claim',
        params: IdParams,
        response: { 200: WarrantyClaimOut },
      },
    },
    async (req) => getWarrantyClaim(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/warranty-claims',
    {
      config: { access: FILERS },
      schema: {
        tags: ['claims'],
        summary:
          'File a warranty claim against a delivered unit (contract line, serial when known), with its justification',
        body: WarrantyClaimBody,
        response: { 201: WarrantyClaimOut },
      },
    },
    async (req, reply) => reply.code(201).send(await fileWarrantyClaim(ctx, actorOf(req), req.body)),
  );
  app.post(
    '/api/warranty-claims/:id/decision',
    {
      config: { access: HANDLERS },
      schema: {
        tags: ['claims'],
        summary: 'Accept, or refuse for an exclusion of art. 11.2; the letter PDF is kept',
        params: IdParams,
        body: WarrantyDecisionBody,
        response: { 200: z.object({ claim: WarrantyClaimOut, decision: DecisionBody }) },
      },
    },
    async (req) => decideWarrantyClaim(ctx, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/warranty-claims/:id/pdf',
    {
      config: { access: READERS },
      schema: { tags: ['claims'], summary: 'The letter answering a warranty claim', params: IdParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const claim = await getWarrantyClaim(ctx, actor, req.params.id);
      const doc = claim.letterSha256 ? await findDocument(ctx.db, actor.orgId, claim.letterSha256) : undefined;
      if (!doc) throw new AppError('evidence.not_found');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${doc.filename.replace(/"/g, '')}"`)
        .send(Buffer.from(doc.content));
    },
  );

  app.get(
    '/api/returns',
    {
      config: { access: READERS },
      schema: {
        tags: ['claims'],
        summary: 'Return requests (RMA, art. 12); a client user: its own',
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(ReturnOut) }) },
      },
    },
    async (req) => ({ items: await listReturns(ctx, actorOf(req), req.query.contractId) }),
  );
  app.get(
    '/api/returns/:id',
    {
      config: { access: READERS },
      schema: { tags: ['claims'], summary: 'One return request', params: IdParams, response: { 200: ReturnOut } },
    },
    async (req) => getReturn(ctx, actorOf(req), req.params.id),
  );
  app.post(
    '/api/returns',
    {
      config: { access: FILERS },
      schema: {
        tags: ['claims'],
        summary: 'Ask for a return: nothing may be returned without ALLEO’s agreement (art. 12)',
        body: ReturnRequestBody,
        response: { 201: ReturnOut },
      },
    },
    async (req, reply) => reply.code(201).send(await requestReturn(ctx, actorOf(req), req.body)),
  );
  app.post(
    '/api/returns/:id/decision',
    {
      config: { access: HANDLERS },
      schema: {
        tags: ['claims'],
        summary: 'Agree (transport at the client’s cost unless agreed otherwise) or refuse a return',
        params: IdParams,
        body: ReturnDecisionBody,
        response: { 200: z.object({ return: ReturnOut, decision: DecisionBody }) },
      },
    },
    async (req) => decideReturn(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/returns/:id/receipt',
    {
      config: { access: HANDLERS },
      schema: {
        tags: ['claims'],
        summary: 'The returned unit arrived',
        params: IdParams,
        body: ReturnReceiptBody,
        response: { 200: ReturnOut },
      },
    },
    async (req) => receiveReturn(ctx, actorOf(req), req.params.id, req.body.receivedOn),
  );
  app.post(
    '/api/returns/:id/inspection',
    {
      config: { access: HANDLERS },
      schema: {
        tags: ['claims'],
        summary: 'The inspection of the returned unit: perfect, damaged or incomplete',
        params: IdParams,
        body: InspectionBody,
        response: { 200: ReturnOut },
      },
    },
    async (req) => inspectReturn(ctx, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/returns/:id/credit-note',
    {
      config: { access: CREDITORS },
      schema: {
        tags: ['claims'],
        summary:
          'Draft the credit note of a returned unit: 409 claims.not_inspected unless inspected in perfect state (art. 12)',
        params: IdParams,
        response: { 201: ReturnOut },
      },
    },
    async (req, reply) => reply.code(201).send(await creditReturn(ctx, actorOf(req), req.params.id)),
  );

  app.get(
    '/api/contestations',
    {
      config: { access: ['admin', 'order-admin', 'accounting', 'sales'] },
      schema: {
        tags: ['claims'],
        summary: 'The claims register (art. 11.3): contestations of performance with their cap',
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(ContestationOut) }) },
      },
    },
    async (req) => ({ items: await listContestations(ctx, actorOf(req), req.query.contractId) }),
  );
  app.post(
    '/api/contestations',
    {
      config: { access: ['admin', 'order-admin', 'accounting'] },
      schema: {
        tags: ['claims'],
        summary:
          'Record a contestation of performance: in time, out of time or invalid form (rule claim.contestation); cap (rule liability.cap)',
        body: ContestationBody,
        response: { 201: ContestationResult },
      },
    },
    async (req, reply) => reply.code(201).send(await recordContestation(ctx, actorOf(req), req.body)),
  );
}
