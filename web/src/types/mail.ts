/** Outgoing e-mails (outbox) and staff notifications, as the API returns them (generated shapes). */
import type { ItemOf, ResponseOf } from '../api/shapes.ts';

export type OutboxMessage = ItemOf<ResponseOf<'/api/outbox', 'get'>['items']>;
export type OutboxStatus = OutboxMessage['status'];
export type StaffNotification = ItemOf<ResponseOf<'/api/notifications', 'get'>['items']>;
