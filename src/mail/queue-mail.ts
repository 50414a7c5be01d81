/** Puts an email in the outbox, inside the caller's transaction (the act and its email commit together). */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { newId } from '../kernel/ids.ts';
import { composeEml } from './compose.ts';
import type { OutgoingMail, QueuedMail } from './model.ts';
import * as repo from './outbox.repo.ts';
import { signalQueued } from './wakeup.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Throws a plain Error naming the field: a bad message is a programming error of the caller. */
function checkMail(mail: OutgoingMail): void {
  if (mail.to.length === 0) throw new Error('mail.to: at least one recipient');
  for (const [field, list] of [
    ['to', mail.to],
    ['cc', mail.cc ?? []],
  ] as const) {
    list.forEach((address, i) => {
      if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address))
        throw new Error(`mail.${field}.${i}: not a bare email address: ${JSON.stringify(address)}`);
    });
  }
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(mail.from))
    throw new Error(`mail.from: not a bare email address: ${JSON.stringify(mail.from)}`);
  if (/[\r\n]/.test(mail.subject)) throw new Error('mail.subject: must be one line');
}

/**
 * Composes the .eml and inserts the outbox row (status 'queued'), and wakes the delivery worker
 * (which retries on its poll when it runs before the caller's transaction commits). Returns the id, the .eml bytes
 * and SHA-256 (for appendEvidence as 'message/rfc822') and the attachments' hashes.
 */
export async function queueMail(trx: Db, clock: { now(): Date }, mail: OutgoingMail): Promise<QueuedMail> {
  checkMail(mail);
  const id = mail.id ?? newId();
  const now = clock.now();
  const eml = await composeEml(mail, id, now);
  const attachments = (mail.attachments ?? []).map((a) => ({
    name: a.filename,
    mediaType: a.mediaType,
    sha256: sha256(a.content),
  }));
  await repo.insertMessage(trx, {
    id,
    org_id: mail.orgId,
    from_address: mail.from,
    to: JSON.stringify(mail.to),
    cc: mail.cc?.length ? JSON.stringify(mail.cc) : null,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    attachments_json: JSON.stringify(attachments),
    eml,
    status: 'queued',
    attempts: 0,
    next_attempt_at: null,
    last_error: null,
    related_type: mail.related?.type ?? null,
    related_id: mail.related?.id ?? null,
    created_at: now.toISOString(),
    sent_at: null,
    transport: null,
    failed_at: null,
    cancelled_at: null,
    contract_id: mail.contractId ?? null,
  });
  signalQueued();
  return { id, eml, sha256: sha256(eml), attachments };
}
