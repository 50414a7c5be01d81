/** A real SMTP server (npm smtp-server) on 127.0.0.1, random port, no TLS, no auth: what the relay receives. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  data: Buffer;
}

export interface SmtpSink {
  received: Received[];
  url: string;
  /** Messages refused so far (by `refuse`). */
  refused: number;
  close(): Promise<void>;
}

/** `refuse(n)`: answer the n-th DATA (0-based) with this temporary error instead of accepting it. */
export async function startSmtpSink(options: { refuse?: (n: number) => string | null } = {}): Promise<SmtpSink> {
  const sink: SmtpSink = { received: [], url: '', refused: 0, close: async () => {} };
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const refusal = options.refuse?.(n++) ?? null;
        if (refusal) {
          sink.refused++;
          callback(Object.assign(new Error(refusal), { responseCode: 451 }));
          return;
        }
        const env = session.envelope;
        sink.received.push({
          from: env.mailFrom ? env.mailFrom.address : '',
          to: env.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  const net = await new Promise<ReturnType<SMTPServer['listen']>>((resolve) => {
    const s = server.listen(0, '127.0.0.1', () => resolve(s));
  });
  sink.url = `smtp://127.0.0.1:${(net.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((r) => server.close(() => r()));
  return sink;
}

/** The decoded body of the MIME part whose headers match `contentType` (base64 parts only). */
export function base64Part(eml: Buffer, contentType: RegExp): Buffer | undefined {
  for (const part of eml.toString('latin1').split(/\r\n--[^\r\n]+\r\n/)) {
    const [head = '', body = ''] = part.split('\r\n\r\n');
    if (contentType.test(head) && /Content-Transfer-Encoding: base64/i.test(head))
      return Buffer.from(body.replace(/\r\n--[\s\S]*$/, '').replace(/\s+/g, ''), 'base64');
  }
  return undefined;
}

/** The value of a header of a received message (unfolded). */
export function header(eml: Buffer, name: string): string | undefined {
  const head = eml
    .toString('latin1')
    .split('\r\n\r\n')[0]!
    .replace(/\r\n[ \t]+/g, ' ');
  return head
    .split('\r\n')
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
}
