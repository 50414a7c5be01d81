/** A short label of a Kysely statement (its kind and first table), to list what a request sends. */
import type { RootOperationNode } from 'kysely';

function tableOf(node: unknown): string {
  // Walks the operation node to the first table it names (from, into, table of an update/delete).
  const seen = new Set<unknown>();
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.shift();
    if (!n || typeof n !== 'object' || seen.has(n)) continue;
    seen.add(n);
    const o = n as Record<string, unknown>;
    if (o.kind === 'TableNode') {
      const t = o.table as { identifier?: { name?: string } };
      return t.identifier?.name ?? '?';
    }
    for (const key of ['from', 'into', 'table', 'froms', 'node']) if (key in o) stack.push(o[key]);
    if (Array.isArray(n)) stack.push(...n);
  }
  return 'raw';
}

export function describeStatement(node: RootOperationNode): string {
  const kind = node.kind.replace('QueryNode', '').replace('Node', '').toLowerCase();
  return `${kind} ${tableOf(node)}`;
}
