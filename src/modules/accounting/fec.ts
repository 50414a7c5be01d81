/**
 * The Fichier des Écritures Comptables (LPF art. L47 A-I, A47 A-1): pure. Sales documents and bank
 * movements of a period become balanced entries in two journals, VE (sales: invoices, credit notes,
 * debit notes) and BQ (bank: payments, reversals, direct-debit collections), numbered continuously
 * per journal in date order; then the file: the 18 mandatory columns, tab-separated, dates
 * YYYYMMDD, amounts with a decimal comma, ISO-8859-15.
 *
 * Accounts (a setting, PCG defaults): 411 client with an auxiliary account per client, 706
 * services / 707 goods, 4457 VAT collected by rate — for services when the invoice is not on
 * debits, VAT is due on receipt: it waits in 44574 (by rate) and each payment moves its share to
 * 44571 —, 763 late-payment charges (debit notes: interest and the recovery indemnity, no VAT),
 * 512 bank. Settled invoices are lettered with the payments and credit notes that settled them.
 */
import { centsToDecimal } from '../../kernel/money.ts';

export interface FecAccounts {
  clients: string;
  clientsLabel: string;
  /** Prefix of the auxiliary account of a client: 'C' + the client's code. */
  clientAuxPrefix: string;
  salesGoods: string;
  salesServices: string;
  /** VAT collected: this prefix + the rate ('44571' + '20' → 4457120). */
  vatCollectedPrefix: string;
  /** VAT on receipts waiting for payment (services not on debits). */
  vatPendingPrefix: string;
  lateCharges: string;
  bank: string;
}

/** The PCG (plan comptable général) defaults. */
export const DEFAULT_FEC_ACCOUNTS: FecAccounts = {
  clients: '411000',
  clientsLabel: 'Clients',
  clientAuxPrefix: 'C',
  salesGoods: '707000',
  salesServices: '706000',
  vatCollectedPrefix: '44571',
  vatPendingPrefix: '44574',
  lateCharges: '763000',
  bank: '512000',
};

const LABELS: Record<string, string> = {
  salesGoods: 'Ventes de marchandises',
  salesServices: 'Prestations de services',
  lateCharges: 'Revenus des autres créances (intérêts et indemnités de retard)',
  bank: 'Banque',
};

export interface FecSalesDoc {
  kind: 'invoice' | 'credit-note' | 'debit-note';
  id: string;
  number: string;
  date: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  /** The invoice a credit note corrects. */
  correctsId: string | null;
  grossCents: number;
  /** Net by nature and VAT rate, from the lines (invoices and credit notes). */
  nets: Array<{ nature: 'goods' | 'services'; rate: string; netCents: number }>;
  /** VAT by rate (the document's breakdown). */
  vat: Array<{ rate: string; vatCents: number; taxableCents: number }>;
  vatOnDebits: boolean;
  /** Invoices: the day it was fully settled, when it is. */
  settledOn: string | null;
}

export interface FecBankMove {
  kind: 'payment' | 'reversal';
  paymentId: string;
  date: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  amountCents: number;
  reference: string;
  means: string;
  /** Where the payment went (for VAT on receipts and lettering). */
  allocations: Array<{ documentId: string; amountCents: number }>;
}

export interface FecLine {
  journal: 'VE' | 'BQ';
  entryNumber: string;
  date: string;
  account: string;
  accountLabel: string;
  auxAccount: string;
  auxLabel: string;
  pieceRef: string;
  pieceDate: string;
  label: string;
  debitCents: number;
  creditCents: number;
  letter: string;
  letterDate: string;
}

export const JOURNALS = { VE: 'Journal des ventes', BQ: 'Journal de banque' } as const;

/** '20' → '20', '5.5' → '55', '2.1' → '21', '0' → '00'. */
function rateCode(rate: string): string {
  return rate.replace('.', '').padEnd(2, '0');
}

