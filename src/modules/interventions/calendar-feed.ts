/**
 * The iCalendar feed of a technician (RFC 5545, built with ical-generator): a read-only URL with a
 * secret token, stored hashed and revocable. A wrong or revoked token is a plain 404.
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { parisDate, type AppContext } from '../../context.ts';
import { addDays } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './interventions.repo.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Europe/Paris wall time of a civil date → the instant. */
export function parisInstant(date: string, hhmm: string): Date {
  const zdt = Temporal.PlainDateTime.from(`${date}T${hhmm}`).toZonedDateTime('Europe/Paris');
  return new Date(zdt.epochMilliseconds);
}

/** A technician may manage its own feed; admin and order administration any. */
async function manageable(ctx: AppContext, actor: Actor, technicianId: string) {
  const t = await repo.findTechnician(ctx.db, actor.orgId, technicianId);
  if (!t) throw new AppError('technician.not_found');
  if (actor.role === 'technician' && t.user_id !== actor.userId) throw new AppError('technician.not_found');
  return t;
}

/** A new secret for the feed (the previous one stops working); shown once. */
export async function createFeedToken(ctx: AppContext, actor: Actor, technicianId: string) {
  const t = await manageable(ctx, actor, technicianId);
  const token = randomBytes(24).toString('base64url');
  await repo.setFeedHash(ctx.db, actor.orgId, t.id, hashOf(token), ctx.now().toISOString());
  return { token, path: `/api/calendar/${token}.ics` };
}

export async function revokeFeedToken(ctx: AppContext, actor: Actor, technicianId: string) {
  const t = await manageable(ctx, actor, technicianId);
  await repo.setFeedHash(ctx.db, actor.orgId, t.id, null, ctx.now().toISOString());
}

/** The feed for a token: 30 days back to a year ahead, read at each request (a move shows at the next poll). */
export async function calendarFeed(ctx: AppContext, file: string): Promise<string> {
  const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
  if (!/^[\w-]{20,100}$/.test(token)) throw new AppError('route.not_found');
  const t = await repo.technicianByFeedHash(ctx.db, hashOf(token));
  if (!t) throw new AppError('route.not_found');
  const today = parisDate(ctx.now());
  const rows = await repo.listInterventions(ctx.db, t.org_id, {
    clientId: null,
    from: addDays(today, -30),
    to: addDays(today, 366),
    technicianId: t.id,
  });
  const cal = ical({
    name: `Clausier — ${t.name}`,
    prodId: { company: 'Clausier', product: 'planning', language: 'FR' },
  });
  for (const r of rows) {
    if (r.status === 'cancelled' || r.status === 'to-reschedule') continue;
    cal.createEvent({
      id: `${r.id}@clausier`,
      start: parisInstant(r.date, r.start_time),
      end: parisInstant(r.date, r.end_time),
      stamp: new Date(r.updated_at),
      summary: `${r.label} — ${r.client_name}`,
      location: r.site_address ?? (r.mode === 'remote' ? 'À distance / remote' : null),
      description: `${r.service_kind}; ${r.mode}; confirmation: ${r.confirmation}`,
    });
  }
  return cal.toString();
}
