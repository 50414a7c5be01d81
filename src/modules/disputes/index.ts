/** Disputes (art. 21), non-solicitation (art. 18) and the confidentiality register (art. 13). */
export { disputesRoutes } from './disputes.routes.ts';
