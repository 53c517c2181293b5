import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { coincidenceSentence, sameMemberGroups } from '../../../src/lib/same-delineations.ts';

const d = (id: string, leden: string[]) => ({ id, naam: `naam ${id}`, leden });

describe('sameMemberGroups', () => {
  test('finds delineations with the same members, whatever the order', () => {
    const groups = sameMemberGroups([d('A', ['1', '2']), d('B', ['3']), d('C', ['2', '1'])]);
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([['A', 'C']]);
  });
  test('on the site data, IVM before and after 2019 and vervoerregio/referentieregio Gent coincide', () => {
    const data = JSON.parse(readFileSync('data/meetjesland-delineaties.json', 'utf8')) as { delineaties: { id: string; naam: string; leden: string[] }[] };
    expect(sameMemberGroups(data.delineaties).map((g) => g.map((x) => x.id))).toEqual([
      ['A2', 'A3'],
      ['A11', 'A12'],
    ]);
  });
});

describe('coincidenceSentence', () => {
  test('names every identical group instead of claiming they never coincide', () => {
    const text = coincidenceSentence([d('A', ['1', '2']), d('B', ['3']), d('C', ['2', '1'])]);
    expect(text).toBe('Geen twee afbakeningen vallen samen, behalve A en C (dezelfde 2 gemeenten).');
  });
  test('says plainly when no two coincide', () => {
    expect(coincidenceSentence([d('A', ['1']), d('B', ['2'])])).toBe('Geen twee afbakeningen vallen samen.');
  });
});
