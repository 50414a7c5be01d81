import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.ts';

/** Serves the built React app; unknown non-API paths get index.html (client-side routing). */
export async function registerWebApp(app: FastifyInstance, distDir: string) {
  const hasWeb = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api') || req.method !== 'GET' || !hasWeb)
      return sendProblem(req, reply, 'route.not_found');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