/** The VAT of a document split by rate into what is due now and what waits for payment. */
function vatSplit(doc: FecSalesDoc): Array<{ rate: string; nowCents: number; pendingCents: number }> {
  return doc.vat.map((v) => {
    if (doc.vatOnDebits || doc.kind === 'debit-note' || v.vatCents === 0 || v.taxableCents === 0)
      return { rate: v.rate, nowCents: v.vatCents, pendingCents: 0 };
    const services = doc.nets
      .filter((n) => n.rate === v.rate && n.nature === 'services')
      .reduce((s, n) => s + n.netCents, 0);
    const pending = Math.round((v.vatCents * services) / v.taxableCents);
    return { rate: v.rate, nowCents: v.vatCents - pending, pendingCents: pending };
  });
}

interface Draft {
  journal: 'VE' | 'BQ';
  date: string;
  order: string;
  pieceRef: string;
  label: string;
  /** Its lines, whose entry fields (journal, number, dates, piece, letter) are set when numbered. */
  lines: FecLine[];
  /** Keys of the client line (for lettering). */
  letterKey: string | null;
}

/** Builds the entries of the period: lines in journal, then entry-number order. */
export function buildFecLines(
  docs: readonly FecSalesDoc[],
  moves: readonly FecBankMove[],
  accounts: FecAccounts,
  options: { to: string; pendingVatOf: (documentId: string) => FecSalesDoc | undefined },
): FecLine[] {
  const drafts: Draft[] = [];
  // Every line is built once with all its fields (one object shape): the entry fields are filled
  // in place when the entries are numbered, rather than copied into new objects (a 100,000-invoice
  // year has over 700,000 lines; the copies and spreads were most of the time and the GC).
  const line = (
    account: string,
    accountLabel: string,
    auxAccount: string,
    auxLabel: string,
    label: string,
    debitCents: number,
    creditCents: number,
  ): FecLine => ({
    journal: 'VE',
    entryNumber: '',
    date: '',
    account,
    accountLabel,
    auxAccount,
    auxLabel,
    pieceRef: '',
    pieceDate: '',
    label,
    debitCents,
    creditCents,
    letter: '',
    letterDate: '',
  });
  const clientLine = (code: string, name: string, label: string, debitCents: number, creditCents: number) =>
    line(
      accounts.clients,
      accounts.clientsLabel,
      `${accounts.clientAuxPrefix}${code}`,
      name,
      label,
      debitCents,
      creditCents,
    );
  const plainLine = (account: string, accountLabel: string, label: string, debitCents: number, creditCents: number) =>
    line(account, accountLabel, '', '', label, debitCents, creditCents);

  for (const doc of docs) {
    const sign = doc.kind === 'credit-note' ? -1 : 1;
    /** A product or VAT amount: credited on an invoice, debited on a credit note. */
    const debitOf = (cents: number) => (sign > 0 ? 0 : cents);
    const creditOf = (cents: number) => (sign > 0 ? cents : 0);
    const lines: FecLine[] = [];
    const title = doc.kind === 'invoice' ? 'Facture' : doc.kind === 'credit-note' ? 'Avoir' : 'Note de débit';
    const label = `${title} ${doc.number} ${doc.clientName}`;
    lines.push(
      clientLine(doc.clientCode, doc.clientName, label, sign > 0 ? doc.grossCents : 0, sign > 0 ? 0 : doc.grossCents),
    );
    if (doc.kind === 'debit-note') {
      lines.push(plainLine(accounts.lateCharges, LABELS.lateCharges!, label, 0, doc.grossCents));
    } else {
      for (const nature of ['goods', 'services'] as const) {
        const net = doc.nets.filter((n) => n.nature === nature).reduce((s, n) => s + n.netCents, 0);
        if (net === 0) continue;
        const account = nature === 'goods' ? accounts.salesGoods : accounts.salesServices;
        lines.push(
          plainLine(
            account,
            nature === 'goods' ? LABELS.salesGoods! : LABELS.salesServices!,
            label,
            debitOf(net),
            creditOf(net),
          ),
        );
      }
      for (const v of vatSplit(doc)) {
        for (const [cents, prefix, what] of [
          [v.nowCents, accounts.vatCollectedPrefix, 'TVA collectée'],
          [v.pendingCents, accounts.vatPendingPrefix, 'TVA sur encaissements à régulariser'],
        ] as const) {
          if (cents === 0) continue;
          lines.push(
            plainLine(
              `${prefix}${rateCode(v.rate)}`,
              `${what} ${v.rate.replace('.', ',')} %`,
              label,
              debitOf(cents),
              creditOf(cents),
            ),
          );
        }
      }
    }
    drafts.push({
      journal: 'VE',
      date: doc.date,
      order: doc.number,
      pieceRef: doc.number,
      label,
      lines,
      letterKey: doc.id,
    });
  }

  for (const move of moves) {
    const payment = move.kind === 'payment';
    const label = `${payment ? 'Règlement' : 'Impayé'} ${move.clientName}${move.reference ? ` ${move.reference}` : ''}`;
    const lines: FecLine[] = [
      plainLine(accounts.bank, LABELS.bank!, label, payment ? move.amountCents : 0, payment ? 0 : move.amountCents),
      clientLine(
        move.clientCode,
        move.clientName,
        label,
        payment ? 0 : move.amountCents,
        payment ? move.amountCents : 0,
      ),
    ];
    // VAT on receipts: the share of the pending VAT this payment settles becomes due.
    for (const a of move.allocations) {
      const doc = options.pendingVatOf(a.documentId);
      if (!doc || doc.grossCents === 0) continue;
      for (const v of vatSplit(doc)) {
        if (v.pendingCents === 0) continue;
        const cents = Math.round((v.pendingCents * a.amountCents) / doc.grossCents);
        if (cents === 0) continue;
        const rate = v.rate.replace('.', ',');
        const vatLabel = `${label} TVA ${doc.number}`;
        lines.push(
          plainLine(
            `${accounts.vatPendingPrefix}${rateCode(v.rate)}`,
            `TVA sur encaissements à régulariser ${rate} %`,
            vatLabel,
            payment ? cents : 0,
            payment ? 0 : cents,
          ),
          plainLine(
            `${accounts.vatCollectedPrefix}${rateCode(v.rate)}`,
            `TVA collectée ${rate} %`,
            vatLabel,
            payment ? 0 : cents,
            payment ? cents : 0,
          ),
        );
      }
    }
    drafts.push({
      journal: 'BQ',
      date: move.date,
      order: `${payment ? 0 : 1}:${move.paymentId}`,
      pieceRef: move.reference || move.paymentId.slice(0, 20),
      label,
      lines,
      letterKey: payment ? `pay:${move.paymentId}` : null,
    });
  }

  const letters = letterGroups(docs, moves, options.to);
  drafts.sort((a, b) =>
    a.journal !== b.journal
      ? a.journal < b.journal
        ? 1
        : -1 // VE before BQ
      : a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : a.order < b.order
          ? -1
          : a.order > b.order
            ? 1
            : 0,
  );
  const counters = { VE: 0, BQ: 0 };
  const out: FecLine[] = [];
  for (const d of drafts) {
    const n = ++counters[d.journal];
    const entryNumber = `${d.journal}${String(n).padStart(6, '0')}`;
    const letter = d.letterKey ? letters.get(d.letterKey) : undefined;
    for (const l of d.lines) {
      const lettered = letter && l.account === accounts.clients && l.auxAccount !== '';
      l.journal = d.journal;
      l.entryNumber = entryNumber;
      l.date = d.date;
      l.pieceRef = d.pieceRef;
      l.pieceDate = d.date;
      if (lettered) {
        l.letter = letter.code;
        l.letterDate = letter.date;
      }
      out.push(l);
    }
  }
  return out;
}

