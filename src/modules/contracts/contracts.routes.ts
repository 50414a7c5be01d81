import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import type { Role } from '../auth/index.ts';
import { DecisionBody, DecisionOut, EvidenceOut, SendBody, SendResultOut, UPLOAD_BODY_LIMIT } from '../shared/index.ts';
import { assignContract } from './assign-contract.ts';
import {
  AssignmentBody,
  ClientChangeBody,
  ContractExportQuery,
  ContractIdParams,
  ContractListQuery,
  ContractOut,
  ContractSummary,
  FormContractBody,
  RentalFileOut,
  RentalFileReviewBody,
} from './contracts.schemas.ts';
import { formContract } from './form-contract.ts';
import {
  acknowledgementPdf,
  CONTRACT_PRICE_READERS,
  CONTRACT_READERS,
  allContracts,
  getContract,
  listContractPage,
  seesPrices,
} from './read-contracts.ts';
import { contractExportColumns } from './contract-export.ts';
import { sendTable } from '../../http/table-export.ts';
import { refuseClientChange } from './refuse-client-change.ts';
import { getRentalFile, reviewRentalFile } from './rental-file.ts';
import { sendAcknowledgement } from './send-acknowledgement.ts';
import { lifecycleRoutes } from './lifecycle.routes.ts';

/** Order administration forms contracts, reviews rental files, records assignments. */
const ORDER_ADMIN: readonly Role[] = ['admin', 'order-admin'];
/** Who can carry a cancellation or modification request: the client, or staff on its behalf. */
const CHANGE_REQUESTERS: readonly Role[] = ['client', 'admin', 'sales', 'order-admin'];
const ContractDetail = z.object({
  contract: ContractOut,
  decisions: z.array(DecisionOut),
  evidence: z.array(EvidenceOut),
});
const QuoteParams = z.strictObject({ id: z.string().min(1).max(100) });

export function contractsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/contracts',
    {
      config: { access: CONTRACT_READERS },
      schema: {
        tags: ['contracts'],
        summary:
          'List contracts, one keyset page in the asked sort (filters: client, status, search; a client user: its own; a technician: without amounts)',
        querystring: ContractListQuery,
        response: { 200: z.object({ items: z.array(ContractSummary), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listContractPage(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/contracts/export',
    {
      config: { access: CONTRACT_READERS },
      schema: {
        tags: ['contracts'],
        summary:
          'The filtered contracts list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort; amounts only for the roles that see prices)',
        querystring: ContractExportQuery,
      },
    },
    async (req, reply) => {
      const { format, lang, ...filters } = req.query;
      const actor = actorOf(req);
      return sendTable(reply, {
        format,
        basename: lang === 'fr' ? 'contrats' : 'contracts',
        sheet: lang === 'fr' ? 'Contrats' : 'Contracts',
        columns: contractExportColumns(lang, seesPrices(actor)),
        rows: await allContracts(ctx, actor, filters),
      });
    },
  );

  app.post(
    '/api/contracts',
    {
      config: { access: ORDER_ADMIN },
      schema: {
        tags: ['contracts'],
        summary: 'Issue the order acknowledgement of an accepted quote: forms the contract (art. 3.2)',
        body: FormContractBody,
        response: { 201: ContractDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await formContract(ctx, actorOf(req), req.body)),
  );

  app.get(
    '/api/contracts/:id',
    {
      config: { access: CONTRACT_READERS },
      schema: {
        tags: ['contracts'],
        summary:
          'One contract with lines, assignments, decisions and evidence (a technician: without prices nor evidence)',
        params: ContractIdParams,
        response: { 200: ContractDetail },
      },
    },
    async (req) => getContract(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/api/contracts/:id/pdf',
    {
      config: { access: CONTRACT_PRICE_READERS },
      schema: {
        tags: ['contracts'],
        summary: 'The order acknowledgement PDF that formed the contract',
        params: ContractIdParams,
      },
    },
    async (req, reply) => {
      const { bytes, filename } = await acknowledgementPdf(ctx, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/"/g, '')}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/contracts/:id/send',
    {
      config: { access: ORDER_ADMIN },
      schema: {
        tags: ['contracts'],
        summary:
          'Queue an e-mail of the order acknowledgement (default recipient: the designated contact); the outbox delivers it, the evidence log keeps it',
        params: ContractIdParams,
        body: SendBody,
        response: { 200: SendResultOut },
      },
    },
    async (req) => sendAcknowledgement(ctx, actorOf(req), req.params.id, req.body ?? {}),
  );

  for (const request of ['cancel', 'modify'] as const) {
    app.post(
      `/api/contracts/:id/${request}`,
      {
        config: { access: CHANGE_REQUESTERS },
        schema: {
          tags: ['contracts'],
          summary: `A client request to ${request} the contract: always refused, recorded, 409 contract.firm_commitment (art. 3.3)`,
          params: ContractIdParams,
          body: ClientChangeBody,
        },
      },
      async (req) => refuseClientChange(ctx, actorOf(req), req.params.id, request, req.body ?? {}),
    );
  }

  app.post(
    '/api/contracts/:id/assignments',
    {
      config: { access: ORDER_ADMIN },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['contracts'],
        summary:
          'Record an assignment: by the client with ALLEO’s written consent, by ALLEO after a notice letter (art. 19.1)',
        params: ContractIdParams,
        body: AssignmentBody,
        response: { 201: z.object({ assignmentId: z.string(), documentSha256: z.string(), decision: DecisionBody }) },
      },
    },
    async (req, reply) => reply.code(201).send(await assignContract(ctx, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/quotes/:id/rental-file',
    {
      config: { access: [...ORDER_ADMIN, 'sales'] },
      schema: {
        tags: ['contracts'],
        summary: 'Where the rental file stands: approvals of ALLEO and the lessor (art. 3.2)',
        params: QuoteParams,
        response: { 200: RentalFileOut },
      },
    },
    async (req) => getRentalFile(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/quotes/:id/rental-file/reviews',
    {
      config: { access: ORDER_ADMIN },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['contracts'],
        summary: 'Record the approval or refusal of the rental file by ALLEO or the lessor, with its document',
        params: QuoteParams,
        body: RentalFileReviewBody,
        response: { 201: RentalFileOut },
      },
    },
    async (req, reply) => reply.code(201).send(await reviewRentalFile(ctx, actorOf(req), req.params.id, req.body)),
  );

  // Statuses, formal notices, termination, force majeure (art. 15, 16; issue #12).
  lifecycleRoutes(app, ctx);
}
