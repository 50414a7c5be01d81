import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { renderQuotePdf } from '../documents/index.ts';
import { sampleQuote } from '../documents/samples.ts';
import { testRunId } from '../../test/helpers/db.ts';
import { base64Part, startSmtpSink } from '../../test/helpers/smtp-sink.ts';
import {
  composeEml,
  deliverQueued,
  fileTransport,
  findMessage,
  messagesOf,
  queueMail,
  sendMail,
  smtpTransport,
  transportFromEnv,
  type MailTransport,
  type OutgoingMail,
} from './index.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.CLAUSIER_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

/** A local SMTP sink on 127.0.0.1, random port, no TLS, no auth. */
const startSink = () => startSmtpSink();

async function openTestDb(dialect: Dialect): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const handle = openDatabase('sqlite::memory:');
    await migrateToLatest(handle.db);
    return { handle, drop: () => handle.close() };
  }
  // Named for this run: the global teardown drops it. Dropping it here, while other files migrate,
  // would break their catalogue introspection (test/global-setup.ts).
  const schema = `t_${testRunId()}_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await admin(`create schema ${schema}`);
  const handle = openDatabase(PG_URL, { pgSchema: schema, pgPoolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    handle,
    drop: () => handle.close(),
  };
}

describe.each(DIALECTS)('outbox on %s', (dialect) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let smtp: MailTransport;
  let pdf: Uint8Array;
  let now = new Date('2026-11-26T09:30:00Z');
  const ctx = () => ({ db: handle.db, dialect, now: () => now });

  beforeAll(async () => {
    ({ handle, drop } = await openTestDb(dialect));
    sink = await startSink();
    smtp = smtpTransport(sink.url);
    pdf = await renderQuotePdf(sampleQuote(10));
  });
  afterAll(async () => {
    smtp?.close();
    await sink?.close();
    await drop?.();
  });

  const quoteMail = (over: Partial<OutgoingMail> = {}): OutgoingMail => ({
    orgId: 'org-alleo',
    from: 'adv@alleo.example',
    fromName: 'ALLEO — Administration des ventes',
    to: ['compta@transports-morel.example'],
    cc: ['commercial@alleo.example'],
    subject: 'Votre devis n° D-2026-0042 (version 2)',
    text: 'Bonjour,\n\nVeuillez trouver ci-joint notre devis, valable jusqu’au 26 décembre 2026.\n',
    html: '<p>Bonjour,</p><p>Veuillez trouver ci-joint notre devis.</p>',
    attachments: [{ filename: 'Devis D-2026-0042 v2.pdf', mediaType: 'application/pdf', content: pdf }],
    related: { type: 'quote', id: 'quote-42' },
    ...over,
  });

  it('queues inside the caller transaction and returns the .eml and its SHA-256', async () => {
    const queued = await handle.db.transaction().execute((trx) => queueMail(trx, ctx(), quoteMail()));
    expect(queued.sha256).toBe(sha256(queued.eml));
    expect(queued.attachments).toEqual([
      { name: 'Devis D-2026-0042 v2.pdf', mediaType: 'application/pdf', sha256: sha256(pdf) },
    ]);
    const row = await findMessage(handle.db, queued.id);
    expect(row).toMatchObject({
      status: 'queued',
      attempts: 0,
      org_id: 'org-alleo',
      related_type: 'quote',
      related_id: 'quote-42',
      created_at: '2026-11-26T09:30:00.000Z',
      sent_at: null,
    });
    expect(JSON.parse(row!.to)).toEqual(['compta@transports-morel.example']);
    expect(sha256(row!.eml)).toBe(queued.sha256);
    const eml = Buffer.from(queued.eml).toString('latin1');
    expect(eml).toContain(`Message-ID: <${queued.id}@alleo.example>`);
    expect(eml).toContain('Date: Thu, 26 Nov 2026 09:30:00 +0000');
    expect(base64Part(Buffer.from(queued.eml), /application\/pdf/)?.equals(Buffer.from(pdf))).toBe(true);
  });

  it('leaves nothing when the caller transaction rolls back', async () => {
    const id = 'rolled-back-1';
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await queueMail(trx, ctx(), quoteMail({ id }));
        throw new Error('the command failed later');
      }),
    ).rejects.toThrow('the command failed later');
    expect(await findMessage(handle.db, id)).toBeUndefined();
  });

  it('refuses a malformed message, naming the field', async () => {
    await expect(queueMail(handle.db, ctx(), quoteMail({ to: [] }))).rejects.toThrow('mail.to');
    await expect(queueMail(handle.db, ctx(), quoteMail({ cc: ['Marc <m@x.example>'] }))).rejects.toThrow('mail.cc.0');
    await expect(queueMail(handle.db, ctx(), quoteMail({ subject: 'a\r\nBcc: x@y.example' }))).rejects.toThrow(
      'mail.subject',
    );
  });

  it('delivers the queued messages over SMTP with the PDF, once', async () => {
    const before = sink.received.length;
    now = new Date('2026-11-26T09:31:00Z');
    const report = await deliverQueued(ctx(), smtp);
    expect(report.failed).toEqual([]);
    expect(report.sent).toHaveLength(1);
    const got = sink.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]!.from).toBe('adv@alleo.example');
    expect(got[0]!.to).toEqual(['compta@transports-morel.example', 'commercial@alleo.example']);
    const row = await findMessage(handle.db, report.sent[0]!);
    // The relay received the very bytes the outbox (and the evidence log) hold.
    expect(sha256(got[0]!.data)).toBe(sha256(row!.eml));
    const text = got[0]!.data.toString('latin1');
    expect(text).toContain('Subject: =?UTF-8?');
    expect(text).toMatch(/filename\*?=.*Devis/);
    expect(base64Part(got[0]!.data, /application\/pdf/)?.equals(Buffer.from(pdf))).toBe(true);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sent_at: '2026-11-26T09:31:00.000Z', last_error: null });
    // Idempotent: nothing left to send.
    expect(await deliverQueued(ctx(), smtp)).toEqual({ sent: [], failed: [] });
    expect(sink.received.length).toBe(before + 1);
  });

  it('marks a failed attempt, retries it after a back-off, and stops at the attempt limit', async () => {
    const down = await startSink();
    await down.close(); // nothing listens on that port any more
    const dead = smtpTransport(down.url);
    const { id } = await queueMail(handle.db, ctx(), quoteMail({ id: 'retry-1' }));
    const first = await deliverQueued(ctx(), dead, { onlyId: id });
    expect(first.failed[0]?.id).toBe(id);
    const failed = await findMessage(handle.db, id);
    // Still queued (it is retried), with the error of its attempt: never 'failed' before the last one.
    expect(failed).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: '2026-11-26T09:32:00.000Z' });
    expect(failed!.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(await deliverQueued(ctx(), smtp, { onlyId: id })).toEqual({ sent: [], failed: [] }); // backing off
    now = new Date('2026-11-26T09:32:00Z');
    await deliverQueued(ctx(), smtp, { onlyId: id });
    expect(await findMessage(handle.db, id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      last_error: null,
      next_attempt_at: null,
    });

    const { id: stuck } = await queueMail(handle.db, ctx(), quoteMail({ id: 'retry-2' }));
    for (let i = 0; i < 4; i++) {
      await deliverQueued(ctx(), dead, { onlyId: stuck, maxAttempts: 3 });
      now = new Date(now.getTime() + 3_600_000);
    }
    expect(await findMessage(handle.db, stuck)).toMatchObject({ status: 'failed', attempts: 3, next_attempt_at: null });
    expect((await findMessage(handle.db, stuck))!.last_error).toMatch(/ECONNREFUSED|connect/i);
    // The delivery and the final failure are chained into the evidence log.
    const kinds = await handle.db
      .selectFrom('evidence_entries')
      .select(['kind', 'decision_json'])
      .where('kind', 'in', ['mail.delivered', 'mail.failed'])
      .execute();
    expect(
      kinds.filter((k) => k.kind === 'mail.failed').map((k) => JSON.parse(k.decision_json!).outboxMessageId),
    ).toEqual([stuck]);
    expect(
      kinds.filter((k) => k.kind === 'mail.delivered').map((k) => JSON.parse(k.decision_json!).outboxMessageId),
    ).toContain(id);
    expect(await deliverQueued(ctx(), smtp, { onlyId: stuck, maxAttempts: 3 })).toEqual({ sent: [], failed: [] });
    dead.close();
  });

  it('takes a message again when the lease of a crashed attempt has expired', async () => {
    const { id } = await queueMail(handle.db, ctx(), quoteMail({ id: 'crashed-1' }));
    const crash: MailTransport = { name: 'file', close: () => {}, send: () => new Promise(() => {}) }; // never settles
    void deliverQueued(ctx(), crash, { onlyId: id });
    await new Promise((r) => setTimeout(r, 50));
    expect(await findMessage(handle.db, id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await deliverQueued(ctx(), smtp, { onlyId: id })).toEqual({ sent: [], failed: [] }); // leased
    now = new Date(now.getTime() + 5 * 60_000);
    expect((await deliverQueued(ctx(), smtp, { onlyId: id })).sent).toEqual([id]);
    expect(await findMessage(handle.db, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends each message once when two delivery runs overlap', async () => {
    const sends: string[] = [];
    const slow: MailTransport = {
      name: 'file',
      close: () => {},
      send: async (m) => {
        sends.push(m.id);
        await new Promise((r) => setTimeout(r, 20));
      },
    };
    for (const id of ['overlap-1', 'overlap-2', 'overlap-3']) await queueMail(handle.db, ctx(), quoteMail({ id }));
    const runs = Array.from({ length: 3 }, () => deliverQueued(ctx(), slow, { maxAttempts: 3 })); // retry-2 above is spent at 3
    await Promise.all(runs);
    expect(sends.sort()).toEqual(['overlap-1', 'overlap-2', 'overlap-3']);
  });

  it('sendMail queues and delivers in one call; the outbox lists messages by business object', async () => {
    const result = await sendMail(
      { ...ctx(), transport: smtp },
      quoteMail({ related: { type: 'quote', id: 'quote-43' } }),
    );
    expect(result.status).toBe('sent');
    expect(sink.received.at(-1)!.data.equals(Buffer.from(result.eml))).toBe(true);
    const listed = await messagesOf(handle.db, 'org-alleo', 'quote', 'quote-43');
    expect(listed.map((m) => [m.id, m.status])).toEqual([[result.id, 'sent']]);
  });
});

describe('embedded default transport', () => {
  it('composes the same .eml for the same message, id and date', async () => {
    const mail: OutgoingMail = {
      orgId: 'o',
      from: 'a@b.example',
      to: ['c@d.example'],
      subject: 'Relance',
      text: 'Bonjour',
      attachments: [{ filename: 'x.pdf', mediaType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]) }],
    };
    const at = new Date('2026-11-26T10:00:00Z');
    const [a, b] = await Promise.all([composeEml(mail, 'id-1', at), composeEml(mail, 'id-1', at)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(await composeEml(mail, 'id-2', at)).equals(Buffer.from(a))).toBe(false);
  });

  it('drops <data dir>/outbox/<id>.eml when SMTP_URL is not set', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausier-mail-'));
    try {
      expect(transportFromEnv(dataDir, { SMTP_URL: 'smtp://127.0.0.1:2525' }).name).toBe('smtp');
      const transport = transportFromEnv(dataDir, {});
      expect(transport.name).toBe('file');
      const handle = openDatabase('sqlite::memory:');
      await migrateToLatest(handle.db);
      const result = await sendMail(
        { db: handle.db, dialect: 'sqlite', now: () => new Date('2026-11-26T10:00:00Z'), transport },
        { orgId: 'o', from: 'a@b.example', to: ['c@d.example'], subject: 'Test', text: 'Bonjour' },
      );
      expect(result.status).toBe('sent');
      const file = path.join(dataDir, 'outbox', `${result.id}.eml`);
      expect(fs.readFileSync(file).equals(Buffer.from(result.eml))).toBe(true);
      expect(fs.readdirSync(path.join(dataDir, 'outbox'))).toEqual([`${result.id}.eml`]);
      await expect(
        fileTransport(dataDir).send({ id: '../escape', from: 'a@b.example', recipients: [], eml: new Uint8Array() }),
      ).rejects.toThrow('safe file name');
      await handle.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
