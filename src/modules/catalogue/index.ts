/** The catalogue of products and services; prices are indicative (art. 9.1), quotes copy them. */
export { createItem } from './create-item.ts';
export { updateItem } from './update-item.ts';
export { setItemActive } from './set-item-active.ts';
export { findCatalogueItem, getCatalogueItem } from './get-item.ts';
export { listCatalogueItems } from './list-items.ts';
export { catalogueRoutes } from './catalogue.routes.ts';
export {
  CatalogueItemOut,
  CreateItemBody,
  ITEM_KINDS,
  OFFER_LINES,
  SERVICE_CATEGORIES,
  SOLUTION_KINDS,
  type CreateItemInput,
} from './catalogue.schemas.ts';
