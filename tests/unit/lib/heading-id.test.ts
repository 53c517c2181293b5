import { describe, expect, test } from 'vitest';
import { isValidHeadingId, parseHeadingIdMarker } from '../../../src/lib/heading-id.ts';

describe('parseHeadingIdMarker', () => {
  test('reads the id from an MDX comment expression', () => {
    expect(parseHeadingIdMarker('/* #bassin-de-vie */')).toBe('bassin-de-vie');
    expect(parseHeadingIdMarker('  /*#regio*/ ')).toBe('regio');
  });
  test('returns undefined for any other expression', () => {
    expect(parseHeadingIdMarker('1 + 1')).toBeUndefined();
    expect(parseHeadingIdMarker('/* geen id */')).toBeUndefined();
    expect(parseHeadingIdMarker('')).toBeUndefined();
  });
});

describe('isValidHeadingId', () => {
  test('accepts lowercase words joined by single hyphens', () => {
    expect(isValidHeadingId('regio-deals-2')).toBe(true);
  });
  test('rejects capitals, spaces, double or edge hyphens and accents', () => {
    for (const bad of ['Regio', 'regio deals', 'regio--deals', '-regio', 'regio-', 'coördinatie', '']) {
      expect(isValidHeadingId(bad), bad).toBe(false);
    }
  });
});
