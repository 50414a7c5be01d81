/** Client accounts: identity, addresses, payment, contacts and correspondent (art. 7), financial status (10.1). */
export { listClients, findClient } from './list-clients.ts';
export { getClient } from './get-client.ts';
export { createClient } from './create-client.ts';
export { updateClient } from './update-client.ts';
export { addContact } from './add-contact.ts';
export { updateContact } from './update-contact.ts';
export { removeContact } from './remove-contact.ts';
export { setCorrespondent } from './set-correspondent.ts';
export { setRelationshipEnd } from './end-relationship.ts';
export { clientsRoutes, CLIENT_WRITERS } from './clients.routes.ts';
export { FinancialStatusBody } from './clients.schemas.ts';
export { FINANCIAL_STATUS_WORDS } from './client-export.ts';
export { clientContactsRoutes } from './client-contacts.routes.ts';
// The history of the identity invoices print (ADR 0013): insertClient writes version 1 with the row.
export { insertClient, clientAt, eraseFromIdentityHistory } from './identity-history.ts';
export {
  eraseContactsWithEmail,
  erasePersonalData,
  insertStatusChange,
  markContactsWithEmail,
  rectifyContactsWithEmail,
  switchFinancialStatus,
  updateClient as updateClientRow,
} from './clients.repo.ts';
export { loadWritableClient } from './client-access.ts';
// The mandate reference the invoice prints follows the SEPA mandate in force (ADR 0019).
export { followMandateInForce } from './follow-mandate.ts';
export { CLIENT_IDENTITY_COLUMNS, firstClientVersion, type ClientIdentity } from './identity.ts';
export { checkClientFields, validateMandateReference } from './client-fields.ts';
export {
  ClientDetail,
  ClientSummary,
  CreateClientBody,
  FINANCIAL_STATUSES,
  PAYMENT_METHODS,
  type CreateClientInput,
  type FinancialStatus,
  type PaymentMethod,
} from './clients.schemas.ts';
export { mailRecipients, type MailRecipients } from './mail-recipients.ts';
export { maskIban, maskBic } from './client-mapper.ts';
