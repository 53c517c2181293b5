import { describe, expect, it } from 'vitest';
import {
  borderOf,
  drawingOf,
  pairInfo,
  pairOfReferentieregio,
  pairOfSlug,
  summarisePairs,
  type ReferentieregioIsland,
} from '../../../../src/maps/referentieregio/view.ts';

// A tiny world: vervoerregio A pairs with referentieregio R1; municipality c (merged with d in 2025) sits in A but in R2.
const pairs = [
  { vr: 'A', vrNaam: 'Aa', slug: 'aa', rr: 'R1', rrNaam: 'Regio 1', colour: '#111111', at: [0, 0] as [number, number] },
  { vr: 'B', vrNaam: 'Bb', slug: 'bb', rr: 'R2', rrNaam: 'Regio 2', colour: '#222222', at: [1, 1] as [number, number] },
];
const vr2019 = { a: 'A', b: 'A', c: 'A', d: 'B' };
const vr2025 = { a: 'A', b: 'A', c: 'A', d: 'A' };
const rr = { a: 'R1', b: 'R1', c: 'R2', d: 'R2' };
const island: ReferentieregioIsland = {
  view: { bbox: [2.5, 50.6, 6, 51.6], zoom: [7, 9] },
  param: 'paar',
  setParam: 'vergelijking',
  defaultSet: '2025',
  pairs,
  sets: {
    '2025': {
      vr: { A: 'M0 0l2 0 0 2z' },
      info: summarisePairs(pairs, vr2025, rr, { d: 'c' }, { a: 'Ab', b: 'Be', c: 'Ce-De' }),
    },
    '2019': {
      vr: { A: 'M0 0l3 0 0 3z', B: 'M5 5l1 0 0 1z' },
      info: summarisePairs(pairs, vr2019, rr, {}, { a: 'Ab', b: 'Be', c: 'Ce', d: 'De' }),
    },
  },
};

describe('referentieregio view', () => {
  it('finds a pair by slug and by referentieregio', () => {
    expect(pairOfSlug(island, 'bb')).toBe('B');
    expect(pairOfSlug(island, 'zz')).toBeUndefined();
    expect(pairOfReferentieregio(island, 'R1')).toBe('A');
  });
  it('summarises shared municipalities and those in only one of the two, per set', () => {
    expect(pairInfo(island, '2019', 'A')).toEqual({ vrNaam: 'Aa', rrNaam: 'Regio 1', gedeeld: 2, alleenVervoerregio: ['Ce'], alleenReferentieregio: [] });
    expect(pairInfo(island, '2019', 'B')).toEqual({ vrNaam: 'Bb', rrNaam: 'Regio 2', gedeeld: 1, alleenVervoerregio: [], alleenReferentieregio: ['Ce'] });
    expect(pairInfo(island, '2025', 'A')?.alleenVervoerregio).toEqual(['Ce-De']);
    expect(pairInfo(island, '2025', undefined)).toBeUndefined();
  });
  it('restores every vervoerregio outline of the other set from its differences, and draws borders where a table changes', () => {
    expect(drawingOf({ ...island, sets: { ...island.sets, '2019': { ...island.sets['2019']!, vr: { B: 'M5 5l1 0 0 1z' } } } }, '2019')?.vr).toEqual({
      A: 'M0 0l2 0 0 2z',
      B: 'M5 5l1 0 0 1z',
    });
    expect(drawingOf(island, '2019')?.vr).toEqual({ A: 'M0 0l3 0 0 3z', B: 'M5 5l1 0 0 1z' });
    expect(drawingOf(island, '2025')?.vr).toEqual({ A: 'M0 0l2 0 0 2z' });
    expect(drawingOf(island, '2000')).toBeUndefined();
    const vrBorder = borderOf(vr2019);
    expect(vrBorder('a', 'd')).toBe(true);
    expect(vrBorder('a', 'b')).toBe(false);
    expect(vrBorder('a', undefined)).toBe(false);
  });
});
