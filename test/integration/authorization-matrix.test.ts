/**
 * Walks every registered route: without a session → 401; with a role the route does not allow
 * → 403; with an allowed role → neither 401 nor 403, and never a 5xx. Future routes are covered
 * automatically because the server refuses to register an /api route without `config.access`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/modules/auth/index.ts';
import type { RouteInfo } from '../../src/http/server.ts';
import { requireAccessDeclaration } from '../../src/http/access-hook.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The least-privilege matrix of ADR 0015, written out: who reads quotes and contracts, and who
 * ends a client relationship. The fields each role sees (no prices for a technician, masked bank
 * details) are proven in least-privilege.test.ts.
 */
const LEAST_PRIVILEGE_MATRIX: Record<string, readonly Role[]> = {
  'GET /api/quotes': ['admin', 'sales', 'order-admin', 'accounting', 'client'],
  'GET /api/quotes/:id': ['admin', 'sales', 'order-admin', 'accounting', 'client'],
  'GET /api/quotes/:id/pdf': ['admin', 'sales', 'order-admin', 'accounting', 'client'],
  'GET /api/contracts': ['admin', 'sales', 'order-admin', 'accounting', 'client', 'technician'],
  'GET /api/contracts/:id': ['admin', 'sales', 'order-admin', 'accounting', 'client', 'technician'],
  'GET /api/contracts/:id/pdf': ['admin', 'sales', 'order-admin', 'accounting', 'client'],
  'PUT /api/clients/:id/relationship-end': ['admin', 'sales', 'dpo'],
};
const fill = (url: string) => url.replace(/:[A-Za-z]+/g, DUMMY_ID).replace(/\*$/, 'x');

for (const dialect of DIALECTS) {
  describe(`authorization matrix [${dialect}]`, () => {
    let t: TestApi;
    const sessions = new Map<Role, Session>();
    let routes: RouteInfo[];
    beforeAll(async () => {
      t = await startTestApi(dialect);
      for (const role of ROLES) sessions.set(role, await t.signIn(role));
      // Logout ends the session it is called with: run it last.
      routes = t.app.routeTable
        .filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD' && r.access !== 'public')
        .sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
    });
    afterAll(() => t.cleanup());

    it('an /api route without declared access is refused at registration; plugin routes are public', () => {
      const handler = async () => null;
      expect(() => requireAccessDeclaration({ method: 'GET', url: '/api/undeclared', handler })).toThrow(
        /declares no access/,
      );
      const docs = { method: 'GET' as const, url: '/api/docs/static/index.html', handler, config: {} };
      requireAccessDeclaration(docs);
      expect((docs.config as { access?: string }).access).toBe('public');
      expect(routes.length).toBeGreaterThan(5);
    });

    it('quotes, contracts and the end of a relationship follow the least-privilege matrix (ADR 0015)', () => {
      for (const [route, roles] of Object.entries(LEAST_PRIVILEGE_MATRIX)) {
        const [method, url] = route.split(' ');
        const declared = routes.find((r) => r.method === method && r.url === url);
        expect(declared, route).toBeDefined();
        expect(declared!.access === 'authenticated' ? [...ROLES] : [...declared!.access].sort(), route).toEqual(
          [...roles].sort(),
        );
      }
    });

    it('no session → 401 on every protected route', async () => {
      for (const r of routes) {
        const res = await t.app.inject({
          method: r.method as 'GET',
          url: fill(r.url),
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
        expect(res.json().code).toBe('auth.required');
      }
    });

    it('a role not allowed → 403; an allowed role passes the gate without a 5xx', async () => {
      for (const r of routes) {
        for (const role of ROLES) {
          const allowed = r.access === 'authenticated' || r.access.includes(role);
          const res = await t.as(sessions.get(role)!, {
            method: r.method as 'GET',
            url: fill(r.url),
            payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
          });
          const where = `${r.method} ${r.url} as ${role}`;
          if (allowed) {
            expect([401, 403], where).not.toContain(res.statusCode);
            expect(res.statusCode, where).toBeLessThan(500);
          } else {
            expect(res.statusCode, where).toBe(403);
            expect(res.json().code, where).toBe('auth.forbidden');
          }
        }
      }
    });
  });
}
