import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { parseWgs84TopoJson } from '../../../scripts/data/read-topojson';
import { clipToBox } from '../../../scripts/data/geo/clip';
import { d3Winding } from '../../../scripts/data/geo/winding';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';

const square = (x: number, y: number, s: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x, y + s],
      [x + s, y + s],
      [x + s, y],
      [x, y],
    ],
  ],
});
const file = (features: Array<{ id?: string; geometry: Polygon }>): string =>
  JSON.stringify(
    topology({
      gemeenten: {
        type: 'FeatureCollection',
        features: features.map((f) => ({ type: 'Feature', id: f.id, properties: {}, geometry: f.geometry })),
      } as FeatureCollection,
    }),
  );

describe('parseWgs84TopoJson', () => {
  it('returns the polygons with their ids', () => {
    const records = parseWgs84TopoJson(file([{ id: 'GM0718', geometry: square(3.5, 51.4, 0.1) }]), 'x.topojson', 'gemeenten');
    expect(records.map((r) => r.id)).toEqual(['GM0718']);
  });

  it('names the file and the problem: a missing object, a missing id, a repeated id, coordinates that are not WGS84', () => {
    expect(() => parseWgs84TopoJson(file([]), 'nl.topojson', 'provincies')).toThrow(/nl\.topojson: no object "provincies" \(it has gemeenten\)/);
    expect(() => parseWgs84TopoJson(file([{ geometry: square(3, 51, 1) }]), 'nl.topojson', 'gemeenten')).toThrow(
      /nl\.topojson: geometry 0 of "gemeenten" has no id/,
    );
    expect(() =>
      parseWgs84TopoJson(
        file([
          { id: 'A', geometry: square(3, 51, 1) },
          { id: 'A', geometry: square(5, 51, 1) },
        ]),
        'nl.topojson',
        'gemeenten',
      ),
    ).toThrow(/id A occurs twice/);
    expect(() => parseWgs84TopoJson(file([{ id: 'GM1', geometry: square(155000, 463000, 100) }]), 'rd.topojson', 'gemeenten')).toThrow(
      /rd\.topojson: GM1 has the point .* not longitude\/latitude/,
    );
    expect(() => parseWgs84TopoJson('{', 'kapot.json', 'x')).toThrow(/kapot\.json: not JSON/);
  });
});

describe('clipToBox and d3Winding', () => {
  it('cuts a polygon at the box and drops parts outside it (the Caribbean Netherlands)', () => {
    const clipped = clipToBox({ type: 'MultiPolygon', coordinates: [square(4, 51, 2).coordinates, square(-68, 12, 1).coordinates] }, [-12, 40, 5, 59]);
    expect(clipped?.type).toBe('Polygon');
    const xs = (clipped as Polygon).coordinates[0]?.map((p) => p[0] ?? 0) ?? [];
    expect(Math.max(...xs)).toBe(5);
    expect(clipToBox(square(-68, 12, 1), [-12, 40, 22, 59])).toBeUndefined();
  });

  it('turns a polygon that would cover the rest of the globe the right way round', () => {
    const inverted: Polygon = { type: 'Polygon', coordinates: [[...(square(4, 51, 1).coordinates[0] ?? [])].reverse()] };
    expect(geoArea(inverted)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(d3Winding(inverted))).toBeLessThan(0.01);
  });
});
