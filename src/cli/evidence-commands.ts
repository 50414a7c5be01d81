import fs from 'node:fs';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { exportEvidenceArchive, verifyEvidence } from '../evidence/index.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';

/** `evidence verify` and `evidence export`. */
export function registerEvidenceCommands(program: Command) {
  const evidence = program.command('evidence').description('The hash-chained evidence log (art. 22)');

  evidence
    .command('verify')
    .option('--documents', 'also re-hash every stored document')
    .description('Check every hash link; prints the first broken link and exits 1 if any')
    .action(async (opts: { documents?: boolean }) => {
      const app = await openApp(loadConfig());
      try {
        const started = performance.now();
        const report = await verifyEvidence(app.ctx.db, app.ctx.dialect, { documents: opts.documents ?? false });
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        if (report.ok) {
          console.log(`OK: ${report.entries} entries in ${report.organisations} chain(s) verified in ${seconds} s.`);
          for (const h of report.heads) console.log(`head of ${h.orgId}: entry ${h.seq}, ${h.hash}`);
        } else {
          const b = report.firstBroken!;
          console.error(`BROKEN at entry ${b.seq} (organisation ${b.orgId}): ${b.problem} — ${b.detail}`);
          process.exitCode = 1;
        }
      } finally {
        await app.close();
      }
    });

  evidence
    .command('export')
    .requiredOption('--out <file>', 'archive to write (.tar)')
    .option('--contract <id>', 'a contract id')
    .option('--object <type:id>', 'any object, e.g. quote:<id>')
    .description('Export the evidence of one contract (JSON manifest + documents) as a tar archive')
    .action(async (opts: { out: string; contract?: string; object?: string }) => {
      const [objectType, objectId] = (opts.object ?? '').split(':');
      const target = opts.contract ? { contractId: opts.contract } : objectType && objectId ? { objectType, objectId } : null;
      if (!target) {
        process.exitCode = 2;
        throw new Error('give --contract ID or --object TYPE:ID');
      }
      const app = await openApp(loadConfig());
      try {
        const org = await defaultOrganisation(app.ctx);
        const result = await exportEvidenceArchive(app.ctx.db, org!.id, target, app.ctx.now());
        fs.writeFileSync(opts.out, result.archive);
        console.log(`${opts.out}: ${result.entries} entries, ${result.documents} documents.`);
      } finally {
        await app.close();
      }
    });
}
