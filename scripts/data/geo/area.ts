/** Spherical area comparison of GeoJSON geometries (d3-geo), used to check that dissolved regions cover Flanders. */
import { geoArea } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

/** Earth radius (m) used to turn steradians into square metres (mean radius, IUGG). */
export const EARTH_RADIUS_M = 6371008.8;

/** Area in km² of a geometry or feature in d3-geo winding (exterior rings clockwise). */
export function areaKm2(object: GeoPermissibleObjects): number {
  const sr = geoArea(object);
  // A wrongly wound ring covers the rest of the sphere; report it instead of a huge number.
  if (sr > 2 * Math.PI) throw new Error('geometry has inverted winding (area larger than a hemisphere)');
  return (sr * EARTH_RADIUS_M * EARTH_RADIUS_M) / 1e6;
}

/** |a − b| / b. */
export function relativeDifference(a: number, b: number): number {
  if (b === 0) return a === 0 ? 0 : Infinity;
  return Math.abs(a - b) / Math.abs(b);
}

/** Throws `${label}: …` when the two areas (km²) differ by more than `tolerance` (relative). */
export function assertAreasMatch(label: string, actualKm2: number, expectedKm2: number, tolerance: number): void {
  const diff = relativeDifference(actualKm2, expectedKm2);
  if (!(diff <= tolerance)) {
    throw new Error(
      `${label}: area ${actualKm2.toFixed(1)} km² differs from ${expectedKm2.toFixed(1)} km² by ${(diff * 100).toFixed(3)} % (tolerance ${(tolerance * 100).toFixed(3)} %)`,
    );
  }
}
