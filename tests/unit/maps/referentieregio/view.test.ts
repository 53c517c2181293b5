import { describe, expect, it } from 'vitest';
import { borderOf, isVerschil, pairInfo, pairOfReferentieregio, pairOfSlug, type ReferentieregioIsland } from '../../../../src/maps/referentieregio/view.ts';

// A tiny world: vervoerregio A pairs with referentieregio R1; municipality c (merged with d in 2025) sits in A but in R2.
const island: ReferentieregioIsland = {
  topo: '/t.json',
  param: 'paar',
  setParam: 'vergelijking',
  defaultSet: '2025',
  pairs: [
    { vr: 'A', vrNaam: 'Aa', slug: 'aa', rr: 'R1', rrNaam: 'Regio 1', colour: '#111111', at: [0, 0], lines: ['Regio 1'] },
    { vr: 'B', vrNaam: 'Bb', slug: 'bb', rr: 'R2', rrNaam: 'Regio 2', colour: '#222222', at: [1, 1], lines: ['Regio 2'] },
  ],
  sets: {
    '2019': { vrOf: { a: 'A', b: 'A', c: 'A', d: 'B' }, rrOf: { a: 'R1', b: 'R1', c: 'R2', d: 'R2' }, unitOf: {}, names: { a: 'Ab', b: 'Be', c: 'Ce', d: 'De' }, verschillen: ['c'] },
    '2025': { vrOf: { a: 'A', b: 'A', c: 'A', d: 'A' }, rrOf: { a: 'R1', b: 'R1', c: 'R2', d: 'R2' }, unitOf: { d: 'c' }, names: { a: 'Ab', b: 'Be', c: 'Ce-De' }, verschillen: ['c'] },
  },
};

describe('referentieregio view', () => {
  it('finds a pair by slug and by referentieregio', () => {
    expect(pairOfSlug(island, 'bb')).toBe('B');
    expect(pairOfSlug(island, 'zz')).toBeUndefined();
    expect(pairOfReferentieregio(island, 'R1')).toBe('A');
  });
  it('counts shared municipalities and names those in only one of the two, per set', () => {
    expect(pairInfo(island, '2019', 'A')).toEqual({ vrNaam: 'Aa', rrNaam: 'Regio 1', gedeeld: 2, alleenVervoerregio: ['Ce'], alleenReferentieregio: [] });
    expect(pairInfo(island, '2019', 'B')).toEqual({ vrNaam: 'Bb', rrNaam: 'Regio 2', gedeeld: 1, alleenVervoerregio: [], alleenReferentieregio: ['Ce'] });
    expect(pairInfo(island, '2025', 'A')?.alleenVervoerregio).toEqual(['Ce-De']);
    expect(pairInfo(island, '2025', undefined)).toBeUndefined();
  });
  it('marks the merged municipality as a difference through its parts, and draws borders where a table changes', () => {
    expect(isVerschil(island.sets['2025'] as ReferentieregioIsland['sets'][string], 'd')).toBe(true);
    expect(isVerschil(island.sets['2019'] as ReferentieregioIsland['sets'][string], 'd')).toBe(false);
    const vrBorder = borderOf({ a: 'A', d: 'B' });
    expect(vrBorder('a', 'd')).toBe(true);
    expect(vrBorder('a', undefined)).toBe(false);
  });
});
