import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaKm2, assertAreasMatch, relativeDifference } from '../../../../../scripts/data/geo/area';

// ~0.1° square near Gent, exterior ring clockwise (d3-geo convention, as the shapefiles deliver it).
const cw: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [3.7, 51.0],
      [3.7, 51.1],
      [3.8, 51.1],
      [3.8, 51.0],
      [3.7, 51.0],
    ],
  ],
};

describe('areaKm2', () => {
  it('measures a small square (~0.1° × 0.1° at 51° N ≈ 78 km²)', () => {
    expect(areaKm2(cw)).toBeGreaterThan(75);
    expect(areaKm2(cw)).toBeLessThan(80);
  });

  it('refuses inverted winding instead of returning the rest of the globe', () => {
    const ccw: Polygon = { type: 'Polygon', coordinates: [[...(cw.coordinates[0] ?? [])].reverse()] };
    expect(() => areaKm2(ccw)).toThrow(/inverted winding/);
  });
});

describe('assertAreasMatch', () => {
  it('passes within tolerance and names the label when it fails', () => {
    expect(relativeDifference(101, 100)).toBeCloseTo(0.01);
    expect(() => assertAreasMatch('regions vs gewest.shp', 100.05, 100, 0.001)).not.toThrow();
    expect(() => assertAreasMatch('regions vs gewest.shp', 99, 100, 0.001)).toThrow(
      /^regions vs gewest\.shp: area 99\.0 km² differs from 100\.0 km² by 1\.000 %/,
    );
  });
});
