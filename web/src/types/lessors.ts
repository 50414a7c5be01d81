/** Shapes of the lessors API (src/modules/lessors): financing partners of rentals (art. 3.2, 4.2.4). */
import type { BodyOf, ItemOf, ResponseOf } from '../api/shapes.ts';

export type Lessor = ItemOf<ResponseOf<'/api/lessors', 'get'>>;

/** Body of POST /api/lessors. */
export type LessorInput = BodyOf<'/api/lessors', 'post'>;

/** Body of PATCH /api/lessors/:id: only what changes; null removes the SIREN or the email. */
export type LessorChanges = BodyOf<'/api/lessors/{id}', 'patch'>;
