/** Simplifies a topology for a drawing of a given size, keeping shared borders shared (topojson-simplify, Visvalingam). */
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/**
 * Drops vertices whose triangle is smaller than `pixels`² on a drawing `widthPx` wide that spans `spanDegrees` of longitude.
 * e.g. Flanders (≈3.4° wide) on 800 px with 1 px: triangles under ≈ (0.0043°)² disappear.
 */
export function simplifyForDrawing(topology: Topology, widthPx: number, spanDegrees: number, pixels = 1): Topology {
  const degreesPerPixel = spanDegrees / widthPx;
  const minWeight = (pixels * degreesPerPixel) ** 2;
  type SimplifiableTopology = Parameters<typeof presimplify>[0];
  return simplify(presimplify(structuredClone(topology) as SimplifiableTopology), minWeight);
}
