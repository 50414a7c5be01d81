/**
 * End-of-day bank statements in ISO 20022 camt.053.001.08 (what French banks deliver beside the
 * CSV). The file is first validated against the ISO schema (libxml2, src/iso20022): a file that
 * does not conform is refused whole, each problem named by its line and element. Then it is read
 * with `fast-xml-parser`: the account (IBAN) of each statement and its booked entries, each with its
 * bank reference (AcctSvcrRef, else NtryRef), the date the funds were available (value date, else
 * booking date, LEGAL.md R3), the signed amount (EUR only), the debtor's name, the structured
 * creditor reference (RF / invoice number) or end-to-end id, and the unstructured remittance text.
 * Pending entries (status other than BOOK) are not read: they are not on the account yet.
 */
import { XMLParser } from 'fast-xml-parser';
import { inSupportedDateRange, isCivilDate } from '../../kernel/dates.ts';
import { AppError, type FieldError } from '../../kernel/errors.ts';
import { MAX_DOCUMENT_CENTS } from '../../kernel/money.ts';
import { xsdProblems } from '../../iso20022/index.ts';
import type { BankRow } from './bank-csv.ts';

export const CAMT053_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08';

/** One booked entry of a camt.053 statement, as a bank row plus its bank reference. */
export interface CamtEntry extends BankRow {
  /** The bank's own reference of the entry (AcctSvcrRef, else NtryRef): an entry is imported once. */
  bankReference: string;
  /** The transaction's end-to-end id (a direct debit's: the invoice number), when given. */
  endToEndId?: string;
  /** A returned direct debit (R-transaction): the ISO reason code of RtrInf (AC04, AM04, MD06…). */
  returnReason?: string;
}

export interface CamtStatement {
  /** The IBAN of every statement in the file (usually one). */
  ibans: string[];
  entries: CamtEntry[];
}

/** Whether the bytes look like an ISO 20022 XML file rather than a CSV. */
export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text.replace(/^\uFEFF/, ''));
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('bank_import.invalid_file', {
    errors: errors.slice(0, 50),
    detail: `${errors.length} problem(s) in the camt.053 file; nothing was imported`,
  });
}

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const obj = (v: unknown): Node | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  const o = obj(v);
  return o && typeof o['#text'] === 'string' ? o['#text'] : undefined;
};
const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => obj(node)?.[key], v);

/** "1234.5" → 123450 cents; undefined when not a positive amount with at most two decimals. */
function cents(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,12}(\.\d{1,2})?$/.test(value)) return undefined;
  const [units, decimals = ''] = value.split('.');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

function dateOf(node: unknown): string | undefined {
  const d = text(at(node, 'Dt')) ?? text(at(node, 'DtTm'))?.slice(0, 10);
  return d;
}

