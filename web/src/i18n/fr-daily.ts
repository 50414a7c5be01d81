/** Daily-use strings (issue 17): plurals, previews, dashboard, search, lists, forms. */
export const frDaily = {
  'common.daysLate': '{count, plural, one {# jour de retard} other {# jours de retard}}',
  'debitNote.preview': 'La note de débit réclamera, au {date} :',
  'debitNote.previewTotal': 'Total réclamé',
  'debitNote.previewNothing': 'Rien à réclamer aujourd’hui sur les factures de ce client.',
  'debitNote.previewInvoices': '{count, plural, one {# facture concernée} other {# factures concernées}}',
  'search.open': 'Rechercher',
  'search.title': 'Recherche',
  'search.placeholder': 'Nom, SIREN, n° de devis, de contrat ou de facture',
  'search.nothing': 'Aucun résultat.',
  'search.kind.client': 'Client',
  'search.kind.quote': 'Devis',
  'search.kind.contract': 'Contrat',
  'search.kind.invoice': 'Facture',
};
