import type { frLessors } from './fr-lessors.ts';

export const enLessors: Record<keyof typeof frLessors, string> = {
  'lessors.title': 'Financing partners',
  'lessors.subtitle':
    'The lessors that finance rentals: they approve the rental file (art. 3.2) and collect the rents (art. 4.2.4).',
  'lessors.new': 'New financing partner',
  'lessors.empty': 'No financing partner',
  'lessors.col.address': 'Address',
  'lessors.col.status': 'Status',
  'lessors.col.actions': 'Actions',
  'lessors.status.active': 'Active',
  'lessors.status.inactive': 'Deactivated',
  'lessors.edit': 'Edit',
  'lessors.deactivate': 'Deactivate',
  'lessors.reactivate': 'Reactivate',
  'lessors.deactivateTitle': 'Deactivate {name}?',
  'lessors.deactivateText':
    'It can no longer be chosen on a quote; the quotes and contracts that already name it keep it. You can reactivate it.',
  'lessors.createTitle': 'New financing partner',
  'lessors.editTitle': 'Edit the financing partner',
  'lessors.create': 'Create',

  'lessor.name': 'Company name',
  'lessor.siren': 'SIREN',
  'lessor.sirenHint': '9 digits',
  'lessor.addressLine': 'Address',
  'lessor.postalCode': 'Postal code',
  'lessor.city': 'City',
  'lessor.country': 'Country',
  'lessor.countryHint': 'Two-letter ISO code (FR, BE…)',
  'lessor.email': 'Email address',
};
