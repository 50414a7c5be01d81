/** Shapes of the API answers the web app reads: aliases of the generated API types (api/openapi.gen.ts). */
import type { Assert, ItemOf, ResponseOf, SameMembers } from './api/shapes.ts';

export const ROLES = ['admin', 'sales', 'order-admin', 'technician', 'accounting', 'dpo', 'client'] as const;
export type Role = (typeof ROLES)[number];
type _RolesAreTheApis = Assert<SameMembers<Role, SessionUser['role']>>;

/** A signed-in user, as GET /api/me names it. */
export type SessionUser = Session['user'];

/** Answer of GET /api/me and POST /api/auth/login (csrfToken is null for bearer-token sessions). */
export type Session = ResponseOf<'/api/me', 'get'>;

/** A row of GET /api/users. */
export type UserRow = ItemOf<ResponseOf<'/api/users', 'get'>>;

/** The few fields of a client row the pickers read (GET /api/clients). */
export type ClientSummary = Pick<ItemOf<ResponseOf<'/api/clients', 'get'>>, 'id' | 'legalName' | 'siren'>;

export interface ItemList<T> {
  items: T[];
}

export type TermsSummary = ItemOf<ResponseOf<'/api/terms', 'get'>>;
export type TermsStatus = TermsSummary['status'];
export type TermsDetail = ResponseOf<'/api/terms/{version}', 'get'>;
export type TermsParameter = ItemOf<TermsDetail['parameters']>;
export type TermsArticle = ItemOf<TermsDetail['articles']>;

/** A JSON Schema node as produced by zod's toJSONSchema (only what the form generator reads). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
}

/** A rule of GET /api/rules; its facts' JSON Schema is read by the form generator. */
export type RuleSummary = Omit<ItemOf<ResponseOf<'/api/rules', 'get'>>, 'factsJsonSchema'> & {
  factsJsonSchema: JsonSchema;
};

/** A rule decision (POST /api/rules/:id/evaluate): the common fields plus the rule's own fields. */
export type Decision = ResponseOf<'/api/rules/{ruleId}/evaluate', 'post'>;

export interface LatePaymentPeriod {
  from: string;
  to: string;
  days: number;
  ratePercent: string;
  baseCents: number;
  interestCents: number;
}

export type EcbRates = ResponseOf<'/api/rates/ecb', 'get'>;
export type EcbRate = ItemOf<EcbRates>;
