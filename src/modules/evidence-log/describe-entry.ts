/**
 * An evidence entry told in words (issue 17): who (the user's name, or the system's sweep of the
 * day: an automatic change is never credited to a person), what (a sentence naming the object by
 * its number or name), the article, and where the object is in the app. Pure: the caller reads
 * the names.
 */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface EntryFacts {
  kind: string;
  objectType: string;
  objectId: string;
  actor: string;
  at: string;
  decision: {
    rule?: string;
    outcome?: string;
    citation?: { article?: string };
    explanation?: Partial<Bilingual>;
  } | null;
}

export interface Names {
  /** The number or name of the object (quote D-2026-00011, client name…), null when unknown. */
  object: string | null;
  /** The acting user, when the actor is a user id. */
  user: { name: string; role: string } | null;
}

const OBJECTS: Record<string, Bilingual> = {
  quote: { fr: 'Devis', en: 'Quote' },
  contract: { fr: 'Contrat', en: 'Contract' },
  invoice: { fr: 'Facture', en: 'Invoice' },
  'debit-note': { fr: 'Note de débit', en: 'Debit note' },
  client: { fr: 'Client', en: 'Client' },
  payment: { fr: 'Règlement', en: 'Payment' },
  delivery: { fr: 'Livraison', en: 'Delivery' },
  intervention: { fr: 'Intervention', en: 'Intervention' },
  'terms-version': { fr: 'CGV', en: 'Terms' },
  'bank-import': { fr: 'Relevé bancaire', en: 'Bank statement' },
  'data-subject-request': { fr: 'Demande RGPD', en: 'Data request' },
  'warranty-claim': { fr: 'Réclamation sous garantie', en: 'Warranty claim' },
  'return-request': { fr: 'Retour', en: 'Return' },
  organisation: { fr: 'Société', en: 'Company' },
  contestation: { fr: 'Contestation', en: 'Contestation' },
  'data-breach': { fr: 'Violation de données', en: 'Data breach' },
  'data-subject': { fr: 'Personne concernée', en: 'Data subject' },
  'evidence-document': { fr: 'Document de preuve', en: 'Evidence document' },
  'force-majeure-event': { fr: 'Événement de force majeure', en: 'Force-majeure event' },
  licence: { fr: 'Licence', en: 'Licence' },
  'processing-register': { fr: 'Registre des traitements', en: 'Processing register' },
  'sepa-collection-run': { fr: 'Remise de prélèvements SEPA', en: 'SEPA collection run' },
  'sepa-mandate': { fr: 'Mandat SEPA', en: 'SEPA mandate' },
};

/** What each kind of entry says happened to its object ({o}: "Devis D-2026-00011"). */
const KINDS: Record<string, Bilingual> = {
  'quote.accepted': { fr: '{o} accepté', en: '{o} accepted' },
  'document.issued': { fr: '{o} émis', en: '{o} issued' },
  'document.sent': { fr: '{o} envoyé', en: '{o} sent' },
  'document.received': { fr: 'Document reçu du client pour {o}', en: 'Document received from the client for {o}' },
  'document.rendered': { fr: '{o} établi à sa première consultation', en: '{o} rendered on first view' },
  'rental-file.reviewed': { fr: 'Dossier de location de {o} examiné', en: 'Rental file of {o} reviewed' },
  'contract.document-linked': { fr: 'Document rattaché à {o}', en: 'Document linked to {o}' },
  'payment.recorded': { fr: '{o} enregistré', en: '{o} recorded' },
  'payment.received': { fr: '{o} reçu', en: '{o} received' },
  'payment.allocated': { fr: '{o} affecté', en: '{o} allocated' },
  'payment.reversed': { fr: '{o} annulé (rejet)', en: '{o} reversed' },
  'bank-import.imported': { fr: '{o} importé', en: '{o} imported' },
  'bank-line.ignored': { fr: 'Ligne de relevé ignorée', en: 'Bank line ignored' },
  'client.changed': { fr: 'Fiche {o} modifiée', en: '{o} record changed' },
  'client.financial-status-changed': {
    fr: 'Situation financière de {o} modifiée',
    en: 'Financial status of {o} changed',
  },
  'client.relationship-end': { fr: 'Fin de relation de {o} fixée', en: 'End of relationship of {o} set' },
  'terms.published': { fr: '{o} publiées', en: '{o} published' },
  'dunning.reminder-sent': { fr: 'Relance envoyée pour {o}', en: 'Reminder sent for {o}' },
  'mail.queued': { fr: 'E-mail mis en file pour {o}', en: 'E-mail queued for {o}' },
  'mail.failed': { fr: 'E-mail en échec pour {o}', en: 'E-mail failed for {o}' },
  'mail.cancelled': { fr: 'E-mail annulé pour {o}', en: 'E-mail cancelled for {o}' },
  'organisation.changed': { fr: 'Identité de la société modifiée', en: 'Company identity changed' },
  'personal-data.erased': { fr: 'Données personnelles effacées ({o})', en: 'Personal data erased ({o})' },
  'personal-data.exported': { fr: 'Données personnelles exportées ({o})', en: 'Personal data exported ({o})' },
  'mail.delivered': { fr: 'E-mail remis au transport pour {o}', en: 'E-mail accepted by the transport for {o}' },
  'claims.received': { fr: '{o} reçue', en: '{o} received' },
  'contract.equipment-return': { fr: 'Restitution du matériel de {o}', en: 'Equipment of {o} returned' },
  'contract.terminable': { fr: '{o} devenu résiliable', en: '{o} became terminable' },
  'equipment.seized': { fr: 'Saisie de matériel signalée ({o})', en: 'Seizure of equipment reported ({o})' },
  'intervention.not-guaranteed': { fr: '{o} : date plus garantie', en: '{o}: date no longer guaranteed' },
  'privacy.audit-report': { fr: "Rapport d'audit enregistré ({o})", en: 'Audit report recorded ({o})' },
  'privacy.audit-requested': { fr: 'Audit demandé ({o})', en: 'Audit requested ({o})' },
  'privacy.breach-cnil': { fr: 'Notification à la CNIL ({o})', en: 'CNIL notified ({o})' },
  'privacy.breach-notice': { fr: 'Clients notifiés ({o})', en: 'Clients notified ({o})' },
  'privacy.breach-recorded': { fr: '{o} enregistrée', en: '{o} recorded' },
  'privacy.data-destroyed': { fr: 'Données détruites ({o})', en: 'Data destroyed ({o})' },
  'privacy.data-returned': { fr: 'Données restituées ({o})', en: 'Data returned ({o})' },
  'privacy.identity-checked': { fr: 'Identité vérifiée ({o})', en: 'Identity checked ({o})' },
  'privacy.register-exported': { fr: '{o} exporté', en: '{o} exported' },
  'privacy.request-answered': { fr: '{o} : réponse donnée', en: '{o}: answered' },
  'privacy.request-extended': { fr: '{o} : délai prolongé', en: '{o}: deadline extended' },
  'privacy.request-received': { fr: '{o} reçue', en: '{o} received' },
  'privacy.restriction-lifted': { fr: '{o} : limitation levée', en: '{o}: restriction lifted' },
  'privacy.sub-processor-notice': { fr: 'Avis de sous-traitant ultérieur ({o})', en: 'Sub-processor notice ({o})' },
  'sepa.collection-run-generated': { fr: '{o} générée', en: '{o} generated' },
  'sepa.collection-run-sent': { fr: '{o} transmise à la banque', en: '{o} sent to the bank' },
  'sepa.debit-returned': { fr: 'Prélèvement rejeté ({o})', en: 'Direct debit returned ({o})' },
  'sepa.mandate-amended': { fr: '{o} modifié', en: '{o} amended' },
  'sepa.mandate-created': { fr: '{o} enregistré', en: '{o} recorded' },
  'sepa.mandate-revoked': { fr: '{o} révoqué', en: '{o} revoked' },
};

