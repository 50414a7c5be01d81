/** Shapes of the API answers the web app reads (server contract, see the handover notes). */
import type { LocalizedText } from './i18n/i18n.ts';

export const ROLES = ['admin', 'sales', 'order-admin', 'technician', 'accounting', 'dpo', 'client'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  clientId: string | null;
  disabled: boolean;
}

/** Answer of GET /api/me and POST /api/auth/login. */
export interface Session {
  user: SessionUser;
  organisation: { id: string; name: string };
  /** Null for bearer-token sessions (no CSRF needed). */
  csrfToken: string | null;
}

export interface UserRow extends SessionUser {
  clientName: string | null;
  createdAt: string;
}

export interface ClientSummary {
  id: string;
  legalName: string;
  siren: string;
}

export interface ItemList<T> {
  items: T[];
}

export type TermsStatus = 'draft' | 'published';

export interface TermsSummary {
  version: string;
  effectiveFrom: string;
  status: TermsStatus;
  publishedAt: string | null;
}

export interface TermsParameter {
  key: string;
  value: unknown;
  article: string;
  label: LocalizedText;
}

export interface TermsArticle {
  number: string;
  title: LocalizedText;
  summary: LocalizedText;
}

export interface TermsDetail extends TermsSummary {
  parameters: TermsParameter[];
  articles: TermsArticle[];
}

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

export interface RuleSummary {
  id: string;
  article: string;
  title: LocalizedText;
  factsJsonSchema: JsonSchema;
}

/** A rule decision: the common fields plus the rule's own fields. */
export interface Decision {
  rule: string;
  asOf: string;
  outcome: string;
  citation: { article: string; termsVersion: string };
  explanation: LocalizedText;
  parameters: Record<string, unknown>;
  [field: string]: unknown;
}

export interface LatePaymentPeriod {
  from: string;
  to: string;
  days: number;
  ratePercent: string;
  baseCents: number;
  interestCents: number;
}

export interface EcbRate {
  effectiveFrom: string;
  ratePercent: string;
}

export interface EcbRates extends ItemList<EcbRate> {
  rule: 'semester' | 'latest';
}
