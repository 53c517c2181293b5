import { describe, expect, test } from 'vitest';
import { contrastRatio, deltaE, parseColour, simulate, worstCaseDeltaE } from '../../../src/lib/colour.ts';

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
  test('flags red and green, which differ clearly for normal vision but not with a red-green deficiency', () => {
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(worstCaseDeltaE('#d62728', '#2ca02c')).toBeLessThan(deltaE('#d62728', '#2ca02c') / 2);
  });
  test('keeps black and white far apart for every kind of vision', () => {
    expect(worstCaseDeltaE('#000000', '#ffffff')).toBeGreaterThan(90);
  });
});

describe('contrastRatio', () => {
  test('gives the WCAG ratios: 21 for black on white, just under 4.5 for #777 on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});

describe('parseColour', () => {
  test('reads hex and rgb() and names a colour it cannot read', () => {
    expect(parseColour('rgb(11, 88, 115)')).toEqual([11, 88, 115]);
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(() => parseColour('blauw')).toThrow(/blauw/);
  });
});
