import { describe, expect, it } from 'vitest';
import { likeContains } from './like.ts';

describe('likeContains', () => {
  it('lower-cases and escapes the LIKE wildcards and the escape character', () => {
    expect(likeContains('Morel')).toBe('%morel%');
    expect(likeContains('50%_off\\x')).toBe('%50\\%\\_off\\\\x%');
  });
});