/**
 * Lettering: an invoice, the credit notes that correct it and the payments allocated to it form a
 * group (payments spread over several invoices join their groups); a group whose invoices are all
 * settled by `to` (and whose payments are not reversed in it) gets a code, dated by its last piece.
 */
function letterGroups(
  docs: readonly FecSalesDoc[],
  moves: readonly FecBankMove[],
  to: string,
): Map<string, { code: string; date: string }> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const d of docs) {
    find(d.id);
    if (d.correctsId) union(d.id, d.correctsId);
  }
  const reversed = new Set(moves.filter((m) => m.kind === 'reversal').map((m) => m.paymentId));
  for (const m of moves) {
    if (m.kind !== 'payment') continue;
    find(`pay:${m.paymentId}`);
    for (const a of m.allocations) union(`pay:${m.paymentId}`, a.documentId);
  }
  const groups = new Map<string, { settled: boolean; date: string; members: string[] }>();
  const touch = (key: string, settled: boolean, date: string) => {
    const root = find(key);
    const g = groups.get(root) ?? { settled: true, date: '', members: [] };
    g.settled &&= settled;
    if (date > g.date) g.date = date;
    g.members.push(key);
    groups.set(root, g);
  };
  for (const d of docs) {
    const settled = d.kind === 'credit-note' || (d.settledOn !== null && d.settledOn <= to);
    touch(d.id, settled, d.settledOn ?? d.date);
  }
  for (const m of moves) if (m.kind === 'payment') touch(`pay:${m.paymentId}`, !reversed.has(m.paymentId), m.date);
  const out = new Map<string, { code: string; date: string }>();
  let n = 0;
  for (const g of groups.values()) {
    // A group of documents only (no payment in the period) or one still open is not lettered.
    if (!g.settled || !g.members.some((k) => k.startsWith('pay:')) || !g.members.some((k) => !k.startsWith('pay:')))
      continue;
    const code = letterCode(n++);
    for (const k of g.members) out.set(k, { code, date: g.date });
  }
  return out;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'… */
