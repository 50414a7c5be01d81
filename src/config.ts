import net from 'node:net';
import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  /** `sqlite:<file>` or `postgres://…`. */
  databaseUrl: string;
  dataDir: string;
  host: string;
  port: number;
  production: boolean;
  logLevel: string;
  /** Serve the built web app from this folder when it exists. */
  webDistDir: string;
  /** PostgreSQL only: use this schema instead of the default search path. */
  pgSchema?: string;
  /**
   * TRUST_PROXY: the reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the
   * client's address; empty (the default): the peer's address is the client's.
   */
  trustProxy: string[];
}

/** `TRUST_PROXY=10.0.0.5,192.168.0.0/24`: each entry an IPv4/IPv6 address or CIDR range. */
export function parseTrustProxy(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '' || value.trim().toLowerCase() === 'off') return [];
  return value.split(',').map((entry) => {
    const e = entry.trim();
    const [address, bits, extra] = e.split('/');
    const family = net.isIP(address ?? '');
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (family === 0 || !okBits || extra !== undefined)
      throw new Error(`TRUST_PROXY must list proxy addresses or CIDR ranges separated by commas, got "${e}"`);
    return e;
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.CLAUSIER_DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 3000);
  if (env.CLAUSIER_PG_SCHEMA && !/^[a-z_][a-z0-9_]{0,62}$/.test(env.CLAUSIER_PG_SCHEMA))
    throw new Error('CLAUSIER_PG_SCHEMA must be a plain lower-case identifier');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  return {
    databaseUrl: env.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'clausier.db')}`,
    dataDir,
    host: env.HOST ?? '127.0.0.1',
    port,
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(env.CLAUSIER_WEB_DIR ?? 'web/dist'),
    ...(env.CLAUSIER_PG_SCHEMA ? { pgSchema: env.CLAUSIER_PG_SCHEMA } : {}),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
