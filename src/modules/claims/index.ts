/** Warranty claims (art. 11.2), returns (RMA, art. 12) and the claims register (art. 11.3). */
export { claimsRoutes } from './claims.routes.ts';
