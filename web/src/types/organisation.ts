/** Shapes of the organisation API (src/modules/organisations): the selling company ("Société"). */
import type { BodyOf, ResponseOf } from '../api/shapes.ts';

/** The identity printed on every document; `version` is +1 per change, in force from `validFrom`. */
export type Organisation = ResponseOf<'/api/organisation', 'get'>['organisation'];

/** Body of PATCH /api/organisation: only what changes; null clears an optional field. */
export type OrganisationChanges = BodyOf<'/api/organisation', 'patch'>;
