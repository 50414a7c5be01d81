import { z } from 'zod';
import { endContract } from './end-contract.ts';
import { recordForceMajeure } from './record-force-majeure.ts';
import { endForceMajeure } from './end-force-majeure.ts';
import { listForceMajeure, getForceMajeure } from './read-force-majeure.ts';
import { createFormalNotice } from './create-formal-notice.ts';
import { recordNoticeReceipt } from './record-notice-receipt.ts';
import { recordNoticeCure } from './record-notice-cure.ts';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { DecisionBody } from '../shared/index.ts';
import { ContractIdParams } from './contracts.schemas.ts';

import { getLifecycle, LIFECYCLE_WRITERS, TERMINATORS } from './lifecycle.ts';
import {
  EndBody,
  EventParams,
  ForceMajeureBody,
  ForceMajeureEndBody,
  ForceMajeureOut,
  FormalNoticeBody,
  FormalNoticeOut,
  LifecycleOut,
  NoticeCureBody,
  NoticeParams,
  NoticeReceiptBody,
  TerminationBody,
  TerminationOut,
} from './lifecycle.schemas.ts';
import { CONTRACT_READERS } from './read-contracts.ts';
import { terminateContract } from './terminate-contract.ts';
import { findDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { visibleContract } from './read-contracts.ts';
import * as repo from './lifecycle.repo.ts';

const NoticeDecisionOut = z.object({ notice: FormalNoticeOut, decision: DecisionBody });

/** The lifecycle of a contract: statuses, formal notices, termination, force majeure (art. 15, 16). */
export function lifecycleRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/contracts/:id/lifecycle',
    {
      config: { access: CONTRACT_READERS },
      schema: {
        tags: ['contracts'],
        summary:
          'Status, status changes, formal notices, termination, force-majeure events and the return dates they push, actions allowed',
        params: ContractIdParams,
        response: { 200: LifecycleOut },
      },
    },
    async (req) => getLifecycle(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/contracts/:id/formal-notices',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary:
          'A formal notice stating the intent to use the termination clause (art. 15.2), with its registered letter PDF',
        params: ContractIdParams,
        body: FormalNoticeBody,
        response: { 201: FormalNoticeOut },
      },
    },
    async (req, reply) => reply.code(201).send(await createFormalNotice(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/contracts/:id/formal-notices/:noticeId/receipt',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary: 'The acknowledgement of receipt (AR): rule termination.formal-notice gives terminableFrom',
        params: NoticeParams,
        body: NoticeReceiptBody,
        response: { 200: NoticeDecisionOut },
      },
    },
    async (req) => recordNoticeReceipt(ctx, actorOf(req), req.params.id, req.params.noticeId, req.body.receivedOn),
  );

  app.post(
    '/api/contracts/:id/formal-notices/:noticeId/cure',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary: 'The breach was remedied: in time it closes the notice (art. 15.2)',
        params: NoticeParams,
        body: NoticeCureBody,
        response: { 200: NoticeDecisionOut },
      },
    },
    async (req) => recordNoticeCure(ctx, actorOf(req), req.params.id, req.params.noticeId, req.body.curedOn),
  );

  app.post(
    '/api/contracts/:id/terminate',
    {
      config: { access: [...TERMINATORS] },
      schema: {
        tags: ['contracts'],
        summary:
          'Terminate the contract (art. 15.2, 16.1): 409 with the date before terminableFrom, 409 naming the status when it no longer runs',
        params: ContractIdParams,
        body: TerminationBody,
        response: { 201: z.object({ termination: TerminationOut, decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await terminateContract(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/contracts/:id/termination/pdf',
    {
      config: { access: ['admin', 'accounting', 'order-admin', 'sales', 'client'] },
      schema: { tags: ['contracts'], summary: 'The termination letter PDF', params: ContractIdParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const contract = await visibleContract(ctx, actor, req.params.id);
      const t = await repo.terminationOf(ctx.db, actor.orgId, contract.id);
      const doc = t ? await findDocument(ctx.db, actor.orgId, t.letter_sha256) : undefined;
      if (!doc) throw new AppError('evidence.not_found');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${doc.filename.replace(/"/g, '')}"`)
        .send(Buffer.from(doc.content));
    },
  );

  app.get(
    '/api/contracts/:id/formal-notices/:noticeId/pdf',
    {
      config: { access: ['admin', 'accounting', 'order-admin', 'sales', 'client'] },
      schema: { tags: ['contracts'], summary: 'The formal notice letter PDF', params: NoticeParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const contract = await visibleContract(ctx, actor, req.params.id);
      const n = await repo.findNotice(ctx.db, actor.orgId, contract.id, req.params.noticeId);
      const doc = n?.letter_sha256 ? await findDocument(ctx.db, actor.orgId, n.letter_sha256) : undefined;
      if (!doc) throw new AppError('contract.notice_not_found');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${doc.filename.replace(/"/g, '')}"`)
        .send(Buffer.from(doc.content));
    },
  );

  app.post(
    '/api/contracts/:id/end',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary: 'The contract ended: end of the rental duration or of the services (art. 15.1)',
        params: ContractIdParams,
        body: EndBody,
        response: { 201: z.object({ decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await endContract(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/force-majeure-events',
    {
      config: { access: [...LIFECYCLE_WRITERS, 'sales'] },
      schema: {
        tags: ['contracts'],
        summary: 'Force-majeure events (art. 16) with rule force-majeure as of today',
        response: { 200: z.object({ items: z.array(ForceMajeureOut) }) },
      },
    },
    async (req) => ({ items: await listForceMajeure(ctx, actorOf(req)) }),
  );

  app.get(
    '/api/force-majeure-events/:id',
    {
      config: { access: [...LIFECYCLE_WRITERS, 'sales'] },
      schema: {
        tags: ['contracts'],
        summary: 'One force-majeure event',
        params: EventParams,
        response: { 200: ForceMajeureOut },
      },
    },
    async (req) => getForceMajeure(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/force-majeure-events',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary: 'Record a force-majeure event (art. 16.2): its contracts are suspended while it lasts',
        body: ForceMajeureBody,
        response: { 201: ForceMajeureOut },
      },
    },
    async (req, reply) => reply.code(201).send(await recordForceMajeure(ctx, actorOf(req), req.body)),
  );

  app.post(
    '/api/force-majeure-events/:id/end',
    {
      config: { access: [...LIFECYCLE_WRITERS] },
      schema: {
        tags: ['contracts'],
        summary: 'The end of a force-majeure event: obligations resume (400 when before its start)',
        params: EventParams,
        body: ForceMajeureEndBody,
        response: { 200: ForceMajeureOut },
      },
    },
    async (req) => endForceMajeure(ctx, actorOf(req), req.params.id, req.body.endDate),
  );
}
