import { parisDate, type AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderLetterPdf } from '../../documents/index.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { sellerOf } from '../shared/index.ts';
import { collectSubjectData, subjectDigest, type SubjectData } from './subject-data.ts';

export interface SubjectExport {
  data: SubjectData;
  json: Uint8Array;
  pdf?: Uint8Array;
  filename: string;
  mediaType: string;
}

/**
 * "What we hold about this person" as JSON (portability, machine-readable) or as a readable PDF.
 * Every export is an entry of the evidence chain in the same transaction as its reading: who
 * exported, when, in which format, the person named by a digest of the address only.
 */
export async function exportSubjectData(
  ctx: AppContext,
  actor: Actor,
  email: string,
  format: 'json' | 'pdf',
  requestId: string | null = null,
  /** Art. 20 when the export answers a portability request, art. 15 otherwise. */
  right: 'access' | 'portability' = 'access',
): Promise<SubjectExport> {
  const at = ctx.now().toISOString();
  const data = await ctx.db.transaction().execute(async (trx) => {
    const d = await collectSubjectData(trx, actor.orgId, email, at);
    await appendEvidence(trx, ctx.dialect, {
      orgId: actor.orgId,
      kind: 'personal-data.exported',
      objectType: 'data-subject',
      objectId: subjectDigest(email),
      actor: actor.userId,
      at,
      decision: { article: right === 'portability' ? 'RGPD 20' : 'RGPD 15', format, requestId, byRole: actor.role },
    });
    return d;
  });
  const json = Buffer.from(JSON.stringify(data, null, 2));
  const stamp = parisDate(ctx.now());
  if (format === 'json')
    return { data, json, filename: `donnees-personnelles-${stamp}.json`, mediaType: 'application/json' };
  const org = await getOrganisation(ctx, actor.orgId);
  const pdf = await renderLetterPdf({
    sender: await sellerOf(ctx.db, org),
    recipient: { name: data.accounts[0]?.name ?? data.contacts[0]?.name ?? data.email, addressLines: [data.email] },
    place: org.city,
    date: stamp,
    subject: 'Les données personnelles que nous détenons vous concernant',
    reference: 'RGPD art. 15 — CGV art. 17.3',
    paragraphs: subjectParagraphs(data),
    signature: { name: org.name, title: 'Protection des données' },
  });
  return { data, json, pdf, filename: `donnees-personnelles-${stamp}.pdf`, mediaType: PDF_MEDIA_TYPE };
}

function subjectParagraphs(d: SubjectData): string[] {
  const none = 'aucune';
  const p: string[] = [`Adresse électronique concernée : ${d.email}.`];
  p.push(
    `Comptes de l'espace client : ${d.accounts.length ? d.accounts.map((a) => `${a.name} (${a.role}, créé le ${formatDateFr(a.createdAt.slice(0, 10))}${a.disabled ? ', désactivé' : ''})`).join(' ; ') : none}.`,
  );
  p.push(
    `Contacts chez nos clients : ${d.contacts.length ? d.contacts.map((c) => `${c.name}${c.title ? `, ${c.title}` : ''} — ${c.clientName}${c.phone ? `, tél. ${c.phone}` : ''}`).join(' ; ') : none}.`,
  );
  if (d.clients.length) p.push(`Adresse de contact d'un client : ${d.clients.map((c) => c.legalName).join(' ; ')}.`);
  p.push(
    `Acceptations de devis dans l'espace client : ${d.acceptances.length ? d.acceptances.map((a) => `devis ${a.quote} le ${formatDateFr(a.acceptedOn)}${a.signatoryName ? ` par ${a.signatoryName}` : ''}${a.ip ? ` depuis l'adresse IP ${a.ip}` : ''}`).join(' ; ') : none}.`,
  );
  p.push(
    `Courriers électroniques envoyés : ${d.emails.length ? d.emails.map((m) => `« ${m.subject} » (${m.createdAt.slice(0, 10)})`).join(' ; ') : none}.`,
  );
  p.push(
    `Échecs de connexion enregistrés : ${d.loginFailures.length ? d.loginFailures.map((f) => `${f.at.slice(0, 16).replace('T', ' ')} depuis ${f.ip}`).join(' ; ') : none}.`,
  );
  p.push(
    `Demandes relatives à vos données : ${d.requests.length ? d.requests.map((r) => `${r.kind} reçue le ${formatDateFr(r.receivedOn)} (${r.status})`).join(' ; ') : none}.`,
  );
  const limited = [...d.accounts, ...d.contacts].filter((x) => x.restrictedOn || x.objectedOn);
  if (limited.length)
    p.push(
      `Limitation ou opposition en vigueur : ${limited.map((x) => [x.restrictedOn && `limitation depuis le ${formatDateFr(x.restrictedOn)}`, x.objectedOn && `opposition depuis le ${formatDateFr(x.objectedOn)}`].filter(Boolean).join(', ')).join(' ; ')}.`,
    );
  p.push(`Finalités : ${d.processing.purposes}. Base juridique : ${d.processing.legalBasis}.`);
  p.push(`Durées de conservation : ${d.processing.retention}.`);
  p.push(`Destinataires : ${d.processing.recipients}. Vos droits : ${d.processing.rights}.`);
  return p;
}
