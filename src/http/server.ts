/** Assembles the HTTP server: security, errors, auth, idempotency, OpenAPI, module routes, web app. */
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import type { Listen } from '../db/database.ts';
import { authRoutes, listenForAuthInvalidations } from '../modules/auth/index.ts';
import { clientContactsRoutes, clientsRoutes } from '../modules/clients/index.ts';
import { catalogueRoutes } from '../modules/catalogue/index.ts';
import { vatRatesRoutes } from '../modules/vat-rates/index.ts';
import { usersRoutes } from '../modules/users/index.ts';
import { termsVersionsRoutes } from '../modules/terms-versions/index.ts';
import { ecbRatesRoutes } from '../modules/ecb-rates/index.ts';
import { rulesRoutes } from '../modules/rule-evaluation/index.ts';
import { evidenceLogRoutes } from '../modules/evidence-log/index.ts';
import { acceptanceRoutes, quotesRoutes } from '../modules/quotes/index.ts';
import { contractsRoutes } from '../modules/contracts/index.ts';
import { claimsRoutes } from '../modules/claims/index.ts';
import { disputesRoutes } from '../modules/disputes/index.ts';
import { invoicesRoutes } from '../modules/invoices/index.ts';
import { paymentsRoutes } from '../modules/payments/index.ts';
import { latePaymentRoutes } from '../modules/late-payment/index.ts';
import { debitNotesRoutes } from '../modules/debit-notes/index.ts';
import { dunningRoutes } from '../modules/dunning/index.ts';
import { lessorsRoutes } from '../modules/lessors/index.ts';
import { licencesRoutes } from '../modules/licences/index.ts';
import { equipmentRoutes } from '../modules/equipment/index.ts';
import { interventionsRoutes } from '../modules/interventions/index.ts';
import { accountingRoutes } from '../modules/accounting/index.ts';
import { sepaRoutes } from '../modules/sepa/index.ts';
import { billingRoutes } from '../modules/billing/index.ts';
import { organisationsRoutes } from '../modules/organisations/index.ts';
import { notificationsRoutes } from '../modules/notifications/index.ts';
import { privacyRoutes, processorRoutes } from '../modules/privacy/index.ts';
import { outboxRoutes, startDeliveryWorker } from '../modules/outbox/index.ts';
import { searchRoutes } from '../modules/search/index.ts';
import { dashboardRoutes } from '../modules/dashboard/index.ts';
import type { MailTransport } from '../mail/index.ts';
import { accessHook, requireAccessDeclaration } from './access-hook.ts';
import { healthRoutes } from './health.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerNulGuard } from './reject-nul.ts';
import { registerOpenApi } from './openapi.ts';
import { errorHandler, frameworkErrorHandler } from './problem.ts';
import type { Access, App, RoutesPlugin } from './route-kit.ts';
import { registerWebApp } from './web-app.ts';
import { registerSecurityHeaders } from './security-headers.ts';

/** One registered route and who may call it (the authorization matrix test walks this). */
export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

export interface ServerOptions {
  /** pino options, or false to log nothing (tests). */
  logger?: boolean | { level: string };
  webDistDir?: string;
  secureCookies?: boolean;
  bodyLimitBytes?: number;
  /**
   * PostgreSQL: the database's LISTEN, so that a session or token ended on another instance is
   * refused here at once (ADR 0008). Without it, another instance's change shows within 2 s.
   */
  listen?: Listen;
  /** Client addresses to believe X-Forwarded-For from (TRUST_PROXY); none by default. */
  trustProxy?: string[];
  /**
   * Runs the outbox delivery worker in this process (stopped when the server closes): due messages
   * leave right after they are queued, and on each poll (default 2 s).
   */
  mail?: { transport: MailTransport; pollMs?: number; maxAttempts?: number };
}

/** Every module's routes; a new capability adds one line. */
const MODULE_ROUTES: RoutesPlugin[] = [
  usersRoutes,
  organisationsRoutes,
  clientsRoutes,
  clientContactsRoutes,
  catalogueRoutes,
  vatRatesRoutes,
  termsVersionsRoutes,
  ecbRatesRoutes,
  rulesRoutes,
  evidenceLogRoutes,
  lessorsRoutes,
  quotesRoutes,
  acceptanceRoutes,
  contractsRoutes,
  licencesRoutes,
  invoicesRoutes,
  paymentsRoutes,
  billingRoutes,
  latePaymentRoutes,
  debitNotesRoutes,
  dunningRoutes,
  outboxRoutes,
  notificationsRoutes,
  equipmentRoutes,
  accountingRoutes,
  privacyRoutes,
  processorRoutes,
  searchRoutes,
  sepaRoutes,
  healthRoutes,
  claimsRoutes,
  disputesRoutes,
  interventionsRoutes,
  dashboardRoutes,
];

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    requireAccessDeclaration(route);
    for (const method of [route.method].flat()) {
      routeTable.push({ method: String(method), url: route.url, access: (route.config as { access: Access }).access });
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    return payload;
  });

  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  app.addHook('onRequest', accessHook(ctx));
  registerNulGuard(app);
  registerIdempotency(app, ctx);
  await registerOpenApi(app);

  const typed = app as unknown as App;
  authRoutes(typed, ctx, { secureCookies: options.secureCookies ?? false });
  for (const plugin of MODULE_ROUTES) plugin(typed, ctx);

  await registerWebApp(app, options.webDistDir ?? 'web/dist');
  if (options.listen) {
    const stop = await listenForAuthInvalidations(options.listen);
    app.addHook('onClose', stop);
  }
  if (options.mail) {
    const { transport, pollMs, maxAttempts } = options.mail;
    const worker = startDeliveryWorker(ctx, {
      transport,
      ...(pollMs ? { pollMs } : {}),
      ...(maxAttempts ? { maxAttempts } : {}),
      onReport: (r) => app.log.info({ sent: r.sent.length, failed: r.failed.length }, 'outbox delivery'),
      onError: (err) => app.log.error({ err }, 'outbox delivery failed'),
    });
    app.addHook('onClose', async () => {
      await worker.stop();
    });
  }
  await app.ready();
  return app;
}
