export { listClients, findClient } from './list-clients.ts';
export { clientsRoutes } from './clients.routes.ts';
export { insertClient } from './clients.repo.ts';