/** Reads and validates a camt.053.001.08 file; throws bank_import.invalid_file naming each problem. */
export async function parseCamt053(xml: string): Promise<CamtStatement> {
  const clean = xml.replace(/^\uFEFF/, '');
  if (!clean.includes(CAMT053_NAMESPACE))
    throw invalid([
      {
        path: 'Document',
        message: `not a camt.053.001.08 statement (namespace ${CAMT053_NAMESPACE} expected)`,
        fr: `ce n'est pas un relevé camt.053.001.08 (espace de noms ${CAMT053_NAMESPACE} attendu)`,
      },
    ]);
  const problems = await xsdProblems(clean, 'camt.053.001.08');
  if (problems.length)
    throw invalid(
      problems.map((p) => {
        const element = /Element '(?:\{[^}]*\})?([^']+)'/.exec(p.message)?.[1];
        const where = `${p.line !== null ? `line ${p.line}` : 'file'}${element ? `, element ${element}` : ''}`;
        const message = p.message.replace(/^Schemas validity error : /, '').replace(/\{[^}]*\}/g, '');
        return { path: element ?? 'Document', message: `${where}: ${message}`, fr: `${where} : ${message}` };
      }),
    );

  const doc = parser.parse(clean) as Node;
  const errors: FieldError[] = [];
  const ibans: string[] = [];
  const entries: CamtEntry[] = [];
  arr(at(doc, 'Document', 'BkToCstmrStmt', 'Stmt')).forEach((stmt, s) => {
    const iban = text(at(stmt, 'Acct', 'Id', 'IBAN'));
    if (!iban)
      errors.push({
        path: `Stmt.${s}.Acct.Id.IBAN`,
        message: 'the statement names no IBAN: cannot tell which account it is',
        fr: "le relevé n'indique pas d'IBAN : impossible de savoir de quel compte il s'agit",
      });
    else ibans.push(iban.replace(/\s+/g, '').toUpperCase());
    arr(stmt['Ntry']).forEach((ntry, n) => {
      const path = `Stmt.${s}.Ntry.${n}`;
      const status = text(at(ntry, 'Sts', 'Cd')) ?? text(ntry['Sts']);
      if (status !== 'BOOK') return;
      const amountNode = ntry['Amt'];
      const currency = obj(amountNode)?.['@Ccy'];
      const amount = cents(text(amountNode));
      if (currency !== 'EUR')
        errors.push({
          path: `${path}.Amt`,
          message: `only EUR entries are read (found ${String(currency)})`,
          fr: `seules les écritures en EUR sont lues (trouvé ${String(currency)})`,
        });
      if (amount === undefined || amount === 0 || amount > MAX_DOCUMENT_CENTS)
        errors.push({ path: `${path}.Amt`, message: 'invalid amount', fr: 'montant invalide' });
      const bookedOn = dateOf(ntry['ValDt']) ?? dateOf(ntry['BookgDt']);
      if (!bookedOn || !isCivilDate(bookedOn) || !inSupportedDateRange(bookedOn))
        errors.push({ path: `${path}.ValDt`, message: 'invalid or missing date', fr: 'date invalide ou absente' });
      const bankReference = text(ntry['AcctSvcrRef']) ?? text(ntry['NtryRef']);
      if (!bankReference)
        errors.push({
          path: `${path}.AcctSvcrRef`,
          message: 'the entry has no bank reference (AcctSvcrRef or NtryRef): it could be imported twice',
          fr: "l'écriture n'a pas de référence bancaire (AcctSvcrRef ou NtryRef) : elle pourrait être importée deux fois",
        });
      const tx = arr(arr(ntry['NtryDtls'])[0]?.['TxDtls'])[0];
      const credit = text(ntry['CdtDbtInd']) === 'CRDT';
      const party = credit ? 'Dbtr' : 'Cdtr';
      const name = text(at(tx, 'RltdPties', party, 'Pty', 'Nm')) ?? text(at(tx, 'RltdPties', party, 'Nm'));
      const structured = arr(at(tx, 'RmtInf', 'Strd'))
        .map((strd) => text(at(strd, 'CdtrRefInf', 'Ref')))
        .filter((r): r is string => Boolean(r));
      const unstructured = arr(at(tx, 'RmtInf', 'Ustrd'))
        .map((u) => text(u))
        .filter((u): u is string => Boolean(u));
      const endToEnd = text(at(tx, 'Refs', 'EndToEndId'));
      const info = text(ntry['AddtlNtryInf']);
      const returnReason = text(at(tx, 'RtrInf', 'Rsn', 'Cd')) ?? text(at(tx, 'RtrInf', 'Rsn', 'Prtry'));
      const label = [name, ...unstructured, info].filter(Boolean).join(' ').slice(0, 500) || '(camt.053)';
      const reference =
        structured[0] ?? (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : undefined) ?? bankReference ?? null;
      if (amount !== undefined && bookedOn && bankReference)
        entries.push({
          bookedOn,
          amountCents: credit ? amount : -amount,
          label,
          reference: reference ? reference.slice(0, 200) : null,
          bankReference: bankReference.slice(0, 200),
          ...(endToEnd && endToEnd !== 'NOTPROVIDED' ? { endToEndId: endToEnd.slice(0, 35) } : {}),
          ...(returnReason ? { returnReason: returnReason.slice(0, 35) } : {}),
        });
    });
  });
  if (errors.length) throw invalid(errors);
  return { ibans, entries };
}
