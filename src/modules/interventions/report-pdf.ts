import { parisDate, type AppContext } from '../../context.ts';
import { renderLetterPdf } from '../../documents/index.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { loadParties } from '../shared/index.ts';
import { causeText, getIntervention } from './read-interventions.ts';

/**
 * The intervention report (rapport d'intervention): work done, time spent, units touched by
 * serial, attendees of a training, the existing setup and recommendations of a diagnostic (6.3),
 * the delays caused by the client (6.9, 7), the client's signature and the reception.
 */
export async function interventionReportPdf(ctx: AppContext, actor: Actor, id: string) {
  const { intervention: i, events } = await getIntervention(ctx, actor, id);
  if (!i.report) throw new AppError('intervention.wrong_state', { detail: 'The intervention has no report yet' });
  const parties = await loadParties(ctx, actor.orgId, i.clientId);
  const r = i.report;
  const hours = `${Math.floor(r.minutesSpent / 60)} h ${String(r.minutesSpent % 60).padStart(2, '0')}`;
  const paragraphs = [
    `Prestation : ${i.label} (${i.serviceKind}), ${i.mode === 'on-site' ? `sur site${i.siteAddress ? ` — ${i.siteAddress}` : ''}` : 'à distance'}.`,
    `Date : ${formatDateFr(i.date)}, de ${i.start} à ${i.end}. Intervenant(s) : ${i.technicians.map((t) => t.name).join(', ') || '—'}.`,
    `Travaux réalisés : ${r.workDone}`,
    `Temps passé : ${hours}.`,
    r.serials.length > 0
      ? `Équipements concernés (numéros de série) : ${r.serials.join(', ')}.`
      : 'Équipements concernés : aucun.',
  ];
  if (r.attendees.length > 0) paragraphs.push(`Participants à la formation : ${r.attendees.join(', ')}.`);
  if (r.existingSetup) paragraphs.push(`Existant constaté (art. 6.3) : ${r.existingSetup}`);
  if (r.recommendations.length > 0)
    paragraphs.push(`Préconisations : ${r.recommendations.map((x, n) => `${n + 1}. ${x}`).join(' ')}`);
  const delays = events.filter((e) => e.kind === 'client-delay');
  paragraphs.push(
    delays.length > 0
      ? `Retards imputables au client (art. 6.9 et 7) : ${delays.map((d) => `${formatDateFr(d.occurredOn)} — ${causeText(d.cause).fr}${d.note ? ` : ${d.note}` : ''}`).join(' ; ')}.`
      : 'Retards imputables au client : aucun.',
  );
  paragraphs.push(
    i.signedByName
      ? `Signé par le client : ${i.signedByName}, le ${formatDateFr(i.signedAt!.slice(0, 10))}.`
      : 'Signature du client : en attente.',
  );
  if (i.receivedOn)
    paragraphs.push(
      `Réception de la prestation (prise de possession des résultats, art. 6.9) : ${formatDateFr(i.receivedOn)}.`,
    );
  const bytes = await renderLetterPdf({
    sender: parties.seller,
    recipient: parties.client,
    place: 'Sèvres',
    date: i.completedAt ? parisDate(new Date(i.completedAt)) : i.date,
    subject: `Rapport d'intervention du ${formatDateFr(i.date)}`,
    reference: `Intervention ${i.id}`,
    paragraphs,
    signature: { name: i.technicians[0]?.name ?? parties.seller.name },
  });
  return { bytes, filename: `rapport-intervention-${i.date}-${i.id.slice(0, 8)}.pdf` };
}
