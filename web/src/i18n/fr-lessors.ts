/** French strings of the financing partners screen (GLOSSARY: loueur, organisme de financement). */
export const frLessors = {
  'lessors.title': 'Organismes de financement',
  'lessors.subtitle':
    'Les loueurs qui financent les locations : ils approuvent le dossier de location (art. 3.2) et encaissent les loyers (art. 4.2.4).',
  'lessors.new': 'Nouvel organisme de financement',
  'lessors.empty': 'Aucun organisme de financement',
  'lessors.col.address': 'Adresse',
  'lessors.col.status': 'Statut',
  'lessors.col.actions': 'Actions',
  'lessors.status.active': 'Actif',
  'lessors.status.inactive': 'Désactivé',
  'lessors.edit': 'Modifier',
  'lessors.deactivate': 'Désactiver',
  'lessors.reactivate': 'Réactiver',
  'lessors.deactivateTitle': 'Désactiver {name} ?',
  'lessors.deactivateText':
    'Il ne pourra plus être choisi sur un devis ; les devis et contrats qui le citent déjà le conservent. Vous pourrez le réactiver.',
  'lessors.createTitle': 'Nouvel organisme de financement',
  'lessors.editTitle': 'Modifier l’organisme de financement',
  'lessors.create': 'Créer',

  'lessor.name': 'Raison sociale',
  'lessor.siren': 'SIREN',
  'lessor.sirenHint': '9 chiffres',
  'lessor.addressLine': 'Adresse',
  'lessor.postalCode': 'Code postal',
  'lessor.city': 'Ville',
  'lessor.country': 'Pays',
  'lessor.countryHint': 'Code ISO à deux lettres (FR, BE…)',
  'lessor.email': 'Adresse e-mail',
} satisfies Record<string, string>;
