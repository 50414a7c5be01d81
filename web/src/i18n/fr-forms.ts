/** Forms that help (issue 17): confirmations that state the consequence, draft deletion, refusal in the portal, own password. */
export const frForms = {
  'quote.delete': 'Supprimer le brouillon',
  'quote.deleteConfirm': 'Supprimer définitivement',
  'quote.deleteWarning':
    'Le brouillon et ses lignes seront supprimés définitivement. Un brouillon n’a jamais été envoyé : rien n’est effacé du journal des preuves.',
  'quote.issueConfirm': 'Émettre',
  'quote.issueWarning':
    'Une fois émis, le devis reçoit son numéro définitif, ses conditions générales et sa durée de validité (art. 3.1), et son PDF est scellé dans le journal des preuves : il ne pourra plus être modifié, seulement remplacé par une nouvelle version.',
  'portalRefuse.open': 'Refuser ce devis',
  'portalRefuse.title': 'Refuser le devis',
  'portalRefuse.warning':
    'Le refus est définitif pour cette version : le devis ne pourra plus être accepté et aucun contrat n’est formé (art. 3.1). ALLEO pourra vous proposer une nouvelle version.',
  'portalRefuse.reason': 'Motif (facultatif)',
  'portalRefuse.confirm': 'Confirmer le refus',
  'portalRefuse.done': 'Vous avez refusé ce devis.',
  'password.open': 'Changer mon mot de passe',
  'password.title': 'Changer mon mot de passe',
  'password.current': 'Mot de passe actuel',
  'password.new': 'Nouveau mot de passe',
  'password.newHint': '10 caractères au moins.',
  'password.repeat': 'Nouveau mot de passe (à nouveau)',
  'password.mismatch': 'Les deux saisies du nouveau mot de passe diffèrent',
  'password.submit': 'Changer le mot de passe',
  'password.done': 'Mot de passe changé. Vos autres sessions ont été fermées.',
  'value.declined': 'Refusé par le client dans l’espace client',
  'field.clientReason': 'Motif donné par le client',
  'client.sirenTwins.title': 'Ce SIREN est déjà celui d’un client',
  'client.sirenTwins.hint':
    'Vérifiez qu’il ne s’agit pas du même client. Un autre établissement de la même société reste possible : indiquez alors son propre SIRET.',
  'client.sirenTwins.siret': 'SIRET {siret}',
  'client.sirenTwins.noSiret': 'sans SIRET',
  'form.unsavedChanges': 'Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?',
};
