/** Contract formation (art. 3.2–3.4, 15.1, 19): rental files, acknowledgements, contracts, assignments. */
export { contractsRoutes } from './contracts.routes.ts';
export { formContract } from './form-contract.ts';
export { getContract, listContracts, visibleContract } from './read-contracts.ts';
