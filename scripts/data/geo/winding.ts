/** Ring order for d3-geo: exterior rings clockwise on the sphere, so a polygon covers its inside, never the rest of the globe. */
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const reversed = (rings: Position[][]): Position[][] => rings.map((ring) => [...ring].reverse());
/** A polygon whose area exceeds a hemisphere is wound the other way round: reverse its rings. */
const fix = (rings: Position[][]): Position[][] => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? reversed(rings) : rings);

/** The geometry with each polygon wound as d3-geo expects. */
export function d3Winding(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => fix(rings)) };
}
