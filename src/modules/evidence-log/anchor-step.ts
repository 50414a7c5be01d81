/**
 * The daily anchor of the evidence log (ADR 0016): the sweep publishes the head of each chain
 * (sequence number and hash) outside the database — a line appended to
 * `<data dir>/evidence-anchors.log`, and an e-mail to the administrators through the outbox — so
 * that `evidence verify --anchors FILE` or `--head SEQ:HASH` can later prove that the chain still
 * holds it. Whoever can rewrite the database cannot recall a delivered e-mail nor, when the file
 * lives on storage the database account cannot write, that file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext, SweepStep } from '../../context.ts';
import { chainHead, formatAnchor } from '../../evidence/index.ts';
import { findMessage, queueMail } from '../../mail/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { activeAdminEmails } from './anchor.repo.ts';

export const ANCHORS_FILE = 'evidence-anchors.log';

/** Appends one line and flushes it to disk before the e-mail is queued. */
function appendLine(file: string, line: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o640);
  try {
    fs.writeSync(fd, line + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** One message per organisation and day, whatever the reruns: its id is derived from both. */
function anchorMailId(orgId: string, asOf: string): string {
  const h = createHash('sha256').update(`evidence-anchor\n${orgId}\n${asOf}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

async function mailAnchor(
  ctx: AppContext,
  orgId: string,
  asOf: string,
  anchor: { seq: number; hash: string; line: string },
): Promise<void> {
  const id = anchorMailId(orgId, asOf);
  const org = await getOrganisation(ctx, orgId);
  const to = await activeAdminEmails(ctx.db, orgId);
  if (!org.email || to.length === 0 || (await findMessage(ctx.db, id))) return;
  const command = `./bin/clausier evidence verify --head ${orgId}:${anchor.seq}:${anchor.hash}`;
  await ctx.db.transaction().execute((trx) =>
    queueMail(trx, ctx, {
      id,
      orgId,
      from: org.email!,
      fromName: `${org.name} — Clausier`,
      to,
      subject: `Clausier — ancre du journal de preuves / evidence log anchor ${asOf}`,
      text: [
        `Tête du journal de preuves de ${org.name} au ${asOf} : entrée ${anchor.seq}, empreinte ${anchor.hash}.`,
        "Conservez ce message : il permet de prouver plus tard que le journal n'a pas été réécrit depuis (ADR 0016).",
        '',
        `Head of the evidence log of ${org.name} on ${asOf}: entry ${anchor.seq}, hash ${anchor.hash}.`,
        'Keep this message: it proves later that the log was not rewritten since (ADR 0016).',
        '',
        'Vérifier / verify:',
        command,
        '',
        anchor.line,
      ].join('\n'),
      related: { type: 'evidence-anchor', id: `${anchor.seq}` },
    }),
  );
}

export const evidenceAnchorStep: SweepStep = {
  id: 'evidence.anchor',
  article: '22',
  title: { fr: 'Ancrage quotidien du journal de preuves', en: 'Daily anchor of the evidence log' },
  // Only a sweep that knows the data directory publishes (the server and the command line do;
  // the demo seed replaying past days does not, and leaves the day to them).
  needsDataDir: true,
  async run(ctx, run) {
    if (!run.dataDir) {
      run.onTotal(0);
      return { examined: 0, acted: 0 };
    }
    run.onTotal(1);
    const head = await chainHead(ctx.db, run.orgId);
    run.onItem();
    if (!head) return { examined: 1, acted: 0 };
    const seq = Number(head.seq);
    const line = formatAnchor({ orgId: run.orgId, seq, hash: head.hash, at: ctx.now().toISOString() });
    appendLine(path.join(run.dataDir, ANCHORS_FILE), line);
    await mailAnchor(ctx, run.orgId, run.asOf, { seq, hash: head.hash, line });
    return { examined: 1, acted: 1 };
  },
};
