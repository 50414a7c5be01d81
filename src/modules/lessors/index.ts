/** Financing partners (lessors) of rentals, art. 3.2 and 4.2.4. */
export { listLessors, getLessor, findLessorIdentity } from './read-lessors.ts';
export { createLessor } from './create-lessor.ts';
export { updateLessor } from './update-lessor.ts';
export { lessorsRoutes } from './lessors.routes.ts';
export type { LessorOut } from './lessors.schemas.ts';
