/** The error handler renders every failure as problem+json with French and English titles, an unexpected one included. */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './problem.ts';

describe('errorHandler', () => {
  it('an unexpected error → 500 problem+json with both titles, no message or stack', async () => {
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    app.get('/boom', async () => {
      throw new Error('secret detail at /srv/app/src/x.ts:12');
    });
    for (const [lang, title] of [
      ['fr', 'Erreur interne du serveur'],
      ['en', 'Internal server error'],
    ] as const) {
      const res = await app.inject({ method: 'GET', url: '/boom', headers: { 'accept-language': lang } });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toMatchObject({
        type: 'about:blank',
        status: 500,
        title,
        titles: { fr: 'Erreur interne du serveur', en: 'Internal server error' },
      });
      expect(res.body).not.toContain('secret');
    }
    await app.close();
  });
});
