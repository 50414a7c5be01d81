/** camt.053.001.08 statements for tests, and the system xmllint to check them against the ISO schema. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CamtTestEntry {
  ref: string;
  amount: string;
  credit?: boolean;
  bookedOn: string;
  valueOn?: string;
  debtor?: string;
  structuredRef?: string;
  unstructured?: string;
  status?: 'BOOK' | 'PDNG';
  currency?: string;
  /** The transaction's end-to-end id (default NOTPROVIDED). */
  endToEndId?: string;
  /** A returned direct debit: the ISO reason code (RtrInf/Rsn/Cd). */
  returnReason?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function camt053(iban: string, entries: CamtTestEntry[], statementId = 'STMT-2026-03-10'): string {
  const ntry = entries
    .map(
      (e) => `      <Ntry>
        <NtryRef>${esc(e.ref)}-N</NtryRef>
        <Amt Ccy="${e.currency ?? 'EUR'}">${e.amount}</Amt>
        <CdtDbtInd>${e.credit === false ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Sts><Cd>${e.status ?? 'BOOK'}</Cd></Sts>
        <BookgDt><Dt>${e.bookedOn}</Dt></BookgDt>
        <ValDt><Dt>${e.valueOn ?? e.bookedOn}</Dt></ValDt>
        <AcctSvcrRef>${esc(e.ref)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>${esc(e.endToEndId ?? 'NOTPROVIDED')}</EndToEndId></Refs>
            ${e.debtor ? `<RltdPties><Dbtr><Pty><Nm>${esc(e.debtor)}</Nm></Pty></Dbtr></RltdPties>` : ''}
            <RmtInf>${e.unstructured ? `<Ustrd>${esc(e.unstructured)}</Ustrd>` : ''}${
              e.structuredRef
                ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${esc(e.structuredRef)}</Ref></CdtrRefInf></Strd>`
                : ''
            }</RmtInf>${e.returnReason ? `\n            <RtrInf><Rsn><Cd>${esc(e.returnReason)}</Cd></Rsn></RtrInf>` : ''}
          </TxDtls>
        </NtryDtls>
      </Ntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>${statementId}</MsgId>
      <CreDtTm>2026-03-10T06:00:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <CreDtTm>2026-03-10T06:00:00</CreDtTm>
      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** `xmllint --noout --schema` against an ISO 20022 schema of ../shared/sepa (or the product's copy). */
export function xmllintSchema(
  xml: string,
  schema: 'camt.053.001.08' | 'pain.008.001.02',
): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'clausier-iso-')), 'file.xml');
  writeFileSync(file, xml);
  const xsd = [
    resolve(here, `../../../shared/sepa/${schema}.xsd`),
    '/work/shared/sepa/' + schema + '.xsd',
    resolve(here, `../../src/iso20022/${schema}.xsd`),
  ];
  const path = xsd.find((p) => existsSync(p))!;
  try {
    const out = execFileSync('xmllint', ['--noout', '--schema', path, file], { encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
