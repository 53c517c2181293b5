import { describe, expect, test } from 'vitest';
import {
  SOORT_LABELS,
  conversionTag,
  countPhrase,
  groupBySoort,
  isUncertain,
  membership,
  noteFor,
  overlapCounts,
} from '../../../../src/maps/meetjesland/overlap.ts';

const layers = [
  { id: 'H1', soort: 'homogeen' as const, leden: ['1', '2', '3'] },
  { id: 'A1', soort: 'bestuurlijk' as const, leden: ['2', '3'] },
  { id: 'S1', soort: 'sociaal' as const, leden: ['3', '9'] },
  { id: 'A2', soort: 'bestuurlijk' as const, leden: ['3'] },
];
const gemeenten = ['1', '2', '3', '4'];

describe('overlapCounts', () => {
  test('counts, per municipality, the active layers that include it', () => {
    const all = overlapCounts(layers, ['H1', 'A1', 'S1', 'A2'], gemeenten);
    expect(Object.fromEntries(all)).toEqual({ 1: 1, 2: 2, 3: 4, 4: 0 });
  });
  test('ignores switched-off layers, unknown ids and members that are not on the map', () => {
    expect(Object.fromEntries(overlapCounts(layers, ['A1', 'XX'], gemeenten))).toEqual({ 1: 0, 2: 1, 3: 1, 4: 0 });
    expect(overlapCounts(layers, ['S1'], gemeenten).has('9')).toBe(false);
    expect([...overlapCounts(layers, [], gemeenten).values()]).toEqual([0, 0, 0, 0]);
  });
});

describe('membership', () => {
  test('splits the layers into including, excluding and switched off, in data order', () => {
    const { binnen, buiten, uit } = membership(layers, ['H1', 'A1', 'S1'], '2');
    expect(binnen.map((l) => l.id)).toEqual(['H1', 'A1']);
    expect(buiten.map((l) => l.id)).toEqual(['S1']);
    expect(uit.map((l) => l.id)).toEqual(['A2']);
  });
});

describe('groupBySoort', () => {
  test("follows the lecture's order of the four kinds and uses its Dutch names; empty kinds are left out", () => {
    const groups = groupBySoort(layers);
    expect(groups.map((g) => g.label)).toEqual(['Homogene regio', 'Bestuurlijke regio', 'Sociaal-geconstrueerde regio']);
    expect(groups[1]?.layers.map((l) => l.id)).toEqual(['A1', 'A2']);
    expect(Object.values(SOORT_LABELS)).toEqual(['Homogene regio', 'Functionele regio', 'Bestuurlijke regio', 'Sociaal-geconstrueerde regio']);
  });
});

describe('notes and labels', () => {
  const note =
    'Lijst op de gemeenten van vóór 2019, omgezet naar de indeling 2019–2024. Nevele is sinds 2019 deel van Deinze (44083); heel Deinze meetellen overschat de afbakening (het vroegere Deinze (44011) stond niet in de lijst). Lovendegem, Waarschoot en Zomergem vormen sinds 2019 samen de fusiegemeente Lievegem (44085).';
  test('noteFor picks the sentences of a conversion note that name the municipality', () => {
    expect(noteFor(note, '44083')).toBe(
      'Nevele is sinds 2019 deel van Deinze (44083); heel Deinze meetellen overschat de afbakening (het vroegere Deinze (44011) stond niet in de lijst).',
    );
    expect(noteFor(note, '44085')).toMatch(/^Lovendegem, Waarschoot en Zomergem/);
    expect(noteFor(note, '43005')).toBeUndefined();
    expect(noteFor(undefined, '44083')).toBeUndefined();
  });
  test('conversionTag says a converted list was converted, and when it overstates', () => {
    expect(conversionTag(true, note)).toBe('lijst van vóór 2019; op de kaart ruimer');
    expect(conversionTag(true, 'Lijst omgezet; niets overschat.'.replace('overschat', 'verandert'))).toBe('lijst van vóór 2019');
    expect(conversionTag(false, 'Lijst op de gemeenten van 2025; niets omgezet.')).toBeUndefined();
  });
  test('isUncertain flags every level below "hoog"', () => {
    expect(['hoog', 'middelhoog', 'middel', 'laag'].map((z) => isUncertain(z as 'hoog'))).toEqual([false, true, true, true]);
  });
  test('countPhrase reads as Dutch, and says "gekozen" only for a choice of the delineations', () => {
    expect(countPhrase(17, 18, true)).toBe('in 17 van de 18 afbakeningen');
    expect(countPhrase(2, 3)).toBe('in 2 van de 3 gekozen afbakeningen');
    expect(countPhrase(1, 1, true)).toBe('in de afbakening');
    expect(countPhrase(1, 1)).toBe('in de gekozen afbakening');
    expect(countPhrase(0, 1)).toBe('niet in de gekozen afbakening');
    expect(countPhrase(0, 0)).toBe('geen afbakening gekozen');
  });
});
