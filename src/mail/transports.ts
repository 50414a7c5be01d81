/**
 * Transports: an SMTP relay when SMTP_URL is set; otherwise the embedded default, a pickup folder
 * (`<data dir>/outbox/<id>.eml`) that an operator or a local MTA can take the messages from.
 */
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport, RawMail } from './model.ts';

/** Sends through an SMTP relay: 'smtp://user:pass@host:587', 'smtps://…' (nodemailer URL syntax). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(message: RawMail) {
      // The .eml is sent as built (raw): what the relay receives is what the outbox and the
      // evidence log hold, byte for byte.
      await transporter.sendMail({
        envelope: { from: message.from, to: message.recipients },
        raw: Buffer.from(message.eml),
      });
    },
    close: () => transporter.close(),
  };
}

/** Writes each message to `<dir>/<id>.eml` (written aside then renamed, so a reader never sees half a file). */
export function fileTransport(dir: string): MailTransport {
  return {
    name: 'file',
    async send(message: RawMail) {
      if (!/^[A-Za-z0-9-]+$/.test(message.id))
        throw new Error(`Outbox id ${JSON.stringify(message.id)} is not a safe file name`);
      await fs.promises.mkdir(dir, { recursive: true });
      const target = path.join(dir, `${message.id}.eml`);
      const partial = `${target}.partial`;
      await fs.promises.writeFile(partial, message.eml);
      await fs.promises.rename(partial, target);
    },
    close: () => {},
  };
}

/** SMTP when SMTP_URL is set, else the pickup folder `<dataDir>/outbox`. */
export function transportFromEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport(path.join(dataDir, 'outbox'));
}