export function letterCode(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

export const FEC_COLUMNS = [
  'JournalCode',
  'JournalLib',
  'EcritureNum',
  'EcritureDate',
  'CompteNum',
  'CompteLib',
  'CompAuxNum',
  'CompAuxLib',
  'PieceRef',
  'PieceDate',
  'EcritureLib',
  'Debit',
  'Credit',
  'EcritureLet',
  'DateLet',
  'ValidDate',
  'Montantdevise',
  'Idevise',
] as const;

/** 'YYYY-MM-DD' → 'YYYYMMDD'. */
export const fecDate = (d: string) => (d ? d.replace(/-/g, '') : '');

/** 123456 → '1234,56'. */
export function fecAmount(cents: number): string {
  return centsToDecimal(cents, ',');
}

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** The file's text: the header and one line per entry line, CRLF-terminated. */
export function fecText(lines: readonly FecLine[]): string {
  const parts: string[] = [FEC_COLUMNS.join('\t')];
  for (const l of lines) {
    const date = fecDate(l.date);
    parts.push(
      [
        l.journal,
        JOURNALS[l.journal],
        l.entryNumber,
        date,
        l.account,
        clean(l.accountLabel),
        l.auxAccount,
        clean(l.auxLabel),
        clean(l.pieceRef),
        fecDate(l.pieceDate),
        clean(l.label),
        fecAmount(l.debitCents),
        fecAmount(l.creditCents),
        l.letter,
        fecDate(l.letterDate),
        date,
        '',
        '',
      ].join('\t'),
    );
  }
  return `${parts.join('\r\n')}\r\n`;
}

/** ISO-8859-15 bytes (Latin-9: Latin-1 with €, Š, š, Ž, ž, Œ, œ, Ÿ); any other character becomes '?'. */
const LATIN9: Record<number, number> = {
  0x20ac: 0xa4,
  0x160: 0xa6,
  0x161: 0xa8,
  0x17d: 0xb4,
  0x17e: 0xb8,
  0x152: 0xbc,
  0x153: 0xbd,
  0x178: 0xbe,
};

export function latin9(text: string): Uint8Array {
  // Latin-1 bytes are Latin-9 bytes but for eight code points: map what differs, then one copy.
  const mapped = text.replace(/[^\t\n\r\x20-\xa3\xa5\xa7\xa9-\xb3\xb5-\xb7\xb9-\xbb\xbf-\xff]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    const byte = LATIN9[c];
    if (byte !== undefined) return String.fromCharCode(byte);
    if (c === 0x2019) return "'";
    if (c === 0x202f || c === 0xa0) return ' ';
    return '?';
  });
  return new Uint8Array(Buffer.from(mapped, 'latin1'));
}

/** `<SIREN>FEC<YYYYMMDD>.txt`, dated by the closing date of the period. */
export function fecFilename(siren: string, to: string): string {
  return `${siren.replace(/\s+/g, '')}FEC${fecDate(to)}.txt`;
}
