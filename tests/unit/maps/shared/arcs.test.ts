import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { loadGemeenten, division } from '../../../../src/maps/flanders/gemeenten.ts';
import { arcDecoder, deltaDecode, polygonArcsOf } from '../../../../src/maps/shared/arcs.ts';
import { borderArcSet, borders, deltaCode, groupOf, mergeGroups, outlineArcs } from '../../../../src/maps/shared/topology.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const data = loadGemeenten();
const regionOf = groupOf(division(data, 'vervoerregio', '2025').regionOf);
const decoder = arcDecoder(data.topology, (lng, lat): Position => [lng, lat]);

/** The segments of some lines, each written the same way whichever direction it runs. */
function segments(lines: Position[][]): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (let i = 1; i < line.length; i += 1) {
      const [a, b] = [String(line[i - 1]), String(line[i])].sort();
      out.push(`${a ?? ''}|${b ?? ''}`);
    }
  return out.sort();
}

describe('outlines merged at build time, drawn in the browser', () => {
  test('delta-coding is undone exactly, reversed arcs included', () => {
    const list = [12, 13, ~14, 3, ~2, 900];
    expect(deltaDecode(deltaCode(list))).toEqual(list);
  });

  test('every vervoerregio outline decoded from its arc lists is the outline topojson-client merges, point for point', () => {
    const merged = mergeGroups(data.topology, 'gemeenten', regionOf);
    const arcs = outlineArcs(data.topology, 'gemeenten', regionOf);
    expect([...arcs.keys()]).toEqual([...merged.keys()]);
    for (const [code, outline] of arcs) expect(decoder.polygons(outline)).toEqual(merged.get(code)?.coordinates);
  });

  test('a border arc set draws the same segments as the mesh topojson-client builds', () => {
    const between = (a: string, b: string | undefined): boolean => b !== undefined && regionOf(a) !== regionOf(b);
    expect(segments(decoder.lines(borderArcSet(data.topology, 'gemeenten', between)))).toEqual(
      segments(borders(data.topology, 'gemeenten', between).coordinates),
    );
  });

  test("a geometry object's own arcs decode to its GeoJSON coordinates; points of shared arcs are one object", () => {
    const collection = data.topology.objects['gemeenten'] as GeometryCollection;
    const features = (feature(data.topology, collection) as FeatureCollection<Polygon | MultiPolygon>).features;
    collection.geometries.forEach((geometry, i) => {
      const f = features[i]?.geometry;
      const expected = f?.type === 'Polygon' ? [f.coordinates] : f?.coordinates;
      expect(decoder.rings(polygonArcsOf(geometry))).toEqual(expected);
    });
    const again = arcDecoder(data.topology, (lng, lat): Position => [lng, lat]);
    const [a] = collection.geometries;
    expect(again.rings(polygonArcsOf(a ?? { type: 'Polygon' }))[0]?.[0]?.[0]).toBe(decoder.rings(polygonArcsOf(a ?? { type: 'Polygon' }))[0]?.[0]?.[0]);
  });
});
