/** The outbox: delivery (worker, sweep step, command line) and the administrators' screen (retry, cancel, preview). */
export { outboxRoutes, OUTBOX_ADMINS } from './outbox.routes.ts';
export { deliverOutbox, startDeliveryWorker, DELIVERY_LISTENERS } from './delivery.ts';
export { mailDeliveryStep } from './outbox-step.ts';
export { OutboxMessageOut } from './outbox.schemas.ts';
