import { describe, expect, it } from 'vitest';
import { layerInfo, layerOf, memberState, type OverDeGrensIsland } from '../../../../src/maps/over-de-grens/view.ts';

const island: Pick<OverDeGrensIsland, 'layers' | 'gemeenten'> = {
  gemeenten: [
    { id: 'GM0718', naam: 'Vlissingen', d: 'M0 0l1 0 0 1z' },
    { id: '44021', naam: 'Gent', d: 'M2 2l1 0 0 1z' },
    { id: 'GM0664', naam: 'Goes', d: 'M4 4l1 0 0 1z' },
  ],
  layers: [
    {
      id: 'north-sea-port-district',
      naam: 'Regio Deal North Sea Port District',
      kind: 'deelnemers',
      onzeker: false,
      leden: ['GM0718', '44021'],
      omschrijving: 'Geen gebied.',
    },
  ],
};

describe('over-de-grens view', () => {
  it('finds the layer of ?regiodeal= and ignores unknown values', () => {
    expect(layerOf(island, 'north-sea-port-district')?.naam).toBe('Regio Deal North Sea Port District');
    expect(layerOf(island, 'zeeland')).toBeUndefined();
  });

  it('names the members across the border in the info line, with what the map may claim', () => {
    expect(layerInfo(island, 'north-sea-port-district')).toBe('Regio Deal North Sea Port District: 2 gemeenten (Vlissingen, Gent). Geen gebied.');
    expect(layerInfo(island, undefined)).toBe('');
  });

  it('marks members in, others out, and everything neutral without a choice', () => {
    expect(memberState(island, 'north-sea-port-district', '44021')).toBe('in');
    expect(memberState(island, 'north-sea-port-district', 'GM0664')).toBe('uit');
    expect(memberState(island, undefined, 'GM0664')).toBe('neutraal');
  });
});
