/** TopoJSON helpers: build a topology, simplify it, prune unused arcs and quantize, all deterministically. */
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { EARTH_RADIUS_M } from './geo/area';
import type { ZoomRange } from '../../src/maps/shared/zoom.ts';

export type Topo = TopoJSON.Topology<TopoJSON.Objects>;
export type TopoPolygon = TopoJSON.Polygon | TopoJSON.MultiPolygon;

/** Simplification and quantization settings. */
export interface TopoSettings {
  /**
   * Visvalingam threshold in m²: a vertex is dropped when the triangle it forms with its neighbours is smaller.
   * At zoom 11 one screen pixel is about 48 m in Flanders, so 2000 m² (about 17 m offset on a 240 m base) stays below half a pixel up to zoom ~11.
   */
  minTriangleM2: number;
  /** Grid size for quantization (points per axis over the bounding box). */
  quantization: number;
}

export const DEFAULT_TOPO_SETTINGS: TopoSettings = { minTriangleM2: 2000, quantization: 50_000 };

/**
 * Settings of data/gemeenten.topo.json, derived from the largest zoom a reader can reach (the live map's maxZoom, 9).
 * A figure is at most 800 px wide; Flanders (3.4° of longitude) fits that at zoom 8.4, a 360 px phone at zoom 7.2; the
 * map allows zooming to 9 (1.5× the widest figure, 3.5× a phone), where one pixel is 192 m at 51° N. Visvalingam weights
 * scale with the square of the pixel: 2000 m² stays below half a pixel at zoom 11 (48 m), so 32 000 m² = 2000 × (192/48)²
 * does at zoom 9. Quantization: Flanders is 238 km wide; 3000 steps give 79 m, under half a pixel at zoom 9 (the same
 * number of steps over its 111 km height gives 37 m); 2500 steps would lose 9 % of Herstappe (1.4 km²). Result: ≈ 28 KB
 * gzip for all 300 municipalities (budget 35 KB); zoom 9.5 (16 000 m², 4000 steps) cost 34 KB and left the vervoerregio
 * page above its 100 KB once live.
 */
export const GEMEENTEN_TOPO_SETTINGS: TopoSettings = { minTriangleM2: 32_000, quantization: 3000 };
/**
 * Settings of data/meetjesland.topo.json (Oost-Vlaanderen, 1.05° of longitude): an 800 px figure shows the province at
 * zoom 10, a 360 px phone at 8.9; the live map allows zoom 11, where a pixel is 48 m, so the 2000 m² of the original
 * derivation stay below half a pixel. Quantization: 73 km over 4000 steps = 18 m, under half a pixel at zoom 11.
 */
export const MEETJESLAND_TOPO_SETTINGS: TopoSettings = { minTriangleM2: 2000, quantization: 4000 };
/**
 * The zoom range each topology declares (its `zoom` member, read by every live map drawn from it, src/maps/shared/zoom.ts):
 * the largest zoom is the one its simplification is derived for (above); the smallest shows the whole area on a phone.
 */
export const GEMEENTEN_ZOOM: ZoomRange = { min: 7, max: 9 };
export const MEETJESLAND_ZOOM: ZoomRange = { min: 8, max: 11 };

/** The topology with its zoom range as the foreign member `zoom: [min, max]` (last, so the rest of the file stays as it was). */
export function withZoom<T extends object>(topo: T, zoom: ZoomRange): T & { zoom: [number, number] } {
  return { ...topo, zoom: [zoom.min, zoom.max] };
}

/** Builds an unquantized topology; input coordinates must already be rounded so shared borders match exactly. */
export function buildTopology(objects: Record<string, FeatureCollection<Polygon | MultiPolygon>>): Topo {
  return topology(objects) as Topo;
}

/** An unquantized topology of municipalities (object `all`, properties `{ nis }`), its geometries and each NIS code's index. */
export function municipalityTopology(municipalities: ReadonlyArray<{ nis: string; geometry: Polygon | MultiPolygon }>): {
  raw: Topo;
  geometries: Array<TopoPolygon & { properties: { nis: string } }>;
  index: Map<string, number>;
} {
  const all: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: municipalities.map((m) => ({ type: 'Feature', properties: { nis: m.nis }, geometry: m.geometry })),
  };
  const raw = buildTopology({ all });
  const geometries = (raw.objects['all'] as TopoJSON.GeometryCollection<{ nis: string }>).geometries as Array<TopoPolygon & { properties: { nis: string } }>;
  return { raw, geometries, index: new Map(geometries.map((g, i) => [g.properties.nis, i])) };
}

/** Visvalingam simplification with spherical triangle areas; arc endpoints (junctions) are always kept. */
export function simplifyTopology(topo: Topo, minTriangleM2: number): Topo {
  const pre = presimplify(topo, sphericalTriangleArea);
  const minWeight = minTriangleM2 / (EARTH_RADIUS_M * EARTH_RADIUS_M);
  const out: Topo = simplify(pre, minWeight);
  delete (out as { transform?: unknown }).transform;
  return out;
}

/** Removes arcs no object refers to and renumbers the others (order kept). */
export function pruneArcs(topo: Topo): Topo {
  const used = new Array<boolean>(topo.arcs.length).fill(false);
  const visitRings = (rings: number[][]): void => {
    for (const ring of rings) for (const a of ring) used[a < 0 ? ~a : a] = true;
  };
  const visit = (g: TopoJSON.GeometryObject): void => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else if (g.type === 'Polygon') visitRings(g.arcs);
    else if (g.type === 'MultiPolygon') g.arcs.forEach(visitRings);
    else if (g.type === 'LineString') visitRings([g.arcs]);
    else if (g.type === 'MultiLineString') visitRings(g.arcs);
  };
  Object.values(topo.objects).forEach(visit);
  const index = new Array<number>(topo.arcs.length).fill(-1);
  const arcs: TopoJSON.Arc[] = [];
  topo.arcs.forEach((arc, i) => {
    if (used[i]) {
      index[i] = arcs.length;
      arcs.push(arc);
    }
  });
  const re = (a: number): number => (a < 0 ? ~(index[~a] ?? -1) : (index[a] ?? -1));
  const reRings = (rings: number[][]): number[][] => rings.map((r) => r.map(re));
  const reindex = (g: TopoJSON.GeometryObject): TopoJSON.GeometryObject => {
    switch (g.type) {
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(reindex) };
      case 'Polygon':
        return { ...g, arcs: reRings(g.arcs) };
      case 'MultiPolygon':
        return { ...g, arcs: g.arcs.map(reRings) };
      case 'LineString':
        return { ...g, arcs: g.arcs.map(re) };
      case 'MultiLineString':
        return { ...g, arcs: reRings(g.arcs) };
      default:
        return g;
    }
  };
  const objects: Record<string, TopoJSON.GeometryObject> = {};
  for (const [k, g] of Object.entries(topo.objects)) objects[k] = reindex(g);
  return { ...topo, objects, arcs };
}

/** Quantizes (integer, delta-encoded arcs) with a transform derived from the bounding box. */
export function quantizeTopology(topo: Topo, quantization: number): Topo {
  return quantize<Topo['objects']>(topo, quantization);
}

/** A GeoJSON Feature from a TopoJSON geometry, for area checks with d3-geo. */
export function asFeature(geometry: MultiPolygon | Polygon): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry };
}

/** Number of positions over all arcs (a size indicator for the console report). */
export function countVertices(topo: Topo): number {
  return topo.arcs.reduce((n, a) => n + a.length, 0);
}
