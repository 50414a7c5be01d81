/** French strings of the accounting exports screen (FEC: fichier des écritures comptables). */
export const frExports = {
  'nav.exports': 'Exports comptables',
  'exports.title': 'Exports comptables',
  'exports.subtitle':
    'Le fichier des écritures comptables (FEC, art. A47 A-1 du Livre des procédures fiscales) d’un exercice ou d’une période, pour l’expert-comptable et l’administration fiscale.',
  'exports.fec': 'Fichier des écritures comptables (FEC)',
  'exports.fecHint':
    'Journal des ventes (factures, avoirs, notes de débit) et journal de banque (règlements, impayés) : 18 colonnes séparées par des tabulations, écritures équilibrées et numérotées sans rupture par journal, factures soldées lettrées. Une période sans écriture donne un fichier avec la seule ligne d’en-tête. Nom du fichier : <SIREN>FEC<AAAAMMJJ>.txt.',
  'exports.from': 'Du',
  'exports.to': 'Au (date de clôture)',
  'exports.download': 'Télécharger le FEC',
  'exports.badDate': 'Date attendue au format AAAA-MM-JJ',
  'exports.toBeforeFrom': 'La fin de la période précède son début',
  'exports.accounts': 'Plan de comptes utilisé',
  'exports.accountsHint':
    'Comptes du plan comptable général par défaut ; un administrateur peut les changer (PUT /api/accounting/settings). La TVA est ventilée par taux (préfixe + taux) ; celle des prestations de services non soumises aux débits attend l’encaissement en 44574.',
  'exports.account.clients': 'Clients (compte collectif, un compte auxiliaire par client)',
  'exports.account.salesGoods': 'Ventes de marchandises',
  'exports.account.salesServices': 'Prestations de services',
  'exports.account.vatCollected': 'TVA collectée (préfixe)',
  'exports.account.vatPending': 'TVA sur encaissements à régulariser (préfixe)',
  'exports.account.lateCharges': 'Intérêts et indemnités de retard',
  'exports.account.bank': 'Banque',
} satisfies Record<string, string>;
