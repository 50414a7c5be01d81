/** Shapes of the clients API (src/modules/clients/clients.schemas.ts). */
import type { Assert, BodyOf, ItemOf, ResponseOf, SameMembers } from '../api/shapes.ts';

export const PAYMENT_METHODS = ['bank-transfer', 'direct-debit', 'administrative-mandate'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const FINANCIAL_STATUSES = ['normal', 'watch', 'prepayment-required'] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

/** A client as GET /api/clients/:id returns it. */
export type ClientDetail = ResponseOf<'/api/clients/{id}', 'get'>['client'];
export type Address = ClientDetail['billingAddress'];
export type Contact = ItemOf<ClientDetail['contacts']>;
export type FinancialStatusChange = ItemOf<ClientDetail['financialStatusHistory']>;

/** Body of POST /api/clients/:id/contacts. */
export type ContactInput = BodyOf<'/api/clients/{id}/contacts', 'post'>;

/** A row of GET /api/clients. */
export type ClientRow = ItemOf<ResponseOf<'/api/clients', 'get'>>;

/** Body of POST /api/clients (PATCH /api/clients/:id takes the same fields, without contacts). */
export type ClientInput = BodyOf<'/api/clients', 'post'>;

type _PaymentMethodsAreTheApis = Assert<SameMembers<PaymentMethod, ClientRow['paymentMethod']>>;
type _FinancialStatusesAreTheApis = Assert<SameMembers<FinancialStatus, NonNullable<ClientRow['financialStatus']>>>;
