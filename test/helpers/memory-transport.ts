/** A mail transport that accepts every message and keeps it in memory (what the sweep's delivery step sends). */
import type { MailTransport, RawMail } from '../../src/mail/index.ts';

export function memoryTransport(): MailTransport & { sent: RawMail[] } {
  const sent: RawMail[] = [];
  return { name: 'file', sent, close: () => {}, send: async (m) => void sent.push(m) };
}
