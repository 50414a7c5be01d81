import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../kernel/errors.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';
import { getImport, importStatement } from '../modules/payments/index.ts';
import { centsToDecimal } from '../kernel/money.ts';

/**
 * `bank import FILE`: imports a bank statement (CSV or camt.053.001.08) as POST /api/bank-imports
 * does, and prints the proposed matches; a bad file is refused whole, each problem named.
 */
export function registerBankCommands(program: Command) {
  const bank = program.command('bank').description('Bank statements (CSV or ISO 20022 camt.053)');
  bank
    .command('import')
    .argument('<file>', 'the statement: a CSV export or a camt.053.001.08 XML file')
    .description('Import a statement: a match is proposed for each credit; an entry is imported once')
    .action(async (file: string) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        process.exitCode = 2;
        throw new Error(`cannot read ${file}: ${(e as Error).message}`);
      }
      const app = await openApp(loadConfig());
      try {
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('no organisation in this database');
        const actor = {
          userId: 'system:cli',
          orgId: org.id,
          role: 'accounting' as const,
          clientId: null,
          email: '',
          name: 'command line',
        };
        let id: string;
        try {
          id = await importStatement(app.ctx, actor, {
            filename: basename(file),
            contentBase64: bytes.toString('base64'),
          });
        } catch (e) {
          if (e instanceof AppError) {
            process.exitCode = 1;
            console.error(`${e.message}`);
            for (const err of e.errors) console.error(`  ${err.path}: ${err.message}`);
            return;
          }
          throw e;
        }
        const detail = await getImport(app.ctx, actor, id);
        console.log(`imported ${detail.import.filename}: ${detail.lines.length} line(s)`);
        for (const l of detail.lines)
          console.log(
            `  ${l.bookedOn}  ${centsToDecimal(l.amountCents).padStart(12)}  ${l.status.padEnd(9)} ${l.proposal?.allocations.map((a) => a.invoiceNumber).join(', ') ?? ''}`,
          );
      } finally {
        await app.close();
      }
    });
}
