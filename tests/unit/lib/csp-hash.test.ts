import { describe, expect, test } from 'vitest';
import { cspHash } from '../../../src/lib/csp-hash.ts';

describe('cspHash', () => {
  test('matches the well-known digest of the empty string and of a sample', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=');
  });
});
