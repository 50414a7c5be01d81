/** Licences of virtualized solutions: personal, non-transferable rights of use (art. 8, 14). */
export { createLicencesForContract, type LicensedLine } from './create-licences.ts';
export { listLicences, getLicence } from './read-licences.ts';
export { recordUsage } from './record-usage.ts';
export { licencesRoutes } from './licences.routes.ts';
export { LicenceOut } from './licences.schemas.ts';
