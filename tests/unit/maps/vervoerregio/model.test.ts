import { describe, expect, test } from 'vitest';
import { loadGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';
import { weakestNeighbourContrast } from '../../../../src/maps/shared/region-colours.ts';
import { division } from '../../../../src/maps/flanders/gemeenten.ts';
import { groupNeighbours, groupOf } from '../../../../src/maps/shared/topology.ts';
import { vervoerregioModel } from '../../../../src/maps/vervoerregio/model.ts';

const data = loadGemeenten();
const model = vervoerregioModel(data);
const members = (set: string, slug: string): string[] => {
  const code = model.island.regions.find((r) => r.slug === slug)?.code ?? '';
  return model.island.sets[set]?.members[code] ?? [];
};

describe('vervoerregioModel on the committed data', () => {
  test('15 regions with their members in both sets: Gent has 23 municipalities in 2019–2024 and 20 in 2025', () => {
    expect(model.island.regions).toHaveLength(15);
    expect(members('2019', 'gent')).toHaveLength(23);
    expect(members('2025', 'gent')).toHaveLength(20);
    expect(model.rows.find((r) => r.slug === 'gent')).toMatchObject({ count2019: 23, count2025: 20 });
    expect(model.island.regions.map((r) => r.naam)).toEqual(expect.arrayContaining(['Aalst', 'Roeselare']));
    expect(Object.values(model.island.sets['2019']?.members ?? {}).flat()).toHaveLength(300);
    expect(Object.values(model.island.sets['2025']?.members ?? {}).flat()).toHaveLength(285);
  });

  test('Eeklo and Maldegem are in Gent; Kruibeke moved from Waasland (2019) to Antwerpen (2025, within Beveren-Kruibeke-Zwijndrecht)', () => {
    expect(members('2019', 'gent')).toEqual(expect.arrayContaining(['Eeklo', 'Maldegem']));
    expect(members('2019', 'waasland')).toContain('Kruibeke');
    expect(members('2025', 'antwerpen')).toContain('Beveren-Kruibeke-Zwijndrecht');
    const code = (slug: string): string => model.island.regions.find((r) => r.slug === slug)?.code ?? '';
    expect(division(data, 'vervoerregio', '2025').regionOf['46013']).toBe(code('antwerpen'));
    expect(model.rows.find((r) => r.slug === 'waasland')?.changes).toContain(
      'Beveren, Kruibeke en Zwijndrecht → Beveren-Kruibeke-Zwijndrecht (vervoerregio Antwerpen)',
    );
  });

  test('only the regions whose municipalities change carry a second (2025) outline', () => {
    expect(
      model.shapes
        .filter((s) => s.outline2025)
        .map((s) => s.naam)
        .sort(),
    ).toEqual(['Antwerpen', 'Waasland']);
  });

  test('neighbouring regions stay clearly distinguishable, also with colour-blindness', () => {
    const neighbours = groupNeighbours(data.topology, 'gemeenten', groupOf(division(data, 'vervoerregio', '2019').regionOf));
    const colour = new Map(model.island.regions.map((r) => [r.code, r.colour]));
    const nodes = model.island.regions.map((r) => ({ code: r.code, buren: neighbours.get(r.code) ?? [] }));
    expect(weakestNeighbourContrast(nodes, (code) => colour.get(code) ?? '')).toBeGreaterThan(15);
    expect(new Set(colour.values()).size).toBe(15);
  });

  test("the island places the drawing on Flanders (its viewBox corners, a little beyond the outermost border) with the topology's zoom range", () => {
    const [west, south, east, north] = model.island.view.bbox;
    expect(west).toBeGreaterThan(2.4);
    expect(west).toBeLessThan(2.55);
    expect(east).toBeGreaterThan(5.9);
    expect(east).toBeLessThan(6);
    expect(south).toBeGreaterThan(50.6);
    expect(north).toBeLessThan(51.6);
    expect(model.island.view.zoom).toEqual([7, 9]);
  });

  test('the island carries label positions inside Flanders and no geometry', () => {
    for (const r of model.island.regions) {
      expect(r.at[0]).toBeGreaterThan(2.5);
      expect(r.at[0]).toBeLessThan(6);
      expect(r.at[1]).toBeGreaterThan(50.6);
      expect(r.at[1]).toBeLessThan(51.6);
    }
    expect(JSON.stringify(model.island).length).toBeLessThan(25_000);
  });
});
