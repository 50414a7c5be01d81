import type { SweepStep } from '../../context.ts';
import { deliverOutbox } from './delivery.ts';

/**
 * Sweep step, last: delivers the organisation's due messages — the dunning letters the sweep just
 * queued among them — for an instance that does not serve (and so runs no delivery worker).
 */
export const mailDeliveryStep: SweepStep = {
  id: 'mail.delivery',
  article: '22',
  title: { fr: 'Envoi des e-mails en file d’attente', en: 'Delivery of queued e-mails' },
  async run(ctx, run) {
    if (!ctx.mailTransport) return { examined: 0, acted: 0 };
    let examined = 0;
    let acted = 0;
    for (;;) {
      const report = await deliverOutbox(ctx, ctx.mailTransport, {
        orgId: run.orgId,
        limit: 100,
        onProgress: (done, total) => {
          if (done === 0) run.onTotal(examined + total);
          else run.onItem();
        },
      });
      const n = report.sent.length + report.failed.length;
      examined += n;
      acted += report.sent.length;
      if (n < 100) break;
    }
    return { examined, acted };
  },
};
