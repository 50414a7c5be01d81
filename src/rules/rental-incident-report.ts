/**
 * art. 7 — for a rental, the client reports any damage or incident on the rented products within
 * 48 hours of the event. Hours are elapsed clock hours between two instants (timestamps with
 * offset), so a daylight-saving change does not stretch or shrink the window.
 */
import { z } from 'zod';
import { decide, usedParameters } from './decide.ts';
import { addHours, compareTimestamps } from '../kernel/timestamps.ts';
import { timestampSchema } from '../kernel/schemas.ts';
import { defineRule } from './types.ts';

const RULE = { id: 'rental.incident-report', article: '7' };

export const rentalIncidentReport = defineRule({
  ...RULE,
  title: { fr: 'Déclaration d’incident sur matériel loué', en: 'Incident report on rented products' },
  outcomes: ['in-time', 'late'],
  fields: ['reportBy'],
  factsSchema: z.strictObject({ eventAt: timestampSchema, reportedAt: timestampSchema }),
  check(facts) {
    return compareTimestamps(facts.reportedAt, facts.eventAt) < 0
      ? [{ path: 'reportedAt', message: 'must not be before eventAt', fr: 'ne peut pas précéder eventAt' }]
      : [];
  },
  evaluate(facts, ctx) {
    const hours = ctx.terms.parameters.incidentReportHours;
    const reportBy = addHours(facts.eventAt, hours);
    const inTime = compareTimestamps(facts.reportedAt, reportBy) <= 0;
    const explanation = inTime
      ? {
          fr: `Incident du ${facts.eventAt} déclaré le ${facts.reportedAt}, dans les ${hours} heures (limite ${reportBy}).`,
          en: `Incident of ${facts.eventAt} reported at ${facts.reportedAt}, within ${hours} hours (limit ${reportBy}).`,
        }
      : {
          fr: `Incident du ${facts.eventAt} déclaré le ${facts.reportedAt}, au-delà des ${hours} heures (limite ${reportBy}).`,
          en: `Incident of ${facts.eventAt} reported at ${facts.reportedAt}, after the ${hours}-hour limit (${reportBy}).`,
        };
    return decide(RULE, ctx, inTime ? 'in-time' : 'late', explanation, usedParameters(ctx, ['incidentReportHours']), {
      reportBy,
    });
  },
});
