import fs from 'node:fs';
import type { Command } from 'commander';
import { openApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { AppError, fieldErrorIn } from '../kernel/errors.ts';
import { listRules } from '../rules/index.ts';
import { evaluateRule } from '../modules/rule-evaluation/index.ts';
import { defaultOrganisation } from '../modules/organisations/index.ts';

function readFacts(file: string): unknown {
  const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('rule.invalid_facts', {
      errors: [
        {
          path: 'facts',
          message: `not valid JSON: ${(e as Error).message}`,
          fr: `JSON invalide : ${(e as Error).message}`,
        },
      ],
    });
  }
}

/** `rules list` and `rules eval RULE_ID --as-of DATE --facts FILE` (RULES.md). */
export function registerRulesCommands(program: Command) {
  const rules = program.command('rules').description('The clause engine: rule catalogue and evaluation');

  rules
    .command('list')
    .description('Print the rule catalogue (id, article, title)')
    .option('--json', 'as JSON, with each rule’s facts schema')
    .action((opts: { json?: boolean }) => {
      const all = listRules();
      if (opts.json) {
        process.stdout.write(JSON.stringify(all, null, 2) + '\n');
        return;
      }
      const width = Math.max(...all.map((r) => r.id.length));
      for (const r of all) process.stdout.write(`${r.id.padEnd(width)}  art. ${r.article.padEnd(7)} ${r.title.en}\n`);
    });

  rules
    .command('eval')
    .argument('<ruleId>', 'rule id, e.g. invoice.late-payment')
    .requiredOption('--as-of <date>', 'evaluation date YYYY-MM-DD')
    .requiredOption('--facts <file>', 'JSON file of facts, or - for stdin')
    .option('--terms-version <version>', 'terms version (default: the one in force on the as-of date)')
    .description('Evaluate a rule; prints the decision as one JSON document (exit 2 on invalid facts)')
    .action(async (ruleId: string, opts: { asOf: string; facts: string; termsVersion?: string }) => {
      let app: Awaited<ReturnType<typeof openApp>> | undefined;
      try {
        const facts = readFacts(opts.facts);
        app = await openApp(loadConfig());
        const org = await defaultOrganisation(app.ctx);
        if (!org) throw new Error('No organisation in the database');
        const decision = await evaluateRule(app.ctx, org.id, ruleId, {
          asOf: opts.asOf,
          facts,
          ...(opts.termsVersion ? { termsVersion: opts.termsVersion } : {}),
        });
        process.stdout.write(JSON.stringify(decision) + '\n');
      } catch (e) {
        if (e instanceof AppError) {
          process.stderr.write(
            JSON.stringify({ code: e.code, title: e.message, errors: e.errors.map((x) => fieldErrorIn('en', x)) }) +
              '\n',
          );
          process.exitCode = e.code === 'rule.not_found' ? 3 : 2;
          return;
        }
        throw e;
      } finally {
        await app?.close();
      }
    });
}
