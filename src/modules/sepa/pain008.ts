/**
 * A SEPA Direct Debit initiation file, ISO 20022 pain.008.001.02 (the version French banks take
 * under the EPC rulebooks): one payment information block (one scheme, one sequence type, one
 * collection date) per group of transactions. Pure. The EPC rules on top of the XSD are applied
 * here: texts in the SEPA Latin character set (accents dropped, anything else a space), identifiers
 * of at most 35 characters without a leading, trailing or double '/', EUR only, control sums.
 */
import { escapeXml } from '../../einvoice/index.ts';
import { centsToDecimal } from '../../kernel/money.ts';

export type SepaScheme = 'CORE' | 'B2B';
export type SequenceType = 'FRST' | 'RCUR';

export interface DirectDebit {
  endToEndId: string;
  amountCents: number;
  mandateReference: string;
  mandateSignedOn: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  remittance: string;
  /** The mandate's amendment since its last collection, flagged on the first debit after it. */
  amendment?: MandateAmendment | null;
}

/**
 * What the EPC rulebook asks the first collection after an amendment to carry (AT-24): the
 * original mandate reference when it changed, the original debtor IBAN when the account changed
 * within the same bank, or 'SMNDA' as original debtor agent when it moved to another bank (that
 * collection is then a FRST again).
 */
export interface MandateAmendment {
  originalReference: string | null;
  originalDebtorIban: string | null;
  otherBank: boolean;
}

export interface PaymentBlock {
  id: string;
  scheme: SepaScheme;
  sequence: SequenceType;
  collectionDate: string;
  debits: DirectDebit[];
}

export interface Pain008 {
  messageId: string;
  /** 'YYYY-MM-DDTHH:MM:SS' (local time of the creditor, no fraction). */
  createdAt: string;
  creditor: { name: string; iban: string; bic: string | null; creditorId: string };
  blocks: PaymentBlock[];
}

/** The SEPA Latin character set (EPC217-08): a-z A-Z 0-9 / - ? : ( ) . , ' + and space. */
const SEPA_CHARS = /[^a-zA-Z0-9/\-?:().,'+ ]/g;

/** Text in the SEPA character set, at most `max` characters: 'Société Générale – n°1' → 'Societe Generale - n 1'. */
export function sepaText(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/[&]/g, '+')
    .replace(SEPA_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}

/** An EPC identifier problem, or null: 1–35 characters of the set, no leading/trailing '/', no '//'. */
export function sepaIdProblem(id: string): string | null {
  if (id.length < 1 || id.length > 35) return 'an identifier has 1 to 35 characters';
  if (new RegExp(SEPA_CHARS.source).test(id) || id.includes(' '))
    return 'an identifier uses the SEPA Latin characters, no space';
  if (id.startsWith('/') || id.endsWith('/') || id.includes('//'))
    return "an identifier neither starts nor ends with '/' nor holds '//'";
  return null;
}

const amount = (cents: number) => centsToDecimal(cents);
const sum = (debits: readonly DirectDebit[]) => debits.reduce((s, d) => s + d.amountCents, 0);

/** MndtRltdInf's AmdmntInd and AmdmntInfDtls, in the schema's order (OrgnlMndtId, OrgnlDbtrAcct, OrgnlDbtrAgt). */
function amendmentXml(a: MandateAmendment | null | undefined): string {
  if (!a) return '<AmdmntInd>false</AmdmntInd>';
  const details = [
    a.originalReference ? `<OrgnlMndtId>${escapeXml(a.originalReference)}</OrgnlMndtId>` : '',
    !a.otherBank && a.originalDebtorIban
      ? `<OrgnlDbtrAcct><Id><IBAN>${a.originalDebtorIban}</IBAN></Id></OrgnlDbtrAcct>`
      : '',
    a.otherBank ? '<OrgnlDbtrAgt><FinInstnId><Othr><Id>SMNDA</Id></Othr></FinInstnId></OrgnlDbtrAgt>' : '',
  ].join('');
  return `<AmdmntInd>true</AmdmntInd>${details ? `<AmdmntInfDtls>${details}</AmdmntInfDtls>` : ''}`;
}

function agent(bic: string | null): string {
  return bic
    ? `<FinInstnId><BIC>${escapeXml(bic)}</BIC></FinInstnId>`
    : '<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>';
}

/** Throws when an identifier or amount breaks the EPC rules (callers check their inputs first). */
function check(file: Pain008): void {
  const ids = [file.messageId, file.creditor.creditorId];
  for (const b of file.blocks) {
    ids.push(b.id);
    for (const d of b.debits) {
      ids.push(d.endToEndId, d.mandateReference);
      if (d.amendment?.originalReference) ids.push(d.amendment.originalReference);
      if (!Number.isInteger(d.amountCents) || d.amountCents < 1 || d.amountCents > 99_999_999_999)
        throw new RangeError(`amount ${d.amountCents} out of the SEPA range`);
    }
  }
  for (const id of ids) {
    const problem = sepaIdProblem(id);
    if (problem) throw new RangeError(`${JSON.stringify(id)}: ${problem}`);
  }
}

export function pain008Xml(file: Pain008): string {
  check(file);
  const all = file.blocks.flatMap((b) => b.debits);
  const blocks = file.blocks
    .map(
      (b) => `    <PmtInf>
      <PmtInfId>${b.id}</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <BtchBookg>true</BtchBookg>
      <NbOfTxs>${b.debits.length}</NbOfTxs>
      <CtrlSum>${amount(sum(b.debits))}</CtrlSum>
      <PmtTpInf>
        <SvcLvl><Cd>SEPA</Cd></SvcLvl>
        <LclInstrm><Cd>${b.scheme}</Cd></LclInstrm>
        <SeqTp>${b.sequence}</SeqTp>
      </PmtTpInf>
      <ReqdColltnDt>${b.collectionDate}</ReqdColltnDt>
      <Cdtr><Nm>${escapeXml(sepaText(file.creditor.name, 70))}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>${file.creditor.iban}</IBAN></Id></CdtrAcct>
      <CdtrAgt>${agent(file.creditor.bic)}</CdtrAgt>
      <ChrgBr>SLEV</ChrgBr>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>${file.creditor.creditorId}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
${b.debits
  .map(
    (d) => `      <DrctDbtTxInf>
        <PmtId><EndToEndId>${d.endToEndId}</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">${amount(d.amountCents)}</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>${escapeXml(d.mandateReference)}</MndtId><DtOfSgntr>${d.mandateSignedOn}</DtOfSgntr>${amendmentXml(d.amendment)}</MndtRltdInf></DrctDbtTx>
        <DbtrAgt>${agent(d.debtorBic)}</DbtrAgt>
        <Dbtr><Nm>${escapeXml(sepaText(d.debtorName, 70))}</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>${d.debtorIban}</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>${escapeXml(sepaText(d.remittance, 140))}</Ustrd></RmtInf>
      </DrctDbtTxInf>`,
  )
  .join('\n')}
    </PmtInf>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>${file.messageId}</MsgId>
      <CreDtTm>${file.createdAt}</CreDtTm>
      <NbOfTxs>${all.length}</NbOfTxs>
      <CtrlSum>${amount(sum(all))}</CtrlSum>
      <InitgPty><Nm>${escapeXml(sepaText(file.creditor.name, 70))}</Nm></InitgPty>
    </GrpHdr>
${blocks}
  </CstmrDrctDbtInitn>
</Document>
`;
}
