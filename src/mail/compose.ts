/**
 * Builds the RFC 822 message (.eml) with nodemailer's MailComposer. The Message-ID, the Date and
 * the MIME boundaries are derived from the outbox id and the given instant, never drawn at random,
 * so the same message always gives the same bytes (and SHA-256) — a retried command re-creates
 * exactly what the evidence log already holds.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from './model.ts';

/** The domain part of the Message-ID: the sender's domain, so replies thread in mail clients. */
function messageIdDomain(from: string): string {
  const at = from.lastIndexOf('@');
  return at >= 0 ? from.slice(at + 1) : 'clausier.invalid';
}

/** The .eml bytes of a message with a given id and date. */
export async function composeEml(mail: OutgoingMail, id: string, date: Date): Promise<Uint8Array> {
  const composer = new MailComposer({
    from: mail.fromName ? { name: mail.fromName, address: mail.from } : mail.from,
    to: mail.to,
    ...(mail.cc?.length ? { cc: mail.cc } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.mediaType,
      content: Buffer.from(a.content),
    })),
    messageId: `<${id}@${messageIdDomain(mail.from)}>`,
    date,
    baseBoundary: id.replace(/[^A-Za-z0-9]/g, ''),
    // RFC 5322 lines end in CRLF; SMTP would convert bare LFs on the way, and the bytes the relay
    // receives must be those stored and hashed.
    newline: 'windows',
    // Content comes only from the message itself: never a file path or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const bytes = await composer.compile().build();
  return new Uint8Array(bytes);
}
