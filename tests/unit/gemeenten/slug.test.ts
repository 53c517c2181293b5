import { describe, expect, it } from 'vitest';
import { gemeenteSlug } from '../../../src/gemeenten/slug.ts';

describe('gemeenteSlug', () => {
  it('lower-cases, drops accents and apostrophes and turns spaces into hyphens', () => {
    expect(gemeenteSlug('Sint-Laureins')).toBe('sint-laureins');
    expect(gemeenteSlug('Beveren-Kruibeke-Zwijndrecht')).toBe('beveren-kruibeke-zwijndrecht');
    expect(gemeenteSlug('Kapelle-op-den-Bos')).toBe('kapelle-op-den-bos');
    expect(gemeenteSlug('De Panne')).toBe('de-panne');
    expect(gemeenteSlug("'s-Gravenwezel")).toBe('s-gravenwezel');
    expect(gemeenteSlug('Écaussinnes')).toBe('ecaussinnes');
  });
  it('refuses a name that gives no usable slug', () => {
    expect(() => gemeenteSlug('?')).toThrow('gemeente "?": geen geldige slug');
  });
});
