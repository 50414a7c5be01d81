import type { frOrganisation } from './fr-organisation.ts';

export const enOrganisation: Record<keyof typeof frOrganisation, string> = {
  'organisation.title': 'Company',
  'organisation.subtitle':
    'The company’s identity printed on quotes, acknowledgements, invoices and letters. A change applies to documents issued from now on: documents already issued keep the identity in force when they were issued.',
  'organisation.readOnly': 'Only an administrator can change the company settings.',
  'organisation.version': 'Version {version}, in force since {at}',
  'organisation.saved': 'Saved: version {version}, in force since {at}.',
  'organisation.reset': 'Discard changes',

  'organisation.section.identity': 'Identity',
  'organisation.section.address': 'Head office and contact',
  'organisation.section.bank': 'Bank and direct debits',
  'organisation.section.vat': 'VAT',

  'organisation.name': 'Company name',
  'organisation.legalForm': 'Legal form',
  'organisation.shareCapital': 'Share capital (€)',
  'organisation.shareCapitalHint': 'In euros, e.g. 10,000.00',
  'organisation.addressLine': 'Address',
  'organisation.postalCode': 'Postal code',
  'organisation.city': 'City',
  'organisation.country': 'Country',
  'organisation.countryHint': 'Two-letter ISO code (FR, BE…)',
  'organisation.siren': 'SIREN',
  'organisation.sirenHint': '9 digits',
  'organisation.siret': 'Head office SIRET',
  'organisation.siretHint': '14 digits, starting with the SIREN',
  'organisation.vatNumber': 'Intra-EU VAT number',
  'organisation.vatNumberHint': 'E.g. FR02 481422475, built on the SIREN',
  'organisation.rcs': 'RCS mention',
  'organisation.rcsHint': 'E.g. "RCS Nanterre 481 422 475"',
  'organisation.email': 'Email address',
  'organisation.phone': 'Phone',
  'organisation.iban': 'IBAN',
  'organisation.ibanHint': 'The account to pay to, printed on invoices paid by transfer',
  'organisation.bic': 'BIC',
  'organisation.sepaCreditorId': 'SEPA creditor identifier (ICS)',
  'organisation.sepaCreditorIdHint': 'E.g. FR70ZZZ481422; required as soon as a client pays by direct debit',
  'organisation.vatOnDebits': 'Option to pay VAT on debits ("Option pour le paiement de la taxe d’après les débits")',
  'organisation.vatOnDebitsHelp':
    'Turn it on if the company opted for VAT on debits: VAT on services is then due when invoiced rather than when collected, payments no longer have to be e-reported, and every invoice must state "Option pour le paiement de la taxe d’après les débits" (CGI ann. II art. 242 nonies A). An inaccurate mention is fined: turn it on only if the option was made with the tax office. It applies to invoices issued from now on.',

  'evidence.kind.organisation.changed': 'Company settings changed',
};
