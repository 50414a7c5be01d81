/** `POST /api/sepa/collection-runs/preview`: what generating would collect, when and under which mandate; writes nothing. */
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { planRun } from './collection-run-plan.ts';

export interface RunPreview {
  dueBy: string;
  today: string;
  termsVersion: string;
  /** The terms article behind the delays. */
  article: '10.1';
  preNotificationDays: number;
  earliest: { CORE: string; B2B: string };
  files: Array<{
    scheme: 'CORE' | 'B2B';
    collectionDate: string;
    count: number;
    totalCents: number;
    debits: Array<{
      invoiceId: string;
      number: string;
      clientId: string;
      dueDate: string;
      mandateReference: string;
      sequence: 'FRST' | 'RCUR';
      amountCents: number;
    }>;
  }>;
  count: number;
  totalCents: number;
  skipped: Array<{
    invoiceId: string;
    number: string | null;
    clientId: string;
    clientName: string;
    reason: string;
    reasonFr: string;
  }>;
}

export async function previewRun(ctx: AppContext, actor: Pick<Actor, 'orgId'>, dueBy: string): Promise<RunPreview> {
  const plan = await planRun(ctx, actor, dueBy);
  return {
    dueBy,
    today: plan.today,
    termsVersion: plan.termsVersion,
    article: '10.1',
    preNotificationDays: plan.preNotificationDays,
    earliest: plan.earliest,
    files: plan.files.map((f) => ({
      scheme: f.scheme,
      collectionDate: f.collectionDate,
      count: f.debits.length,
      totalCents: f.debits.reduce((s, d) => s + d.amountCents, 0),
      debits: f.debits.map((d) => ({
        invoiceId: d.invoiceId,
        number: d.number,
        clientId: d.clientId,
        dueDate: d.dueDate,
        mandateReference: d.mandateReference,
        sequence: d.sequence,
        amountCents: d.amountCents,
      })),
    })),
    count: plan.debits.length,
    totalCents: plan.debits.reduce((s, d) => s + d.amountCents, 0),
    skipped: plan.skipped,
  };
}
