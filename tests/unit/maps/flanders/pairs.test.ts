import { describe, expect, it } from 'vitest';
import { disagreements, pairRegions } from '../../../../src/maps/flanders/pairs.ts';

describe('pairRegions and disagreements', () => {
  const vr = new Map([
    ['a', '2'],
    ['b', '2'],
    ['c', '2'],
    ['d', '9'],
    ['e', '9'],
  ]);
  const rr = new Map([
    ['a', 'R1'],
    ['b', 'R1'],
    ['c', 'R2'],
    ['d', 'R2'],
    ['e', 'R2'],
  ]);
  it('pairs each vervoerregio with the referentieregio holding most of its members', () => {
    expect([...pairRegions(vr, rr, 'x')]).toEqual([
      ['2', 'R1'],
      ['9', 'R2'],
    ]);
    expect(disagreements(vr, rr, pairRegions(vr, rr, 'x'))).toEqual(['c']);
  });
  it('refuses a pairing that is not one to one', () => {
    expect(() =>
      pairRegions(
        new Map([
          ['a', '1'],
          ['b', '2'],
        ]),
        new Map([
          ['a', 'R1'],
          ['b', 'R1'],
        ]),
        'x',
      ),
    ).toThrow("x: vervoerregio's 1 en 2 horen allebei bij referentieregio R1");
  });
});
