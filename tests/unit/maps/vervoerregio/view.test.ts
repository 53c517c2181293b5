import { describe, expect, test } from 'vitest';
import {
  codeOfSlug,
  countsOf,
  differences,
  innerBorder,
  regionInfo,
  unitOf,
  type VervoerregioIsland,
  type YearEntry,
} from '../../../../src/maps/vervoerregio/view.ts';

/** Two regions; in 2025 municipalities 3 and 4 merge into 3, which moves to region B. */
const island: VervoerregioIsland = {
  view: { bbox: [2.5, 50.6, 6, 51.6], zoom: [7, 9] },
  param: 'vervoerregio',
  setParam: 'indeling',
  defaultSet: '2019',
  regions: [
    { code: 'A', naam: 'Aland', slug: 'aland', colour: '#111111', at: [4, 51], alias: 'ook Anders genoemd' },
    { code: 'B', naam: 'Beeland', slug: 'beeland', colour: '#222222', at: [4, 51] },
  ],
  sets: {
    '2019': { members: { A: ['Een', 'Twee', 'Drie'], B: ['Vier'] } },
    '2025': { members: { A: ['Een', 'Twee'], B: ['Drievier'] } },
  },
};

/** The same two years at build time, as full membership tables. */
const years: Record<string, YearEntry> = {
  '2019': { regionOf: { '1': 'A', '2': 'A', '3': 'A', '4': 'B' }, unitOf: {}, members: {} },
  '2025': { regionOf: { '1': 'A', '2': 'A', '3': 'B', '4': 'B' }, unitOf: { '4': '3' }, members: {} },
};

describe('vervoerregio view', () => {
  test('a slug names a region; an unknown slug none', () => {
    expect(codeOfSlug(island, 'beeland')).toBe('B');
    expect(codeOfSlug(island, 'atlantis')).toBeUndefined();
  });
  test('the info panel follows the set: name, count, alias and members', () => {
    expect(regionInfo(island, '2019', 'A')).toEqual({ naam: 'Aland', count: 3, alias: 'ook Anders genoemd', members: 'Een, Twee, Drie' });
    expect(regionInfo(island, '2025', 'B')).toEqual({ naam: 'Beeland', count: 1, alias: undefined, members: 'Drievier' });
    expect(regionInfo(island, '2025', undefined)).toBeUndefined();
  });
  test('differences keeps only the entries that differ from the base table', () => {
    expect(differences({ '1': 'A', '3': 'B' }, { '1': 'A', '3': 'A' })).toEqual({ '3': 'B' });
  });
  test('legend counts per set', () => {
    expect(Object.fromEntries(countsOf(island, '2025'))).toEqual({ A: 2, B: 1 });
  });
  test('inner borders: between different municipalities of the set, in the same region, never on the outer edge', () => {
    const in2019 = innerBorder(years['2019']!);
    const in2025 = innerBorder(years['2025']!);
    expect(in2019('1', '2')).toBe(true);
    expect(in2019('3', '4')).toBe(false); // a region border
    expect(in2025('3', '4')).toBe(false); // merged into one municipality
    expect(in2025('2', '3')).toBe(false); // now a region border
    expect(in2019('1', undefined)).toBe(false);
    expect(unitOf(years['2025']!, '4')).toBe('3');
  });
});
