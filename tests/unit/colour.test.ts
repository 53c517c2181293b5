import { describe, expect, test } from 'vitest';
import { deltaE, simulate, worstCaseDeltaE } from '../../src/lib/colour.ts';

describe('deltaE', () => {
  test('is zero for the same colour and large for black and white', () => {
    expect(deltaE('#336699', '#336699')).toBe(0);
    expect(deltaE('#000000', '#ffffff')).toBeGreaterThan(99);
  });
});

describe('simulate', () => {
  test('keeps greys grey', () => {
    expect(simulate('#808080', 'deuteranopia')).toBe('#808080');
  });
  test('makes red and green hard to tell apart for deuteranopia', () => {
    expect(deltaE(simulate('#d62728', 'deuteranopia'), simulate('#2ca02c', 'deuteranopia'))).toBeLessThan(deltaE('#d62728', '#2ca02c') / 2);
  });
});

describe('worstCaseDeltaE', () => {
  test('is never larger than the normal-vision distance', () => {
    expect(worstCaseDeltaE('#CC6677', '#117733')).toBeLessThanOrEqual(deltaE('#CC6677', '#117733'));
  });
});
