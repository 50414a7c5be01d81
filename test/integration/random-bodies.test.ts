/** Property-based: thousands of random bodies at write endpoints never cause a 5xx or a write. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/modules/auth/index.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const RUNS = Number(process.env.CLAUSIER_FUZZ_RUNS ?? 1000);

for (const dialect of DIALECTS) {
  describe(`random bodies [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let victimId: string;
    const snapshot = async () => JSON.stringify(await t.ctx.db.selectFrom('users').selectAll().orderBy('id').execute());
    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
      victimId = (await t.signIn('sales')).userId;
    });
    afterAll(() => t.cleanup());

    // Structurally close to a valid user, with at least one field always invalid.
    const nearlyValid = fc.record(
      {
        email: fc.oneof(fc.emailAddress(), fc.string(), fc.integer()),
        name: fc.oneof(fc.string(), fc.constant(''), fc.boolean()),
        role: fc.oneof(
          fc.string().filter((s) => !(ROLES as readonly string[]).includes(s)),
          fc.integer(),
          fc.constant(null),
        ),
        password: fc.oneof(fc.string({ maxLength: 9 }), fc.string(), fc.nat()),
        clientId: fc.oneof(fc.string(), fc.constant(null)),
        extra: fc.anything(),
      },
      { requiredKeys: ['role'] },
    );
    const anyJson = fc.oneof(
      fc.jsonValue(),
      fc.anything().map((v) => {
        try {
          return JSON.parse(JSON.stringify(v) ?? 'null');
        } catch {
          return null;
        }
      }),
    );
    const rawText = fc.string({ unit: 'binary', maxLength: 200 });

    it(`POST /api/users: ${RUNS} random JSON bodies → 4xx, nothing written`, async () => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(fc.oneof(nearlyValid, anyJson), async (body) => {
          const res = await t.as(admin, {
            method: 'POST',
            url: '/api/users',
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toBe(before);
    });

    it(`POST /api/users: ${RUNS / 2} random raw payloads → 4xx, nothing written`, async () => {
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(rawText, async (text) => {
          const res = await t.as(admin, {
            method: 'POST',
            url: '/api/users',
            payload: text,
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }),
        { numRuns: RUNS / 2 },
      );
      expect(await snapshot()).toBe(before);
    });

    it(`${RUNS / 2} random paths and ids (malformed %-escapes, over-long ids, any characters) → never 5xx, every error problem+json`, async () => {
      const segment = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 150 }).map(encodeURIComponent),
        fc.string({ unit: fc.constantFrom('%', 'z', '0', 'E', 'f', '/', '.', '?', '#', 'x'), maxLength: 130 }),
        fc.nat({ max: 300 }).map((n) => 'x'.repeat(n)),
      );
      const base = fc.constantFrom(
        '/api/invoices/',
        '/api/users/',
        '/api/quotes/',
        '/api/terms/',
        '/api/evidence?before=',
        '/api/',
      );
      await fc.assert(
        fc.asyncProperty(base, segment, async (prefix, rest) => {
          const res = await t.as(admin, { method: 'GET', url: prefix + rest });
          expect(res.statusCode, `${prefix}${rest}: ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
            expect(res.json().titles).toEqual({ fr: expect.any(String), en: expect.any(String) });
          }
        }),
        { numRuns: RUNS / 2 },
      );
    });

    it(`PATCH /api/users/:id: ${RUNS / 2} random bodies → 4xx, nothing written`, async () => {
      const before = await snapshot();
      const badPatch = fc.oneof(
        anyJson.filter(
          (v) =>
            typeof v !== 'object' ||
            v === null ||
            Array.isArray(v) ||
            Object.keys(v).some((k) => !['name', 'role', 'clientId', 'disabled'].includes(k)) ||
            Object.keys(v).length === 0,
        ),
        fc.record({
          role: fc.string().filter((s) => !(ROLES as readonly string[]).includes(s)),
          disabled: fc.anything(),
        }),
      );
      await fc.assert(
        fc.asyncProperty(badPatch, async (body) => {
          const res = await t.as(admin, {
            method: 'PATCH',
            url: `/api/users/${victimId}`,
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }),
        { numRuns: RUNS / 2 },
      );
      expect(await snapshot()).toBe(before);
    });
  });
}
