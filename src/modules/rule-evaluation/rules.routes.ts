import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { listRules } from '../../rules/index.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { evaluateRule } from './evaluate-rule.ts';

const Decision = z
  .object({
    rule: z.string(),
    asOf: z.string(),
    outcome: z.string(),
    citation: z.object({ article: z.string(), termsVersion: z.string() }),
    explanation: z.object({ fr: z.string(), en: z.string() }),
    parameters: z.record(z.string(), z.unknown()),
  })
  .loose()
  .describe('A decision: common fields plus the rule’s own fields (RULES.md)');

/** The clause engine over HTTP (RULES.md): the catalogue and evaluation as of any date. */
export function rulesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/rules',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['rules'],
        summary: 'The rule catalogue with the JSON Schema of each rule’s facts',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                article: z.string(),
                title: z.object({ fr: z.string(), en: z.string() }),
                factsJsonSchema: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: listRules() }),
  );

  app.post(
    '/api/rules/:ruleId/evaluate',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['rules'],
        summary: 'Evaluate a rule on facts as of a date; 404 for an unknown rule, 400 naming each bad fact',
        params: z.strictObject({ ruleId: z.string().min(1).max(100) }),
        body: z.strictObject({
          asOf: z.string(),
          facts: z.unknown(),
          termsVersion: z.string().min(1).max(40).optional(),
        }),
        response: { 200: Decision },
      },
    },
    async (req) => evaluateRule(ctx, actorOf(req).orgId, req.params.ruleId, req.body),
  );
}
