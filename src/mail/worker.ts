/**
 * The delivery worker of a serving process: delivers the due outbox messages right after they are
 * queued (woken by queueMail) and on a poll (retries after back-off, messages queued by another
 * process). Several workers — in one process or in several instances on one database — never send
 * a message twice (each attempt is claimed, see deliverQueued). Its timers do not keep the process alive.
 */
import { deliverQueued, type DeliverOptions, type DeliveryContext, type DeliveryReport } from './deliver.ts';
import type { MailTransport } from './model.ts';
import { onQueued } from './wakeup.ts';

export interface MailWorkerOptions extends Pick<DeliverOptions, 'maxAttempts' | 'listeners'> {
  transport: MailTransport;
  /** Delay between two polls when idle (default 2 s). */
  pollMs?: number;
  /** Delay after a wake-up, to let the queueing transaction commit (default 20 ms). */
  wakeDelayMs?: number;
  /** Messages per run (default 100). */
  batch?: number;
  onReport?: (report: DeliveryReport) => void;
  onError?: (err: unknown) => void;
}

export interface MailWorker {
  /** Runs a delivery now (or waits for the run in progress and runs again). */
  runNow(): Promise<void>;
  /** Stops the timers and waits for the run in progress. */
  stop(): Promise<void>;
}

export function startMailWorker(ctx: DeliveryContext, options: MailWorkerOptions): MailWorker {
  const pollMs = options.pollMs ?? 2000;
  const wakeDelayMs = options.wakeDelayMs ?? 20;
  const batch = options.batch ?? 100;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
    timer.unref();
  };

  async function cycle() {
    for (;;) {
      again = false;
      try {
        const report = await deliverQueued(ctx, options.transport, {
          limit: batch,
          ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
          ...(options.listeners ? { listeners: options.listeners } : {}),
        });
        if (report.sent.length + report.failed.length > 0) options.onReport?.(report);
        if (report.sent.length + report.failed.length >= batch) again = true;
      } catch (err) {
        options.onError?.(err);
      }
      if (!again || stopped) break;
    }
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = cycle().finally(() => {
      running = null;
      schedule(pollMs);
    });
    return running;
  }

  const unsubscribe = onQueued(() => {
    if (running) again = true;
    else schedule(wakeDelayMs);
  });
  schedule(0);

  return {
    runNow: () => run(),
    async stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
