/** Terms versions (CGV) stored per organisation: the ALLEO profile v1, drafts, publication. */
export { termsInForce, publishedTerms } from './terms-in-force.ts';
export { ensureDefaultTerms, listTermsVersions, getTermsVersion, createDraft, updateDraft, publishVersion } from './manage-versions.ts';
export { termsVersionsRoutes } from './terms-versions.routes.ts';
