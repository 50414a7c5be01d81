import { randomUUID } from 'node:crypto';

/** A new opaque identifier (UUID v4). Ids are never used as document numbers. */
export function newId(): string {
  return randomUUID();
}
