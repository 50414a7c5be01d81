/** `./bin/clausier`: the operators' command line. Each command lives in its own file. */
import { Command } from 'commander';
import { registerDbCommands } from './db-commands.ts';
import { registerServeCommand } from './serve.ts';
import { registerUsersCommands } from './users-commands.ts';
import { registerRulesCommands } from './rules-commands.ts';
import { registerRatesCommands } from './rates-commands.ts';
import { registerEvidenceCommands } from './evidence-commands.ts';
import { registerSweepCommand } from './sweep-command.ts';
import { registerBillingCommands } from './billing-commands.ts';
import { registerMailCommands } from './mail-commands.ts';
import { registerBankCommands } from './bank-commands.ts';
import { registerExportCommands } from './export-commands.ts';
import { registerSepaCommands } from './sepa-commands.ts';

const program = new Command();
program
  .name('clausier')
  .description('Clausier: the commercial life of an IT integrator, with its terms of sale enforced and cited.')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerDbCommands(program);
registerUsersCommands(program);
registerRulesCommands(program);
registerRatesCommands(program);
registerEvidenceCommands(program);
registerSweepCommand(program);
registerBillingCommands(program);
registerMailCommands(program);
registerBankCommands(program);
registerExportCommands(program);
registerSepaCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (err.code?.startsWith('commander.')) process.exit(err.exitCode ?? 2);
  process.stderr.write(`clausier: ${err.message ?? String(e)}\n`);
  process.exit(process.exitCode && process.exitCode !== 0 ? process.exitCode : 1);
}
