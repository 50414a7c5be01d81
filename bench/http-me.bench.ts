/** Authenticated JSON read (GET /api/me) against a bare Fastify route, same run, same machine. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import autocannon from 'autocannon';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 4);
const ROUNDS = 3;
const CONNECTIONS = 16;

function peakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function runHttpMeBench() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/http-target.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bench target exited with ${code}`)));
    });
    const target = JSON.parse(line) as { clausierPort: number; barePort: number; cookie: string };
    // Warm up both, then measure one after the other on the same process.
    await autocannon({ url: `http://127.0.0.1:${target.barePort}/bare`, connections: 4, duration: 1 });
    await autocannon({
      url: `http://127.0.0.1:${target.clausierPort}/api/me`,
      connections: 4,
      duration: 1,
      headers: { cookie: target.cookie },
    });
    // Interleaved rounds, medians: a load change on the machine hits both sides alike.
    const bareRounds: Awaited<ReturnType<typeof load>>[] = [];
    const meRounds: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bareRounds.push(await load(`http://127.0.0.1:${target.barePort}/bare`, {}));
      meRounds.push(await load(`http://127.0.0.1:${target.clausierPort}/api/me`, { cookie: target.cookie }));
    }
    const median = (rs: typeof bareRounds) =>
      [...rs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rs.length / 2)]!;
    const bare = median(bareRounds);
    const me = median(meRounds);
    return {
      name: 'http-me',
      description: `GET /api/me with a session cookie vs a bare Fastify JSON route, 16 connections, server in a child process, ${ROUNDS} interleaved rounds of ${DURATION_S} s (medians)`,
      durationSeconds: DURATION_S,
      rounds: { bare: bareRounds.map((r) => r.requestsPerSecond), me: meRounds.map((r) => r.requestsPerSecond) },
      bare,
      me,
      ratio: Number((me.requestsPerSecond / bare.requestsPerSecond).toFixed(3)),
      target: 0.3,
      serverPeakRssMb: peakRssMb(child.pid!),
    };
  } finally {
    child.kill('SIGTERM');
  }
}
