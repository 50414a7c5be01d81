import type { TerminationEffect } from '../contracts/index.ts';
import { formatDateEn, formatDateFr } from '../../kernel/dates.ts';
import * as repo from './equipment.repo.ts';

/**
 * The return flow started by the termination of a rental (art. 15.2 → 15.3): the rented units
 * still out are due back on the termination's effective date, so the late-return sweep and the
 * indemnity at the return apply from the next day. Registered with the contracts module (index),
 * run inside the termination's transaction.
 */
export const startReturnOnTermination: TerminationEffect = async (trx, _dialect, input) => {
  const serials = await repo.dueBackOnTermination(trx, input.orgId, input.contractId, input.effectiveOn);
  if (serials.length === 0) return null;
  return {
    fr: `Matériel à restituer au plus tard le ${formatDateFr(input.effectiveOn)} : ${serials.join(', ')}.`,
    en: `Equipment due back by ${formatDateEn(input.effectiveOn)}: ${serials.join(', ')}.`,
  };
};
