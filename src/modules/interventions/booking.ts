/** Booking technicians on a slot inside a transaction: never two overlapping interventions per technician. */
import type { AppContext } from '../../context.ts';
import type { Db, Dialect } from '../../db/database.ts';
import { formatDateFr } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import type { TermsVersion } from '../../terms/index.ts';
import * as repo from './interventions.repo.ts';
import { endsAt, type SlotInput, startsAt } from './slot.ts';
import { coversSlot, dayText, inHoursPart } from './technician-hours.ts';
import { hoursByTechnician } from './technicians.ts';

/**
 * 409 naming the technician when the part of the slot inside ALLEO's working day and hours is
 * outside that technician's weekly hours (issue #11). The terms surcharge only what lies outside
 * ALLEO's hours (art. 6.9); inside them a technician who does not work then cannot be booked.
 */
export async function assertTechniciansWork(
  ctx: AppContext,
  orgId: string,
  ids: readonly string[],
  slot: SlotInput,
  terms: TermsVersion,
) {
  const part = inHoursPart(slot, terms.parameters.alleoWorkingHours, terms.parameters.alleoWorkingWeekdays);
  if (part === null) return;
  const rows = (await Promise.all(ids.map((id) => repo.findTechnician(ctx.db, orgId, id)))).filter((t) => t != null);
  const hours = await hoursByTechnician(ctx, orgId, rows);
  for (const [i, id] of ids.entries()) {
    const week = hours.get(id) ?? null;
    if (coversSlot(week, slot.date, part)) continue;
    const name = rows.find((r) => r.id === id)?.name ?? id;
    const day = dayText(week ?? [], slot.date);
    throw new AppError('technician.unavailable', {
      detail: `${name} ${day.en}: the slot ${slot.start}–${slot.end} is outside their hours`,
      errors: [
        {
          path: `technicianIds.${i}`,
          message: `${name} ${day.en}; the slot ${slot.start}–${slot.end} is outside their hours`,
          fr: `${name} ${day.fr} ; le créneau ${slot.start}–${slot.end} est hors de ses heures`,
        },
      ],
      extra: { technicianId: id, technicianName: name, hours: week, article: '6.9' },
    });
  }
}

/** 400 naming the field when a technician is unknown in this organisation (or inactive). */
export async function checkTechnicians(db: Db, orgId: string, ids: readonly string[]) {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    const t = await repo.findTechnician(db, orgId, id);
    if (!t || Number(t.active) !== 1 || seen.has(id))
      throw new AppError('request.invalid', {
        errors: [
          {
            path: `technicianIds.${i}`,
            message: seen.has(id) ? 'technician given twice' : 'no active technician of this organisation has this id',
            fr: seen.has(id)
              ? 'technicien indiqué deux fois'
              : 'aucun technicien actif de cette organisation ne porte cet identifiant',
          },
        ],
      });
    seen.add(id);
  }
}

/**
 * Locks the technicians' rows (the serialisation point of concurrent bookings), then refuses with
 * 409 naming the conflicting intervention when one of them is already booked on an overlapping slot.
 */
export async function bookTechnicians(
  trx: Db,
  dialect: Dialect,
  input: { orgId: string; interventionId: string; technicianIds: readonly string[]; slot: SlotInput; except: boolean },
) {
  const sorted = [...input.technicianIds].sort();
  await repo.lockTechnicians(trx, dialect, input.orgId, sorted);
  const from = startsAt(input.slot);
  const to = endsAt(input.slot);
  const conflicts = await repo.overlapping(
    trx,
    input.orgId,
    sorted,
    from,
    to,
    input.except ? input.interventionId : null,
  );
  if (conflicts.length > 0) {
    const c = conflicts[0]!;
    throw new AppError('intervention.overlap', {
      detail: `${c.technician_name} already has intervention ${c.intervention_id} on ${c.date} ${c.start_time}–${c.end_time}`,
      errors: [
        {
          path: 'start',
          message: `${c.technician_name} already has intervention ${c.intervention_id} on ${c.date} ${c.start_time}–${c.end_time}`,
          fr: `${c.technician_name} a déjà l'intervention ${c.intervention_id} le ${formatDateFr(c.date)} de ${c.start_time} à ${c.end_time}`,
        },
      ],
      extra: {
        conflicts: conflicts.map((x) => ({
          interventionId: x.intervention_id,
          technicianId: x.technician_id,
          technicianName: x.technician_name,
          date: x.date,
          start: x.start_time,
          end: x.end_time,
        })),
      },
    });
  }
  if (input.except) await repo.deleteSlots(trx, input.orgId, input.interventionId);
  await repo.insertSlots(
    trx,
    sorted.map((technicianId) => ({
      intervention_id: input.interventionId,
      technician_id: technicianId,
      org_id: input.orgId,
      starts_at: from,
      ends_at: to,
      active: 1 as const,
    })),
  );
}
