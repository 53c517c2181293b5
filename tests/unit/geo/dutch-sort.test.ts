import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/lib/geo/dutch-sort';

describe('compareNames', () => {
  it('sorts accents and case second, as Dutch does (Intl.Collator)', () => {
    const names = ['Zwalm', 'Écaussinnes', 'aalst', 'Aalter', 'Aalst', 'De Pinte', 'Deinze'];
    expect([...names].sort(compareNames)).toEqual(['aalst', 'Aalst', 'Aalter', 'De Pinte', 'Deinze', 'Écaussinnes', 'Zwalm']);
  });
});
