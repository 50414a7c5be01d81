import type { TermsVersionsTable } from '../../db/schema.ts';
import {
  PARAMETER_ARTICLES,
  type TermsParameterKey,
  type TermsVersion,
  termsVersionSchema,
} from '../../terms/index.ts';

export interface StoredTermsVersion {
  terms: TermsVersion;
  status: 'draft' | 'published';
  basedOn: string | null;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

/** Rebuilds a terms version from its row; the schema re-checks what the database holds. */
export function fromRow(r: TermsVersionsTable): StoredTermsVersion {
  const terms = termsVersionSchema.parse({
    version: r.version,
    effectiveFrom: r.effective_from,
    parameters: JSON.parse(r.parameters_json),
    articles: JSON.parse(r.articles_json),
  });
  return {
    terms,
    status: r.status,
    basedOn: r.based_on,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  };
}

/** The detail shape of the API and the screen: parameters with their article and label. */
export function toDetail(v: StoredTermsVersion) {
  return {
    version: v.terms.version,
    effectiveFrom: v.terms.effectiveFrom,
    status: v.status,
    basedOn: v.basedOn,
    publishedAt: v.publishedAt,
    parameters: (Object.keys(v.terms.parameters) as TermsParameterKey[]).map((key) => ({
      key,
      value: v.terms.parameters[key] as unknown,
      article: PARAMETER_ARTICLES[key].article,
      label: PARAMETER_ARTICLES[key].label,
    })),
    articles: v.terms.articles,
  };
}
