/**
 * The benchmarks' HTTP client: a JSON POST on a keep-alive connection (node:http with an Agent).
 * The client shares the machine's two cores with the server under test; Node's fetch cost it
 * about three times the CPU per request (invoice-issue-http measures clientCpuMsPerInvoice: 0.97 ms
 * with fetch, 0.28 ms with this, 8 clients), CPU the server then did not have.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs `body` as JSON and resolves with the parsed answer; rejects unless the status is `expect`. */
export function postJson(
  port: number,
  path: string,
  body: unknown,
  expect: number,
  headers: Record<string, string>,
): Promise<Record<string, any>> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== expect) return reject(new Error(`${path} → ${res.statusCode} ${text.slice(0, 300)}`));
          try {
            resolve(JSON.parse(text) as Record<string, any>);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
