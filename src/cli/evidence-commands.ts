import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Anchor, exportEvidenceArchive, parseAnchors, parseHead, verifyEvidence } from '../evidence/index.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';

/** The anchors given on the command line: every anchor line of each file, and each --head. */
function anchorsOf(opts: { anchors?: string[]; head?: string[] }): Anchor[] {
  const anchors: Anchor[] = [];
  for (const file of opts.anchors ?? []) {
    const found = parseAnchors(fs.readFileSync(file, 'utf8'));
    if (found.length === 0)
      throw new Error(`${file}: no anchor line ("clausier-evidence-anchor v1 org=… seq=… hash=…") found`);
    anchors.push(...found);
  }
  for (const head of opts.head ?? []) anchors.push(parseHead(head));
  return anchors;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `evidence verify` and `evidence export`. */
export function registerEvidenceCommands(program: Command) {
  const evidence = program.command('evidence').description('The hash-chained evidence log (art. 22)');

  evidence
    .command('verify')
    .option('--no-documents', 'do not re-hash the stored documents (checked by default)')
    .option(
      '--anchors <file>',
      'an anchors file (data dir: evidence-anchors.log) or a saved anchor e-mail: the chain must hold every head it lists (repeatable)',
      collect,
    )
    .option(
      '--head <seq:hash>',
      'a head published earlier, SEQ:HASH (or ORG:SEQ:HASH with several organisations): the chain must still hold it (repeatable)',
      collect,
    )
    .option('--no-progress', 'no progress bar')
    .description(
      'Check every hash link, the stored documents and the given anchors; prints the first broken link and exits 1 if any',
    )
    .action(async (opts: { documents: boolean; anchors?: string[]; head?: string[]; progress: boolean }) => {
      let anchors: Anchor[];
      try {
        anchors = anchorsOf(opts);
      } catch (e) {
        process.exitCode = 2;
        throw e;
      }
      const app = await openApp(loadConfig());
      const bar =
        opts.progress && process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: '{phase} [{bar}] {value}/{total}', stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
      let phase = '';
      try {
        const started = performance.now();
        const report = await verifyEvidence(app.ctx.db, app.ctx.dialect, {
          documents: opts.documents,
          anchors,
          onProgress: (p) => {
            if (!bar) return;
            if (p.phase !== phase) {
              if (phase) bar.stop();
              phase = p.phase;
              bar.start(p.total, p.done, { phase: p.phase });
            }
            bar.setTotal(p.total);
            bar.update(p.done, { phase: p.phase });
          },
        });
        bar?.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        if (report.ok) {
          const documents = opts.documents ? `, ${report.documents} document(s) re-hashed` : ', documents not checked';
          const anchored = anchors.length ? `, ${report.anchors} anchor(s) found in the chain` : '';
          console.log(
            `OK: ${report.entries} entries in ${report.organisations} chain(s) verified${documents}${anchored} in ${seconds} s.`,
          );
          for (const h of report.heads) console.log(`head of ${h.orgId}: entry ${h.seq}, ${h.hash}`);
        } else {
          const b = report.firstBroken!;
          console.error(`BROKEN at entry ${b.seq} (organisation ${b.orgId}): ${b.problem} — ${b.detail}`);
          process.exitCode = 1;
        }
      } finally {
        bar?.stop();
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
      const target = opts.contract
        ? { contractId: opts.contract }
        : objectType && objectId
          ? { objectType, objectId }
          : null;
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
