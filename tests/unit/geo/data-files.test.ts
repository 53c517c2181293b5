import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaKm2 } from '../../../src/lib/geo/area';
import { parseCsv } from '../../../src/lib/geo/csv';
import { meetjeslandDelineatiesSchema } from '../../../src/lib/geo/meetjesland-schema';

// Checks the committed data/ files, so the site can rely on them without ../shared.
const dataDir = join(import.meta.dirname, '../../../data');
const read = (name: string): string => readFileSync(join(dataDir, name), 'utf8');
const topo = (name: string): Topology => JSON.parse(read(name)) as Topology;
const props = (t: Topology, o: string): Array<Record<string, unknown>> =>
  (t.objects[o] as GeometryCollection).geometries.map((g) => (g.properties ?? {}) as Record<string, unknown>);

describe.each([
  ['2025', 285],
  ['2019', 300],
] as const)('data/vervoerregios-%s', (year, count) => {
  const t = topo(`vervoerregios-${year}.topo.json`);

  it('has the agreed objects, counts and property names', () => {
    expect(Object.keys(t.objects)).toEqual(['gemeenten', 'vervoerregios', 'provincies', 'vlaanderen', 'brussel']);
    const gem = props(t, 'gemeenten');
    expect(gem).toHaveLength(count);
    for (const p of gem) expect(Object.keys(p)).toEqual(['nis', 'naam', 'vr']);
    expect(gem.find((p) => p['nis'] === '44021')).toEqual({ nis: '44021', naam: 'Gent', vr: '4' });
    const vr = props(t, 'vervoerregios');
    expect(vr.map((p) => p['code'])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(vr.reduce((s, p) => s + (p['aantal'] as number), 0)).toBe(count);
    expect(vr.find((p) => p['code'] === '1')?.['naam']).toBe('Aalst');
    expect(vr.find((p) => p['code'] === '11')?.['naam']).toBe('Roeselare');
    expect(vr.filter((p) => 'alias' in p).map((p) => p['code'])).toEqual(['1', '11']);
    expect(props(t, 'provincies').map((p) => p['nis'])).toEqual(['10000', '20001', '30000', '40000', '70000']);
  });

  it('has symmetric neighbours matching the topology', () => {
    const geoms = (t.objects['vervoerregios'] as GeometryCollection).geometries;
    const codes = geoms.map((g) => (g.properties as { code: string }).code);
    const adj = neighbors(geoms);
    geoms.forEach((g, i) => {
      const buren = (g.properties as { buren: string[] }).buren;
      expect([...buren].sort()).toEqual((adj[i] ?? []).map((j) => codes[j] ?? '').sort());
    });
  });

  it('has valid, correctly wound geometry covering Flanders', () => {
    const regions = feature(t, t.objects['vervoerregios'] as GeometryCollection) as FeatureCollection;
    const flanders = feature(t, t.objects['vlaanderen'] as GeometryCollection) as FeatureCollection;
    const sum = regions.features.reduce((s, f) => s + areaKm2(f), 0);
    const outline = areaKm2(flanders.features[0] as FeatureCollection['features'][number]);
    expect(outline).toBeGreaterThan(13500);
    expect(outline).toBeLessThan(13650);
    expect(Math.abs(sum - outline) / outline).toBeLessThan(1e-6);
  });

  it('has a matching CSV with comment header', () => {
    const text = read(`vervoerregios-${year}.csv`);
    expect(text.startsWith('# ')).toBe(true);
    const rows = parseCsv(text, 'csv', ['nis', 'gemeente', 'vervoerregio_code', 'vervoerregio']);
    expect(rows).toHaveLength(count);
    const gem = new Map(props(t, 'gemeenten').map((p) => [p['nis'], p['vr']]));
    for (const r of rows) expect(gem.get(r.values['nis'])).toBe(r.values['vervoerregio_code']);
  });
});

describe('data/meetjesland', () => {
  it('validates against the schema and every member is on the map', () => {
    const d = meetjeslandDelineatiesSchema.parse(JSON.parse(read('meetjesland-delineaties.json')));
    const t = topo('meetjesland.topo.json');
    const codes = new Set(props(t, 'gemeenten').map((p) => p['nis']));
    expect(codes.size).toBe(60);
    for (const del of d.delineaties) for (const nis of del.leden) expect(codes.has(nis)).toBe(true);
    expect(new Set(d.delineaties.map((x) => x.soort))).toEqual(new Set(['homogeen', 'functioneel', 'bestuurlijk', 'sociaal']));
    expect(d.delineaties.find((x) => x.id === 'A12')?.naam).toBe('Referentieregio Regio Gent (geen woonmarktafbakening)');
  });
});