const dayMonth = (iso: string) => {
  const [, m, d] = new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).split('-');
  return `${d}/${m}`;
};

/** Who did it: "Système — balayage du 07/12" for the sweep, the user's name otherwise. */
export function whoOf(e: Pick<EntryFacts, 'actor' | 'at'>, user: Names['user']): Bilingual {
  if (e.actor === 'system:sweep')
    return { fr: `Système — balayage du ${dayMonth(e.at)}`, en: `System — sweep of ${dayMonth(e.at)}` };
  if (e.actor.startsWith('system')) return { fr: 'Système', en: 'System' };
  if (!user) return { fr: 'Utilisateur supprimé', en: 'Deleted user' };
  if (user.role === 'client') return { fr: `${user.name} (espace client)`, en: `${user.name} (client portal)` };
  return { fr: user.name, en: user.name };
}

/** What happened, in a sentence; a decision tells its own explanation. */
export function whatOf(e: EntryFacts, names: Names): Bilingual {
  const type = OBJECTS[e.objectType] ?? { fr: e.objectType, en: e.objectType };
  const o = {
    fr: names.object ? `${type.fr} ${names.object}` : type.fr,
    en: names.object ? `${type.en} ${names.object}` : type.en,
  };
  if (e.decision?.explanation?.fr)
    return {
      fr: `${o.fr} : ${e.decision.explanation.fr}`,
      en: `${o.en}: ${e.decision.explanation.en ?? e.decision.explanation.fr}`,
    };
  // The acceptance of a quote is logged as the document received (signed quote, order form or
  // the portal's record of the click): said as an acceptance.
  if (e.kind === 'document.received' && e.objectType === 'quote')
    return names.user?.role === 'client'
      ? { fr: `${o.fr} accepté dans l’espace client`, en: `${o.en} accepted in the client portal` }
      : { fr: `Acceptation de ${o.fr} enregistrée`, en: `Acceptance of ${o.en} recorded` };
  const phrase = KINDS[e.kind];
  const portal = e.kind === 'quote.accepted' && names.user?.role === 'client';
  if (phrase)
    return {
      fr: phrase.fr.replace('{o}', o.fr) + (portal ? ' dans l’espace client' : ''),
      en: phrase.en.replace('{o}', o.en) + (portal ? ' in the client portal' : ''),
    };
  // A decision without its explanation (older entries) names its article; any other kind stays
  // readable without showing its code (kept in the entry itself, and in the export).
  const article = e.decision?.citation?.article;
  if (e.kind === 'decision')
    return article
      ? { fr: `${o.fr} : décision (art. ${article})`, en: `${o.en}: decision (art. ${article})` }
      : { fr: `${o.fr} : décision`, en: `${o.en}: decision` };
  return { fr: `${o.fr} : événement enregistré`, en: `${o.en}: event recorded` };
}

/** The app's page of the object, when it has one. */
export function linkOf(objectType: string, objectId: string): string | null {
  const base: Record<string, string> = {
    quote: '/quotes',
    contract: '/contracts',
    invoice: '/invoices',
    'debit-note': '/debit-notes',
    client: '/clients',
    intervention: '/interventions',
  };
  return base[objectType] ? `${base[objectType]}/${encodeURIComponent(objectId)}` : null;
}
