import type { frTokens } from './fr-tokens.ts';

/** API tokens (Tokens page). */
export const enTokens: Record<keyof typeof frTokens, string> = {
  'nav.tokens': 'API tokens',
  'tokens.title': 'API tokens',
  'tokens.subtitle':
    'Access for integrations (ERP, scripts) by bearer token: each token expires and can be revoked at any time',
  'tokens.form.name': 'Token name',
  'tokens.form.expiresIn': 'Expires in',
  'tokens.form.days': '{days, plural, one {# day} other {# days}}',
  'tokens.create': 'Create the token',
  'tokens.created.title': 'Token created',
  'tokens.created.once': 'Copy it now: it will not be shown again. It expires on {date}.',
  'tokens.empty': 'No token',
  'tokens.col.name': 'Name',
  'tokens.col.createdAt': 'Created',
  'tokens.col.expiresAt': 'Expires',
  'tokens.col.lastUsedAt': 'Last used',
  'tokens.col.status': 'Status',
  'tokens.col.actions': 'Actions',
  'tokens.never': 'Never (older token)',
  'tokens.status.active': 'Active',
  'tokens.status.expired': 'Expired',
  'tokens.status.revoked': 'Revoked',
  'tokens.revoke': 'Revoke',
};
