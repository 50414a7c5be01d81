/** Shapes of the contracts and licences APIs (src/modules/contracts, src/modules/licences). */
import type { BodyOf, ItemOf, ResponseOf } from '../api/shapes.ts';

export type ContractSummary = ItemOf<ResponseOf<'/api/contracts', 'get'>>;

/** GET /api/contracts/:id: the contract, its timeline of decisions and its evidence. */
export type ContractDetail = ResponseOf<'/api/contracts/{id}', 'get'>;
export type Contract = ContractDetail['contract'];
/** A line of a contract: the quote's line, and for a rental the day its rent ends. */
export type ContractLine = ItemOf<Contract['lines']>;
export type Assignment = ItemOf<Contract['assignments']>;

/** Body of POST /api/contracts/:id/assignments (art. 3.4, 19.1). */
export type AssignmentInput = BodyOf<'/api/contracts/{id}/assignments', 'post'>;

/** The recorded assignment: its document (ALLEO's consent received, or the notice letter issued) and the decision. */
export type AssignmentResult = ResponseOf<'/api/contracts/{id}/assignments', 'post'>;

export type Licence = ResponseOf<'/api/licences/{id}', 'get'>['licence'];
export type LicenceUsage = ItemOf<Licence['usages']>;
