/** Terms versions (CGV) stored per organisation: the ALLEO profile v1, drafts, publication. */
export { termsInForce, publishedTerms } from './terms-in-force.ts';
export { ensureDefaultTerms } from './ensure-default-terms.ts';
export { listTermsVersions, getTermsVersion } from './read-versions.ts';
export { createDraft } from './create-draft.ts';
export { updateDraft } from './update-draft.ts';
export { publishVersion } from './publish-version.ts';
export { termsVersionsRoutes } from './terms-versions.routes.ts';
