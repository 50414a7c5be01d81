import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { messagesToAddresses } from '../../mail/index.ts';
import { loginFailuresOf } from '../auth/index.ts';
import * as repo from './privacy.repo.ts';

/** A person is named in the evidence chain by this digest only, never by the address (ADR 0026). */
export function subjectDigest(email: string): string {
  return createHash('sha256').update(`data-subject:${email.trim().toLowerCase()}`).digest('hex');
}

export interface SubjectData {
  email: string;
  generatedAt: string;
  accounts: Array<{
    id: string;
    name: string;
    role: string;
    clientId: string | null;
    createdAt: string;
    disabled: boolean;
    /** The day a restriction (GDPR art. 18) / objection (art. 21) took effect. */
    restrictedOn: string | null;
    objectedOn: string | null;
  }>;
  contacts: Array<{
    clientId: string;
    clientName: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    createdAt: string;
    restrictedOn: string | null;
    objectedOn: string | null;
  }>;
  clients: Array<{ id: string; legalName: string; email: string | null; phone: string | null }>;
  acceptances: Array<{
    quoteId: string;
    quote: string;
    acceptedOn: string;
    signatoryName: string | null;
    signatoryTitle: string | null;
    ip: string | null;
  }>;
  emails: Array<{ id: string; subject: string; status: string; createdAt: string; sentAt: string | null }>;
  loginFailures: Array<{ ip: string; at: string }>;
  requests: Array<{ id: string; kind: string; receivedOn: string; status: string }>;
  /** Art. 17.2 and GDPR art. 15(1): purposes, basis and retention, stated once. */
  processing: { purposes: string; legalBasis: string; retention: string; recipients: string; rights: string };
}

/** Everything held about one e-mail address across the tables of the inventory (GDPR art. 15). */
export async function collectSubjectData(db: Db, orgId: string, rawEmail: string, at: string): Promise<SubjectData> {
  const email = rawEmail.trim().toLowerCase();
  const [users, contacts, clients, failures, requests, messages] = await Promise.all([
    repo.usersByEmail(db, orgId, email),
    repo.contactsByEmail(db, orgId, email),
    repo.clientsByEmail(db, orgId, email),
    loginFailuresOf(db, email),
    repo.requestsByEmail(db, orgId, email),
    messagesToAddresses(db, orgId, [email]),
  ]);
  const acceptances = await repo.acceptancesByUsers(
    db,
    orgId,
    users.map((u) => u.id),
  );
  return {
    email,
    generatedAt: at,
    accounts: users.map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      clientId: u.client_id,
      createdAt: u.created_at,
      disabled: Number(u.disabled) === 1,
      restrictedOn: u.restricted_on ?? null,
      objectedOn: u.objected_on ?? null,
    })),
    contacts: contacts.map((c) => ({
      clientId: c.client_id,
      clientName: c.legal_name,
      name: c.name,
      title: c.title,
      email: c.email,
      phone: c.phone,
      createdAt: c.created_at,
      restrictedOn: c.restricted_on ?? null,
      objectedOn: c.objected_on ?? null,
    })),
    clients: clients.map((c) => ({ id: c.id, legalName: c.legal_name, email: c.email, phone: c.phone })),
    acceptances: acceptances.map((q) => {
      const a = JSON.parse(q.acceptance_json!) as {
        acceptedOn: string;
        signatoryName: string | null;
        signatoryTitle: string | null;
        ip: string | null;
      };
      return {
        quoteId: q.id,
        quote: `${q.number} v${q.version}`,
        acceptedOn: a.acceptedOn,
        signatoryName: a.signatoryName,
        signatoryTitle: a.signatoryTitle,
        ip: a.ip,
      };
    }),
    emails: messages.map((m) => ({
      id: m.id,
      subject: m.subject,
      status: m.status,
      createdAt: m.created_at,
      sentAt: m.sent_at,
    })),
    loginFailures: failures.map((f) => ({ ip: f.ip, at: f.at })),
    requests: requests.map((r) => ({ id: r.id, kind: r.kind, receivedOn: r.received_on, status: r.status })),
    processing: {
      purposes: 'Traitement des commandes et exécution des prestations (CGV art. 17.1)',
      legalBasis: 'Exécution du contrat (RGPD art. 6(1)(b), CGV art. 17.2)',
      retention:
        'Au plus 5 ans après la fin de la relation commerciale (CGV art. 17.2) ; journaux de connexion : au plus 1 an ; factures : 10 ans (Code de commerce L123-22)',
      recipients: "Services compétents d'ALLEO ; sous-traitants techniques (CGV art. 17.5)",
      rights:
        'Accès, rectification, effacement, limitation, opposition, portabilité, directives post mortem (CGV art. 17.3) : contact@alleo.fr',
    },
  };
}
