/**
 * The closed set of error codes a use case may raise. The HTTP layer maps each `kind`
 * to a status and renders an RFC 9457 problem document with these titles.
 * Add a code here (never an ad-hoc string) when a new refusal appears.
 */
export type ErrorKind =
  | 'invalid' // 400: the request itself is wrong (fields named in errors[])
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // 409: the request is well formed but the state or the terms refuse it
  | 'too-large' // 413
  | 'uri-too-long' // 414
  | 'unsupported-media' // 415
  | 'rate-limited' // 429
  | 'unavailable'; // 503

interface CodeInfo {
  kind: ErrorKind;
  fr: string;
  en: string;
}

export const ERROR_CODES = {
  'request.invalid': { kind: 'invalid', fr: 'Requête invalide', en: 'Invalid request' },
  'request.malformed_json': { kind: 'invalid', fr: 'JSON mal formé', en: 'Malformed JSON' },
  'request.too_large': { kind: 'too-large', fr: 'Requête trop volumineuse', en: 'Request body too large' },
  'request.unsupported_media_type': {
    kind: 'unsupported-media',
    fr: 'Type de contenu non pris en charge',
    en: 'Unsupported media type',
  },
  'request.bad_url': {
    kind: 'invalid',
    fr: "Adresse (URL) invalide : un caractère encodé en % n'est pas valide",
    en: 'Invalid URL: a %-encoded character is not valid',
  },
  'request.uri_too_long': {
    kind: 'uri-too-long',
    fr: 'Adresse (URL) trop longue : un identifiant du chemin dépasse 100 caractères',
    en: 'URI too long: an identifier in the path is longer than 100 characters',
  },
  'request.rate_limited': {
    kind: 'rate-limited',
    fr: 'Trop de tentatives, réessayez plus tard',
    en: 'Too many attempts, try again later',
  },
  'route.not_found': { kind: 'not-found', fr: 'Ressource introuvable', en: 'Resource not found' },
  'idempotency.key_reused': {
    kind: 'conflict',
    fr: "Clé d'idempotence déjà utilisée pour une autre requête",
    en: 'Idempotency key already used with another request',
  },
  'idempotency.in_progress': {
    kind: 'conflict',
    fr: "Requête déjà en cours avec cette clé d'idempotence",
    en: 'A request with this idempotency key is in progress',
  },
  'auth.required': { kind: 'unauthenticated', fr: 'Authentification requise', en: 'Authentication required' },
  'auth.invalid_credentials': {
    kind: 'unauthenticated',
    fr: 'Adresse e-mail ou mot de passe incorrect',
    en: 'Wrong email or password',
  },
  'auth.forbidden': { kind: 'forbidden', fr: 'Accès refusé pour votre rôle', en: 'Your role does not allow this' },
  'auth.csrf': { kind: 'forbidden', fr: 'Jeton CSRF absent ou invalide', en: 'Missing or invalid CSRF token' },
  'user.not_found': { kind: 'not-found', fr: 'Utilisateur introuvable', en: 'User not found' },
  'user.email_taken': { kind: 'conflict', fr: 'Adresse e-mail déjà utilisée', en: 'Email already in use' },
  'user.client_required': {
    kind: 'invalid',
    fr: 'Un utilisateur client doit être rattaché à un client',
    en: 'A client user must belong to a client',
  },
  'user.cannot_disable_self': {
    kind: 'conflict',
    fr: 'Vous ne pouvez pas désactiver votre propre compte',
    en: 'You cannot disable your own account',
  },
  'token.not_found': { kind: 'not-found', fr: "Jeton d'API introuvable", en: 'API token not found' },
  'client.not_found': { kind: 'not-found', fr: 'Client introuvable', en: 'Client not found' },
  'client.contact_not_found': { kind: 'not-found', fr: 'Contact introuvable', en: 'Contact not found' },
  'client.anonymised': {
    kind: 'conflict',
    fr: 'Client anonymisé : ses données ne peuvent plus être modifiées',
    en: 'This client was anonymised and can no longer be changed',
  },
  'privacy.request_not_found': {
    kind: 'not-found',
    fr: 'Demande relative aux données personnelles introuvable',
    en: 'Data-subject request not found',
  },
  'privacy.request_closed': {
    kind: 'conflict',
    fr: 'Cette demande a déjà reçu sa réponse',
    en: 'This request has already been answered',
  },
  'privacy.identity_not_verified': {
    kind: 'conflict',
    fr: "L'identité du demandeur n'est pas vérifiée : aucune donnée ne peut lui être communiquée (RGPD art. 12(6))",
    en: "The requester's identity is not verified: no data may be given out (GDPR art. 12(6))",
  },
  'privacy.extension_refused': {
    kind: 'conflict',
    fr: "La prolongation de deux mois n'est possible qu'une fois, avant l'échéance d'un mois (RGPD art. 12(3))",
    en: 'The two-month extension is possible once only, before the one-month deadline (GDPR art. 12(3))',
  },
  'privacy.export_not_available': {
    kind: 'conflict',
    fr: "Vos données sont téléchargeables une fois votre demande d'accès traitée",
    en: 'Your data can be downloaded once your access request has been answered',
  },
  'privacy.audit_too_soon': {
    kind: 'conflict',
    fr: 'Audit refusé : au plus un audit par an (annexe, Contrôle et audit)',
    en: 'Audit refused: at most one audit a year (annex, Contrôle et audit)',
  },
  'privacy.not_found': { kind: 'not-found', fr: 'Élément introuvable', en: 'Not found' },
  'privacy.wrong_state': {
    kind: 'conflict',
    fr: "Cette étape n'est pas possible dans l'état actuel",
    en: 'This step is not possible in the current state',
  },
  'client.financial_status_unchanged': {
    kind: 'conflict',
    fr: 'Le client a déjà cette situation financière',
    en: 'The client already has this financial status',
  },
  'catalogue.item_not_found': {
    kind: 'not-found',
    fr: 'Article du catalogue introuvable',
    en: 'Catalogue item not found',
  },
  'catalogue.sku_taken': {
    kind: 'conflict',
    fr: 'Référence (SKU) déjà utilisée dans le catalogue',
    en: 'SKU already used in the catalogue',
  },
  'vat_rate.not_in_force': {
    kind: 'invalid',
    fr: 'Taux de TVA non en vigueur à cette date',
    en: 'VAT rate not in force on that date',
  },
  'quote.not_found': { kind: 'not-found', fr: 'Devis introuvable', en: 'Quote not found' },
  'quote.not_draft': {
    kind: 'conflict',
    fr: 'Un devis émis ne peut plus être modifié : créez une nouvelle version',
    en: 'An issued quote never changes: create a new version',
  },
  'quote.not_issued': {
    kind: 'conflict',
    fr: "Le devis n'est pas en attente d'acceptation",
    en: 'The quote is not open for acceptance',
  },
  'quote.expired': {
    kind: 'conflict',
    fr: 'Devis expiré : un nouveau devis est nécessaire (art. 3.1)',
    en: 'The quote has expired: a new quote is needed (art. 3.1)',
  },
  'quote.acceptance_refused': {
    kind: 'conflict',
    fr: 'Acceptation refusée : elle ne forme pas le contrat (art. 3.1)',
    en: 'Acceptance refused: it does not form the contract (art. 3.1)',
  },
  'quote.not_revisable': {
    kind: 'conflict',
    fr: "Ce devis ne peut pas faire l'objet d'une nouvelle version",
    en: 'This quote cannot be revised',
  },
  'quote.not_accepted': {
    kind: 'conflict',
    fr: "Le devis n'a pas été accepté par le client",
    en: 'The quote has not been accepted by the client',
  },
  'rental_file.not_required': {
    kind: 'conflict',
    fr: 'Ce devis ne comporte pas de location : aucun dossier à valider',
    en: 'This quote has no rental: there is no file to approve',
  },
  'contract.not_found': { kind: 'not-found', fr: 'Contrat introuvable', en: 'Contract not found' },
  'contract.already_formed': {
    kind: 'conflict',
    fr: 'Le contrat de ce devis est déjà formé',
    en: 'The contract of this quote is already formed',
  },
  'contract.rental_file_pending': {
    kind: 'conflict',
    fr: "Dossier de location non validé : l'accusé de réception est bloqué (art. 3.2)",
    en: 'Rental file not approved: the acknowledgement is blocked (art. 3.2)',
  },
  'contract.firm_commitment': {
    kind: 'conflict',
    fr: 'Le client ne peut ni annuler ni modifier le contrat (art. 3.3)',
    en: 'The client cannot cancel or modify the contract (art. 3.3)',
  },
  'contract.assignment_refused': {
    kind: 'conflict',
    fr: 'Cession du contrat refusée (art. 3.4 et 19.1)',
    en: 'Assignment of the contract refused (art. 3.4 and 19.1)',
  },
  'contract.illegal_transition': {
    kind: 'conflict',
    fr: "Ce changement d'état n'est pas possible depuis l'état actuel du contrat",
    en: 'This status change is not possible from the current status of the contract',
  },
  'contract.not_terminable_yet': {
    kind: 'conflict',
    fr: 'Résiliation impossible avant la date ouverte par la règle (art. 15.2, 16.1)',
    en: 'Termination not possible before the date the rule opens (art. 15.2, 16.1)',
  },
  'contract.breach_cured': {
    kind: 'conflict',
    fr: 'Manquement réparé dans le délai de la mise en demeure : pas de résiliation (art. 15.2)',
    en: 'Breach remedied within the cure period: no termination (art. 15.2)',
  },
  'contract.notice_not_found': {
    kind: 'not-found',
    fr: 'Mise en demeure introuvable',
    en: 'Formal notice not found',
  },
  'contract.notice_without_receipt': {
    kind: 'conflict',
    fr: "Accusé de réception de la mise en demeure non enregistré : le délai de 30 jours n'a pas commencé (art. 15.2)",
    en: 'Acknowledgement of receipt of the formal notice not recorded: the 30-day period has not started (art. 15.2)',
  },
  'contract.notice_closed': {
    kind: 'conflict',
    fr: 'Mise en demeure déjà close (accusé de réception ou réparation déjà enregistré)',
    en: 'Formal notice already closed (receipt or remedy already recorded)',
  },
  'force_majeure.not_found': {
    kind: 'not-found',
    fr: 'Événement de force majeure introuvable',
    en: 'Force-majeure event not found',
  },
  'force_majeure.already_ended': {
    kind: 'conflict',
    fr: 'Événement de force majeure déjà terminé',
    en: 'Force-majeure event already ended',
  },
  'claims.not_found': { kind: 'not-found', fr: 'Demande introuvable', en: 'Request not found' },
  'claims.wrong_state': {
    kind: 'conflict',
    fr: "Cette étape n'est pas possible dans l'état actuel de la demande",
    en: 'This step is not possible in the current state of the request',
  },
  'claims.not_inspected': {
    kind: 'conflict',
    fr: "Pas d'avoir avant l'inspection du produit retourné en parfait état (art. 12)",
    en: 'No credit note before the returned product is inspected in perfect state (art. 12)',
  },
  // Deliveries, equipment register, rentals, provisioning (issue #10; art. 4, 5, 7, 10.3, 15.3).
  'contract.not_active': {
    kind: 'conflict',
    fr: "Le contrat n'est pas en cours : aucune livraison ni intervention n'y est possible",
    en: 'The contract is not active: no delivery or intervention is possible on it',
  },
  'delivery.not_found': { kind: 'not-found', fr: 'Livraison introuvable', en: 'Delivery not found' },
  'delivery.prepayment_required': {
    kind: 'conflict',
    fr: 'Paiement préalable exigé : la livraison attend le règlement (art. 10.3)',
    en: 'Prepayment required: the delivery waits for payment (art. 10.3)',
  },
  'delivery.quantity_exceeded': {
    kind: 'conflict',
    fr: 'Quantité livrée supérieure à la quantité commandée',
    en: 'More delivered than ordered',
  },
  'delivery.penalty_refused': {
    kind: 'conflict',
    fr: "Aucune pénalité de retard sans l'accord écrit préalable d'ALLEO (art. 4.1.2)",
    en: "No delay penalty without ALLEO's prior written acceptance (art. 4.1.2)",
  },
  'delivery.not_rental': {
    kind: 'conflict',
    fr: "Cette livraison n'est pas une livraison de matériel loué",
    en: 'This delivery is not a delivery of rented products',
  },
  'delivery.already_signed': {
    kind: 'conflict',
    fr: 'Bon de livraison déjà signé',
    en: 'Delivery note already signed',
  },
  'delivery.reservation_closed': {
    kind: 'conflict',
    fr: 'Les réserves de cette livraison sont déjà closes (art. 4.1.3)',
    en: 'The reservations of this delivery are already closed (art. 4.1.3)',
  },
  'equipment.not_found': { kind: 'not-found', fr: 'Matériel introuvable', en: 'Equipment not found' },
  'incident.not_found': { kind: 'not-found', fr: 'Incident introuvable', en: 'Incident not found' },
  'incident.repair_invoiced': {
    kind: 'conflict',
    fr: 'La réparation de cet incident est déjà facturée',
    en: 'The repair of this incident is already invoiced',
  },
  'equipment.serial_taken': {
    kind: 'conflict',
    fr: 'Numéro de série déjà enregistré',
    en: 'Serial number already in the register',
  },
  'equipment.ownership_protected': {
    kind: 'conflict',
    fr: 'Le matériel loué reste la propriété exclusive d’ALLEO (art. 4.2.5)',
    en: 'Rented products remain the exclusive property of ALLEO (art. 4.2.5)',
  },
  'equipment.not_out': {
    kind: 'conflict',
    fr: "Ce matériel n'est pas chez le client : il ne peut pas être restitué",
    en: 'This unit is not out at the client: it cannot be returned',
  },
  'provisioning.unpaid': {
    kind: 'conflict',
    fr: "Mise à disposition après l'encaissement du prix (art. 5.2)",
    en: 'Provisioning waits for the price to be collected (art. 5.2)',
  },
  'provisioning.hosting_refused': {
    kind: 'conflict',
    fr: "Offre Téléphonie : les données sont hébergées sur les serveurs d'ALLEO (art. 5.3)",
    en: "Telephony offer: data is hosted on ALLEO's servers (art. 5.3)",
  },
  'provisioning.exists': {
    kind: 'conflict',
    fr: 'Cette ligne est déjà mise à disposition',
    en: 'This line is already provisioned',
  },
  'invoice.not_found': { kind: 'not-found', fr: 'Facture introuvable', en: 'Invoice not found' },
  'invoice.not_draft': {
    kind: 'conflict',
    fr: 'Facture déjà émise : elle ne peut plus changer, seul un avoir la corrige',
    en: 'The invoice is already issued: it never changes, only a credit note corrects it',
  },
  'invoice.issued_immutable': {
    kind: 'conflict',
    fr: 'Une facture émise ne peut être ni modifiée ni supprimée : émettez un avoir',
    en: 'An issued invoice can be neither changed nor deleted: issue a credit note',
  },
  'invoice.not_issued': {
    kind: 'conflict',
    fr: "La facture n'est pas encore émise",
    en: 'The invoice is not issued yet',
  },
  'invoice.empty': {
    kind: 'conflict',
    fr: 'Une facture doit avoir un montant positif',
    en: 'An invoice must have a positive amount',
  },
  'invoice.nothing_to_invoice': {
    kind: 'conflict',
    fr: 'Aucune ligne du contrat ne reste à facturer pour cet événement',
    en: 'No line of the contract is left to invoice for this event',
  },
  'invoice.not_creditable': {
    kind: 'conflict',
    fr: 'Seule une facture émise peut être corrigée par un avoir',
    en: 'Only an issued invoice can be corrected by a credit note',
  },
  'invoice.credit_exceeds': {
    kind: 'conflict',
    fr: "L'avoir dépasse ce qui reste de la facture",
    en: 'The credit note exceeds what remains of the invoice',
  },
  // Payments and bank statement imports (src/modules/payments).
  'payment.not_found': { kind: 'not-found', fr: 'Règlement introuvable', en: 'Payment not found' },
  'payment.invoice_not_found': {
    kind: 'not-found',
    fr: 'Facture émise de ce client introuvable',
    en: 'No issued invoice of this client with this id',
  },
  'payment.debit_note_not_found': {
    kind: 'not-found',
    fr: 'Note de débit de ce client introuvable',
    en: 'No debit note of this client with this id',
  },
  'payment.allocation_exceeds_open': {
    kind: 'conflict',
    fr: 'Le montant affecté dépasse le reste dû de la pièce',
    en: 'The amount allocated exceeds what remains open on the document',
  },
  'payment.allocations_exceed_amount': {
    kind: 'invalid',
    fr: 'Les affectations dépassent le montant du règlement',
    en: 'The allocations exceed the amount of the payment',
  },
  'payment.credit_exceeded': {
    kind: 'conflict',
    fr: 'Les affectations dépassent le crédit non affecté du règlement',
    en: 'The allocations exceed the unallocated credit of the payment',
  },
  'payment.excess_unallocated': {
    kind: 'conflict',
    fr: "Règlement supérieur au reste dû du client : indiquez les affectations ou conservez l'excédent en avoir (keepExcessAsCredit)",
    en: 'The payment is larger than what is open: say where it goes (allocations) or keep the excess as credit (keepExcessAsCredit)',
  },
  'payment.reversed': {
    kind: 'conflict',
    fr: 'Ce règlement a été annulé (impayé) : il ne peut plus être affecté',
    en: 'This payment was reversed: it can no longer be allocated',
  },
  'payment.already_reversed': {
    kind: 'conflict',
    fr: 'Ce règlement est déjà annulé',
    en: 'This payment is already reversed',
  },
  'bank_import.invalid_file': { kind: 'invalid', fr: 'Relevé bancaire invalide', en: 'Invalid bank statement file' },
  'bank_import.duplicate': {
    kind: 'conflict',
    fr: 'Ce relevé bancaire a déjà été importé',
    en: 'This bank statement file was already imported',
  },
  'bank_import.other_account': {
    kind: 'invalid',
    fr: "Ce relevé est celui d'un autre compte que celui de l'organisation",
    en: "This statement is of another account than the organisation's",
  },
  'bank_import.not_found': {
    kind: 'not-found',
    fr: 'Import de relevé introuvable',
    en: 'Bank statement import not found',
  },
  'bank_import.line_not_found': {
    kind: 'not-found',
    fr: 'Ligne de relevé introuvable',
    en: 'Bank statement line not found',
  },
  'bank_import.line_closed': {
    kind: 'conflict',
    fr: 'Cette ligne de relevé est déjà confirmée ou ignorée',
    en: 'This bank statement line is already confirmed or ignored',
  },
  'bank_import.client_required': {
    kind: 'invalid',
    fr: 'Aucun client proposé pour cette ligne : indiquez le client',
    en: 'No client was proposed for this line: give the client',
  },
  // Monthly rent billing (src/modules/billing) and the chronology of invoice numbers.
  'invoice.issue_date_out_of_order': {
    kind: 'conflict',
    fr: "Date d'émission antérieure à celle de la dernière facture : la numérotation doit rester chronologique",
    en: 'The issue date is before that of the last invoice: numbering must stay chronological',
  },
  'billing.period_not_open': {
    kind: 'conflict',
    fr: 'Période non encore facturable : les loyers se facturent au plus tôt le mois précédent (terme à échoir)',
    en: 'This period cannot be billed yet: rents are billed in advance, at most one month ahead',
  },
  'billing.run_not_found': { kind: 'not-found', fr: 'Facturation des loyers introuvable', en: 'Billing run not found' },
  'billing.run_in_progress': {
    kind: 'conflict',
    fr: 'Une facturation des loyers de cette période est déjà en cours',
    en: 'A billing run for this period is already in progress',
  },
  // Late-payment enforcement, debit notes and dunning (src/modules/late-payment, debit-notes, dunning).
  'late_payment.release_refused': {
    kind: 'conflict',
    fr: 'Paiement préalable maintenu : le client a encore une facture échue impayée (art. 10.3)',
    en: 'Prepayment stays required: the client still has an overdue unpaid invoice (art. 10.3)',
  },
  'late_payment.nothing_overdue': {
    kind: 'conflict',
    fr: "Aucune facture échue impayée : pas d'annulation pour défaut de paiement (art. 10.3)",
    en: 'No overdue unpaid invoice: no cancellation for non-payment (art. 10.3)',
  },
  'late_payment.already_cancelled': {
    kind: 'conflict',
    fr: 'Commande déjà annulée pour défaut de paiement',
    en: 'The order was already cancelled for non-payment',
  },
  'debit_note.not_found': { kind: 'not-found', fr: 'Note de débit introuvable', en: 'Debit note not found' },
  'debit_note.invoice_not_claimable': {
    kind: 'conflict',
    fr: 'Facture sans pénalité de retard à réclamer pour ce client',
    en: 'No late-payment charge to claim on this invoice of this client',
  },
  'debit_note.nothing_to_claim': {
    kind: 'conflict',
    fr: 'Rien à réclamer : pénalités et indemnités déjà réclamées ou aucun retard (art. 10.3)',
    en: 'Nothing to claim: charges already claimed or no delay (art. 10.3)',
  },
  'organisation.not_found': { kind: 'not-found', fr: 'Société introuvable', en: 'Organisation not found' },
  'organisation.no_logo': { kind: 'not-found', fr: "La société n'a pas de logo", en: 'The organisation has no logo' },
  'lessor.not_found': { kind: 'not-found', fr: 'Organisme de financement introuvable', en: 'Lessor not found' },
  'licence.not_found': { kind: 'not-found', fr: 'Licence introuvable', en: 'Licence not found' },
  'rule.not_found': { kind: 'not-found', fr: 'Règle inconnue', en: 'Unknown rule' },
  'rule.invalid_facts': { kind: 'invalid', fr: 'Faits invalides pour cette règle', en: 'Invalid facts for this rule' },
  'terms.not_found': { kind: 'not-found', fr: 'Version des CGV introuvable', en: 'Terms version not found' },
  'terms.none_in_force': {
    kind: 'conflict',
    fr: 'Aucune version des CGV en vigueur à cette date',
    en: 'No terms version in force on that date',
  },
  'terms.published_immutable': {
    kind: 'conflict',
    fr: 'Une version publiée des CGV ne peut pas être modifiée',
    en: 'A published terms version cannot be changed',
  },
  'terms.version_exists': {
    kind: 'conflict',
    fr: 'Cette version des CGV existe déjà',
    en: 'This terms version already exists',
  },
  'rates.invalid_file': { kind: 'invalid', fr: 'Fichier de taux BCE invalide', en: 'Invalid ECB rate file' },
  'evidence.not_found': { kind: 'not-found', fr: 'Élément de preuve introuvable', en: 'Evidence not found' },
  'outbox.message_not_found': {
    kind: 'not-found',
    fr: 'Message introuvable dans la file d’envoi',
    en: 'Outbox message not found',
  },
  'outbox.not_retryable': {
    kind: 'conflict',
    fr: 'Seul un message en file d’attente ou en échec peut être renvoyé ou annulé',
    en: 'Only a queued or failed message can be retried or cancelled',
  },
  'notification.not_found': { kind: 'not-found', fr: 'Notification introuvable', en: 'Notification not found' },
  'sweep.locked': {
    kind: 'conflict',
    fr: 'Un traitement quotidien est déjà en cours',
    en: 'A sweep is already running',
  },
  'database.unavailable': { kind: 'unavailable', fr: 'Base de données indisponible', en: 'Database unavailable' },
  // Services and interventions (art. 6, 7, 11.2).
  'intervention.not_found': { kind: 'not-found', fr: 'Intervention introuvable', en: 'Intervention not found' },
  'technician.not_found': { kind: 'not-found', fr: 'Technicien introuvable', en: 'Technician not found' },
  'technician.unavailable': {
    kind: 'conflict',
    fr: "Le technicien ne travaille pas sur ce créneau (ses heures, dans celles d'ALLEO, art. 6.9)",
    en: 'The technician does not work in this slot (their hours, within ALLEO’s, art. 6.9)',
  },
  'technician.already_exists': {
    kind: 'conflict',
    fr: 'Cet utilisateur est déjà un technicien',
    en: 'This user is already a technician',
  },
  'intervention.overlap': {
    kind: 'conflict',
    fr: 'Le technicien a déjà une intervention sur ce créneau',
    en: 'The technician already has an intervention in this slot',
  },
  'intervention.surcharge_not_accepted': {
    kind: 'conflict',
    fr: 'Créneau hors jours et heures ouvrables ALLEO : la majoration doit être acceptée (art. 6.9)',
    en: 'Slot outside ALLEO working days and hours: the surcharge must be accepted (art. 6.9)',
  },
  'intervention.correspondent_required': {
    kind: 'conflict',
    fr: 'Le client doit désigner un correspondant avant la première intervention (art. 7)',
    en: 'The client must designate a correspondent before the first intervention (art. 7)',
  },
  'intervention.not_a_service': {
    kind: 'conflict',
    fr: "Cette ligne du contrat n'est pas une prestation",
    en: 'This contract line is not a service',
  },
  'intervention.wrong_state': {
    kind: 'conflict',
    fr: "L'intervention n'est pas dans un état qui le permet",
    en: 'The intervention is not in a state that allows this',
  },
  'intervention.charge_not_accepted': {
    kind: 'conflict',
    fr: "Le coût de l'annulation ou du report doit être accepté tel qu'affiché (art. 6.9)",
    en: 'The cost of the cancellation or postponement must be accepted as shown (art. 6.9)',
  },
  'intervention.no_penalty': {
    kind: 'conflict',
    fr: 'Le calendrier est indicatif : aucune pénalité ne peut être imposée à ALLEO (art. 6.9)',
    en: 'The schedule is indicative: no penalty may be imposed on ALLEO (art. 6.9)',
  },
  'ticket.insufficient': {
    kind: 'conflict',
    fr: 'Solde de tickets de maintenance insuffisant : achetez des tickets (art. 6.6, 11.2)',
    en: 'Not enough maintenance tickets: buy tickets (art. 6.6, 11.2)',
  },
  'sepa.mandate_not_found': { kind: 'not-found', fr: 'Mandat SEPA introuvable', en: 'SEPA mandate not found' },
  'sepa.reference_taken': {
    kind: 'conflict',
    fr: 'Cette référence unique de mandat (RUM) est déjà utilisée',
    en: 'This unique mandate reference (UMR) is already used',
  },
  'sepa.mandate_revoked': { kind: 'conflict', fr: 'Mandat SEPA révoqué', en: 'SEPA mandate revoked' },
  'sepa.run_not_found': {
    kind: 'not-found',
    fr: 'Remise de prélèvements introuvable',
    en: 'Direct-debit collection run not found',
  },
  'sepa.run_already_sent': {
    kind: 'conflict',
    fr: 'Remise déjà envoyée à la banque',
    en: 'Collection run already sent to the bank',
  },
  'sepa.pre_notification_pending': {
    kind: 'conflict',
    fr: 'Des pré-notifications n’ont pas encore été acceptées par le serveur de messagerie',
    en: 'Some pre-notifications have not been accepted by the mail transport yet',
  },
  'sepa.concurrent_run': {
    kind: 'conflict',
    fr: 'Une autre remise prélevant certaines de ces factures vient d’être générée',
    en: 'Another run collecting some of these invoices was just generated',
  },
  'sepa.nothing_to_collect': {
    kind: 'conflict',
    fr: 'Aucun prélèvement à remettre',
    en: 'Nothing to collect',
  },
  'sepa.not_a_direct_debit': {
    kind: 'conflict',
    fr: 'Ce règlement n’est pas un prélèvement SEPA enregistré',
    en: 'This payment is not a recorded SEPA direct debit',
  },
  'sepa.already_returned': {
    kind: 'conflict',
    fr: 'Ce prélèvement est déjà enregistré comme rejeté',
    en: 'This direct debit is already recorded as returned',
  },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * One field-level problem: `path` is a JSON-pointer-like dotted path ("lines.0.quantity").
 * `message` is English and `fr` the same message in French: both are written where the check is,
 * the only place that knows the words and the values they quote. The HTTP layer sends one of them,
 * as `message`, in the language of the request (fieldErrorIn); `fr` never goes on the wire.
 */
export interface FieldError {
  path: string;
  message: string;
  fr?: string;
  code?: string;
}

/** A field error as clients receive it: `{path, message, code?}`, the message in `lang` (English when no French was written). */
export function fieldErrorIn(
  lang: 'fr' | 'en',
  { path, message, fr, code }: FieldError,
): { path: string; message: string; code?: string } {
  return { path, message: lang === 'fr' && fr !== undefined ? fr : message, ...(code !== undefined ? { code } : {}) };
}

/** The only error type use cases throw. Expected outcomes are return values, not errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: { errors?: FieldError[]; detail?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(options.detail ?? ERROR_CODES[code].en);
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors ?? [];
    this.extra = options.extra;
  }

  get kind(): ErrorKind {
    return ERROR_CODES[this.code].kind;
  }
}

/** Converts zod issues into field errors with dotted paths (the French wording, when given, kept). */
export function fieldErrorsFromIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; fr?: string; code?: string }>,
  prefix = '',
): FieldError[] {
  return issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter((p) => p !== '').join('.');
    return {
      path: path === '' ? '(root)' : path,
      message: i.message,
      ...(i.fr !== undefined ? { fr: i.fr } : {}),
      ...(i.code ? { code: i.code } : {}),
    };
  });
}
