import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRegionTopology, regionMapModel } from '../../src/lib/region-topology.ts';
import { weakestNeighbourContrast } from '../../src/lib/region-colours.ts';

const load = (file: string) => parseRegionTopology(JSON.parse(readFileSync(file, 'utf8')), file);

describe('parseRegionTopology', () => {
  test('rejects a file that is not a vervoerregio topology, naming the file and the problem', () => {
    expect(() => parseRegionTopology({ type: 'Topology', objects: {} }, 'data/kapot.topo.json')).toThrow(/^data\/kapot\.topo\.json: geen geldige vervoerregio-topologie \(objects\.gemeenten/);
    const topo = JSON.parse(readFileSync('data/vervoerregios-2025.topo.json', 'utf8'));
    topo.objects.gemeenten.geometries[0].properties.nis = '123';
    expect(() => parseRegionTopology(topo, 'x.json')).toThrow(/objects\.gemeenten\.geometries\.0\.properties\.nis/);
  });
});

describe('regionMapModel on the committed data', () => {
  for (const [file, gent] of [['data/vervoerregios-2019.topo.json', 23], ['data/vervoerregios-2025.topo.json', 20]] as const) {
    const model = regionMapModel(load(file));
    test(`${file}: 15 regions, each with its members, Gent with ${gent}`, () => {
      expect(model.regions).toHaveLength(15);
      expect(model.regions.find((r) => r.slug === 'gent')?.members).toHaveLength(gent);
      expect(model.regions.map((r) => r.naam)).toContain('Aalst');
      expect(model.regions.map((r) => r.naam)).toContain('Roeselare');
    });
    test(`${file}: neighbouring regions stay clearly distinguishable, also with colour-blindness`, () => {
      const byCode = new Map(model.regions.map((r) => [r.code, r.colour]));
      const nodes = model.regions.map((r) => ({ code: r.code, buren: r.feature.properties.buren }));
      expect(weakestNeighbourContrast(nodes, (code) => byCode.get(code) ?? '')).toBeGreaterThan(15);
      expect(new Set(byCode.values()).size).toBe(15);
    });
  }
  test('Eeklo and Maldegem are in Gent; Kruibeke moved from Waasland (2019) to Antwerpen (2025, within Beveren-Kruibeke-Zwijndrecht)', () => {
    const m2019 = regionMapModel(load('data/vervoerregios-2019.topo.json'));
    const m2025 = regionMapModel(load('data/vervoerregios-2025.topo.json'));
    const members = (m: typeof m2019, slug: string) => m.regions.find((r) => r.slug === slug)?.members.map((g) => g.naam) ?? [];
    expect(members(m2019, 'gent')).toEqual(expect.arrayContaining(['Eeklo', 'Maldegem']));
    expect(members(m2019, 'waasland')).toContain('Kruibeke');
    expect(members(m2025, 'antwerpen')).toContain('Beveren-Kruibeke-Zwijndrecht');
  });
});
