/** Financing partners (lessors) of rentals, art. 3.2 and 4.2.4. */
export { listLessors, getLessor, findLessorIdentity, createLessor, updateLessor } from './manage-lessors.ts';
export { lessorsRoutes } from './lessors.routes.ts';
export type { LessorOut } from './lessors.schemas.ts';
