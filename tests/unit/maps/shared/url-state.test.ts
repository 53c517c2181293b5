import { describe, expect, test } from 'vitest';
import { readChoice, readList, slugify, withParam } from '../../../../src/maps/shared/url-state.ts';

describe('slugify', () => {
  test('makes readable ASCII slugs of Dutch names', () => {
    expect(slugify('Vlaamse Ardennen')).toBe('vlaamse-ardennen');
    expect(slugify('Sint-Martens-Latem')).toBe('sint-martens-latem');
    expect(slugify("Regio's Gent")).toBe('regios-gent');
    expect(slugify('Coördinatie')).toBe('coordinatie');
  });
});

describe('readChoice', () => {
  const allowed = ['gent', 'aalst'] as const;
  test('accepts only known values', () => {
    expect(readChoice('?vervoerregio=gent', 'vervoerregio', allowed)).toBe('gent');
    expect(readChoice('?vervoerregio=parijs', 'vervoerregio', allowed)).toBeUndefined();
    expect(readChoice('', 'vervoerregio', allowed)).toBeUndefined();
  });
});

describe('readList', () => {
  const allowed = ['H4', 'A1', 'S1'] as const;
  test('keeps known values in canonical order and drops the rest', () => {
    expect(readList('?lagen=S1,H4,XX', 'lagen', allowed)).toEqual(['H4', 'S1']);
    expect(readList('?lagen=', 'lagen', allowed)).toEqual([]);
  });
  test('distinguishes an absent parameter from an empty one', () => {
    expect(readList('?x=1', 'lagen', allowed)).toBeUndefined();
  });
});

describe('withParam', () => {
  test('sets and removes a parameter while keeping the others and the hash', () => {
    expect(withParam('https://x.org/lezing/b/?indeling=2025#vervoerregios', 'vervoerregio', 'gent')).toBe(
      '/lezing/b/?indeling=2025&vervoerregio=gent#vervoerregios',
    );
    expect(withParam('https://x.org/lezing/b/?vervoerregio=gent#k', 'vervoerregio', undefined)).toBe('/lezing/b/#k');
  });
  test('keeps the commas of a list readable (encoded or not, they read the same)', () => {
    expect(withParam('https://x.org/g/', 'lagen', 'H4,A1,S1')).toBe('/g/?lagen=H4,A1,S1');
    expect(withParam('https://x.org/g/?a=x%2Cy', 'b', '1')).toBe('/g/?a=x,y&b=1');
    expect(new URLSearchParams('?a=x,y').get('a')).toBe(new URLSearchParams('?a=x%2Cy').get('a'));
  });
});
