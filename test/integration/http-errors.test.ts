import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

for (const dialect of DIALECTS) {
  describe(`HTTP errors and hygiene [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    beforeAll(async () => {
      t = await startTestApi(dialect);
      admin = await t.signIn('admin');
    });
    afterAll(() => t.cleanup());

    const post = (payload: string, headers: Record<string, string> = {}) =>
      t.as(admin, {
        method: 'POST',
        url: '/api/users',
        payload,
        headers: { 'content-type': 'application/json', ...headers },
      });

    it('malformed JSON → 400 problem, no stack trace', async () => {
      const res = await post('{"email": ');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'request.malformed_json', status: 400 });
      expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    });

    it('wrong types, missing and unknown fields → 400 naming each field', async () => {
      const res = await post(JSON.stringify({ email: 42, role: 'admin', surprise: true }));
      expect(res.statusCode).toBe(400);
      const byPath = Object.fromEntries(
        res.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]),
      );
      expect(Object.keys(byPath).sort()).toEqual(['email', 'name', 'password', 'surprise']);
      expect(byPath.surprise).toBe('Champ inconnu');
      expect(byPath.email).toBe('Saisissez un texte');
      // Missing fields are worded for people, not as zod's "expected string, received undefined".
      expect(byPath.name).toBe('Ce champ est obligatoire');
      const en = await post(JSON.stringify({ email: 42, role: 'admin', surprise: true }), { 'accept-language': 'en' });
      const enByPath = Object.fromEntries(
        en.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]),
      );
      expect(enByPath.surprise).toBe('Unknown field');
      expect(enByPath.email).toBe('Enter a text');
      expect(enByPath.name).toBe('This field is required');
    });

    it('a NUL character anywhere → 400 naming the field, on both engines', async () => {
      const res = await post(
        JSON.stringify({ email: 'a@b.fr', name: 'Jean\u0000', role: 'sales', password: 'long-enough-pass' }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'name', code: 'nul_character' })]);
      const patch = await t.as(admin, {
        method: 'PATCH',
        url: `/api/users/${admin.userId}%00`,
        payload: { name: 'x' },
      });
      expect(patch.statusCode).toBe(400);
    });

    it('an oversized body → 413', async () => {
      const res = await post(
        JSON.stringify({
          email: 'a@b.fr',
          name: 'x'.repeat(2 * 1024 * 1024),
          role: 'sales',
          password: 'long-enough-pass',
        }),
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('request.too_large');
    });

    it('a wrong content type → 415', async () => {
      const res = await post('email=a', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.statusCode).toBe(415);
    });

    it('an unknown API route → 404 problem', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('route.not_found');
    });

    // Each of Fastify's own refusals: [what, request, status, code].
    const frameworkErrors: Array<[string, InjectOptions, number, string]> = [
      [
        'a path id over 100 characters (FST_ERR_MAX_PARAM_LENGTH)',
        { method: 'GET', url: `/api/invoices/${'x'.repeat(101)}` },
        414,
        'request.uri_too_long',
      ],
      [
        'a malformed %-escape in the path (FST_ERR_BAD_URL)',
        { method: 'GET', url: '/api/invoices/%zz' },
        400,
        'request.bad_url',
      ],
      ['an unknown API route', { method: 'GET', url: '/api/nothing-here' }, 404, 'route.not_found'],
      ['an unknown method on a known path', { method: 'PROPFIND', url: '/api/users' }, 404, 'route.not_found'],
      [
        'a body over the limit (FST_ERR_CTP_BODY_TOO_LARGE)',
        {
          method: 'POST',
          url: '/api/users',
          payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
          headers: { 'content-type': 'application/json' },
        },
        413,
        'request.too_large',
      ],
      [
        'an unsupported media type (FST_ERR_CTP_INVALID_MEDIA_TYPE)',
        {
          method: 'POST',
          url: '/api/users',
          payload: 'email=a',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        },
        415,
        'request.unsupported_media_type',
      ],
      [
        'malformed JSON (FST_ERR_CTP_INVALID_JSON_BODY)',
        { method: 'POST', url: '/api/users', payload: '{"email": ', headers: { 'content-type': 'application/json' } },
        400,
        'request.malformed_json',
      ],
      [
        'an empty JSON body (FST_ERR_CTP_EMPTY_JSON_BODY)',
        { method: 'POST', url: '/api/users', payload: '', headers: { 'content-type': 'application/json' } },
        400,
        'request.malformed_json',
      ],
      [
        'a prototype-poisoning JSON body',
        {
          method: 'POST',
          url: '/api/users',
          payload: '{"__proto__": {"role": "admin"}}',
          headers: { 'content-type': 'application/json' },
        },
        400,
        'request.malformed_json',
      ],
      [
        'an unsupported JSON charset',
        {
          method: 'POST',
          url: '/api/users',
          payload: '{}',
          headers: { 'content-type': 'application/json; charset=utf-16' },
        },
        400,
        'request.invalid',
      ],
    ];
    for (const [what, request, status, code] of frameworkErrors) {
      it(`framework error: ${what} → ${status} problem+json with French and English titles`, async () => {
        for (const lang of ['fr', 'en'] as const) {
          const headers = {
            ...(request.headers as Record<string, string> | undefined),
            'accept-language': lang === 'en' ? 'en-GB' : 'fr-FR',
            cookie: admin.cookie,
            'x-csrf-token': admin.csrfToken,
          };
          const res = await t.app.inject({ ...request, headers });
          expect(res.statusCode, res.body).toBe(status);
          expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
          const body = res.json();
          expect(body).toMatchObject({
            type: `https://clausier.dev/problems/${code}`,
            status,
            code,
            titles: { fr: expect.any(String), en: expect.any(String) },
          });
          expect(body.title).toBe(body.titles[lang]);
          expect(body.titles.fr).not.toBe(body.titles.en);
          expect(res.body).not.toMatch(/FST_ERR|at .*\.(ts|js):\d+/);
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          expect(res.headers['x-request-id']).toBe(body.requestId);
        }
      });
    }

    it('sends security headers and a request id, and no CORS header', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { origin: 'https://evil.example' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', database: dialect });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-frame-options']).toBeDefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const given = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-123' } });
      expect(given.headers['x-request-id']).toBe('trace-123');
    });

    it('publishes OpenAPI 3.1 and the interactive docs', async () => {
      const spec = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(spec.statusCode).toBe(200);
      expect(spec.json().openapi).toBe('3.1.0');
      expect(Object.keys(spec.json().paths)).toEqual(
        expect.arrayContaining(['/api/users', '/api/auth/login', '/api/health']),
      );
      const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toContain('text/html');
    });
  });
}
