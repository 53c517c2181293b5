import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGemeenteModel } from '../../../../src/gemeenten/model.ts';
import { meetjeslandDelineatiesSchema } from '../../../../src/lib/geo/meetjesland-schema.ts';
import { loadGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';
import { referentieregioModel } from '../../../../src/maps/referentieregio/model.ts';
import { pairInfo } from '../../../../src/maps/referentieregio/view.ts';

const pages = buildGemeenteModel(loadGemeenten(), meetjeslandDelineatiesSchema.parse(JSON.parse(readFileSync('data/meetjesland-delineaties.json', 'utf8'))));
const model = referentieregioModel(loadGemeenten(), pages);

describe('referentieregioModel on data/', () => {
  it('draws 15 referentieregio areas and the 11 (2025) and 12 (2019–2024) municipalities where the cuts differ', () => {
    expect(model.shapes).toHaveLength(15);
    expect(model.drawings['2025'].verschillen.map((v) => v.naam).sort()).toEqual(pages.verschillen['2025'].map((v) => v.naam).sort());
    expect(model.drawings['2025'].verschillen).toHaveLength(11);
    expect(model.drawings['2019'].verschillen).toHaveLength(12);
    expect(new Set(model.shapes.map((s) => s.colour)).size).toBe(15);
  });

  it("pairs the 15 vervoerregio's one to one, with the island telling what lies in only one of a pair", () => {
    expect(model.island.pairs).toHaveLength(15);
    expect(new Set(model.island.pairs.map((p) => p.rr)).size).toBe(15);
    const gent = model.pairRows.find((r) => r.vrNaam === 'Gent');
    expect(gent).toEqual({ vrNaam: 'Gent', rrNaam: 'Regio Gent', vrCount: 20, rrCount: 20, gedeeld: 20 });
    const mechelen = model.island.pairs.find((p) => p.vrNaam === 'Mechelen')?.vr;
    expect(pairInfo(model.island, '2025', mechelen)).toMatchObject({
      rrNaam: 'Rivierenland',
      alleenVervoerregio: ['Boortmeerbeek', 'Kapelle-op-den-Bos'],
      alleenReferentieregio: ['Lier', 'Nijlen'],
    });
  });

  it("gives the live map each vervoerregio outline of 2025 in the drawing's units, and of 2019–2024 only those that differ", () => {
    const vr2025 = model.island.sets['2025']?.vr ?? {};
    expect(Object.keys(vr2025)).toHaveLength(15);
    for (const d of Object.values(vr2025)) expect(d).toMatch(/^M\d/);
    const changed = Object.keys(model.island.sets['2019']?.vr ?? {}).map((code) => model.island.pairs.find((p) => p.vr === code)?.vrNaam);
    expect(changed.sort()).toEqual(['Antwerpen', 'Waasland']);
    expect(model.island.view.zoom).toEqual([7, 9]);
  });
});
