import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaKm2 } from '../../../scripts/data/geo/area';
import { parseCsv } from '../../../src/lib/geo/csv';
import { meetjeslandDelineatiesSchema } from '../../../src/lib/geo/meetjesland-schema';

// Checks the committed data/ files, so the site can rely on them without ../shared.
const dataDir = join(import.meta.dirname, '../../../data');
const read = (name: string): string => readFileSync(join(dataDir, name), 'utf8');
const topo = (name: string): Topology => JSON.parse(read(name)) as Topology;

describe('data/gemeenten.topo.json and its membership table', () => {
  const t = topo('gemeenten.topo.json');
  const geoms = (t.objects['gemeenten'] as GeometryCollection).geometries;
  const rows = parseCsv(read('gemeenten.csv'), 'gemeenten.csv', [
    'nis',
    'gemeente',
    'provincie',
    'nis_2025',
    'gemeente_2025',
    'vervoerregio_2019',
    'vervoerregio_2025',
  ]);

  it('holds the 300 municipalities of 2019–2024 by NIS code and Brussels as one outline, no properties to repeat the table', () => {
    expect(Object.keys(t.objects)).toEqual(['gemeenten', 'brussel']);
    expect(geoms).toHaveLength(300);
    expect(geoms.map((g) => g.id)).toEqual(rows.map((r) => r.values['nis']));
    for (const g of geoms) expect(g.properties).toBeUndefined();
    expect((t.objects['brussel'] as GeometryCollection).geometries).toHaveLength(1);
  });

  it("turns into 285 municipalities of 2025 and 15 vervoerregio's in both sets", () => {
    expect(new Set(rows.map((r) => r.values['nis_2025'])).size).toBe(285);
    expect(new Set(rows.map((r) => r.values['vervoerregio_2019']))).toEqual(
      new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']),
    );
    expect(rows.find((r) => r.values['gemeente'] === 'Kruibeke')?.values).toMatchObject({
      gemeente_2025: 'Beveren-Kruibeke-Zwijndrecht',
      vervoerregio_2019: '14',
      vervoerregio_2025: '2',
    });
  });

  it('covers Flanders with valid, correctly wound geometry', () => {
    const all = feature(t, t.objects['gemeenten'] as GeometryCollection) as FeatureCollection;
    const sum = all.features.reduce((s, f) => s + areaKm2(f), 0);
    expect(sum).toBeGreaterThan(13500);
    expect(sum).toBeLessThan(13650);
  });

  it('stays within the 35 KB (gzip) a map may fetch', () => {
    expect(gzipSync(read('gemeenten.topo.json'), { level: 9 }).length).toBeLessThan(35_000);
  });

  it('names the five provinces of the table and the 19 Brussels municipalities', () => {
    const regios = parseCsv(read('regios.csv'), 'regios.csv', ['indeling', 'code', 'naam', 'alias']);
    const provincies = new Set(regios.filter((r) => r.values['indeling'] === 'provincie').map((r) => r.values['code']));
    expect(provincies).toEqual(new Set(['10000', '20001', '30000', '40000', '70000']));
    for (const r of rows) expect(provincies.has(r.values['provincie'])).toBe(true);
    const brussel = parseCsv(read('brussel.csv'), 'brussel.csv', ['nis', 'gemeente']);
    expect(brussel).toHaveLength(19);
    expect(brussel.every((r) => r.values['nis']?.startsWith('21'))).toBe(true);
  });
});

describe('data/meetjesland', () => {
  it('validates against the schema and every member is on the map', () => {
    const d = meetjeslandDelineatiesSchema.parse(JSON.parse(read('meetjesland-delineaties.json')));
    const t = topo('meetjesland.topo.json');
    const codes = new Set((t.objects['gemeenten'] as GeometryCollection).geometries.map((g) => g.id));
    expect(codes.size).toBe(60);
    for (const del of d.delineaties) for (const nis of del.leden) expect(codes.has(nis)).toBe(true);
    expect(new Set(d.delineaties.map((x) => x.soort))).toEqual(new Set(['homogeen', 'functioneel', 'bestuurlijk', 'sociaal']));
    expect(d.delineaties.find((x) => x.id === 'A12')?.naam).toBe('Referentieregio Regio Gent (geen woonmarktafbakening)');
  });
});
