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
  return { fr: `${o.fr} — ${e.kind}`, en: `${o.en} — ${e.kind}` };
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
