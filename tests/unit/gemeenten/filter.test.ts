import { describe, expect, it } from 'vitest';
import { matchKey, matchesQuery, queryWords } from '../../../src/gemeenten/filter.ts';

describe('gemeente filter', () => {
  it('splits and normalises the query', () => {
    expect(queryWords('  Sint Laureins ')).toEqual(['sint', 'laureins']);
    expect(queryWords('')).toEqual([]);
  });
  it('matches names and regions regardless of case, accents and word order', () => {
    const item = 'Sint-Laureins Gent · Regio Gent';
    expect(matchesQuery(item, queryWords('laureins'))).toBe(true);
    expect(matchesQuery(item, queryWords('regio gent sint'))).toBe(true);
    expect(matchesQuery(item, queryWords('Lier'))).toBe(false);
    expect(matchesQuery('Comines-Warnêton', queryWords('warneton'))).toBe(true);
    expect(matchesQuery(item, [])).toBe(true);
  });
  it("reads 's-names without their apostrophe", () => {
    expect(matchKey("'s-Gravenwezel")).toBe('sgravenwezel');
  });
});
