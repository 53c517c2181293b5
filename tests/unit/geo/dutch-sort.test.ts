import { describe, expect, it } from 'vitest';
import { compareNames, nameSortKey } from '../../../src/lib/geo/dutch-sort';

describe('compareNames', () => {
  it('sorts case- and accent-insensitively, deterministically', () => {
    const names = ['Zwalm', 'Écaussinnes', 'aalst', 'Aalter', 'Aalst', 'De Pinte', 'Deinze'];
    expect([...names].sort(compareNames)).toEqual(['Aalst', 'aalst', 'Aalter', 'De Pinte', 'Deinze', 'Écaussinnes', 'Zwalm']);
  });

  it("ignores the apostrophe of 's-names", () => {
    expect(nameSortKey("'s-Gravenwezel")).toBe('sgravenwezel');
  });
});
