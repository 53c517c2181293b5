/** Reads a WGS84 TopoJSON file (cartomap/nl, world-atlas, swiss-maps), checks it and returns one object's polygons as features with string ids. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { d3Winding } from './geo/winding';
import { readInputText } from './io';

export interface TopoRecord {
  id: string;
  properties: Record<string, unknown>;
  /** WGS84, exterior rings clockwise (d3-geo's convention), whatever the file used. */
  geometry: Polygon | MultiPolygon;
}

/** Parses `text` (the content of `file`) and returns the polygons of `object`; every message names the file (and the id). */
export function parseWgs84TopoJson(text: string, file: string, object: string, options: { looseIds?: boolean } = {}): TopoRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const topology = json as Topology;
  if (topology?.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs)) throw new Error(`${file}: not a TopoJSON topology`);
  const collection = topology.objects[object] as GeometryCollection | undefined;
  if (collection?.type !== 'GeometryCollection') {
    throw new Error(`${file}: no object "${object}" (it has ${Object.keys(topology.objects).join(', ') || 'none'})`);
  }
  const features = (feature(topology, collection) as { features: Feature[] }).features;
  const seen = new Set<string>();
  const withId = options.looseIds ? features.filter((f) => f.id !== undefined && f.id !== null && f.id !== '') : features;
  return withId.map((f, i) => {
    const id = f.id === undefined || f.id === null ? '' : String(f.id);
    if (id === '') throw new Error(`${file}: geometry ${String(i)} of "${object}" has no id`);
    if (seen.has(id) && !options.looseIds) throw new Error(`${file}: id ${id} occurs twice in "${object}"`);
    seen.add(id);
    const geometry = f.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') throw new Error(`${file}: ${id} in "${object}" is not a polygon`);
    for (const position of geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2)) {
      const [lon = NaN, lat = NaN] = position;
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) throw new Error(`${file}: ${id} has the point ${String(lon)}, ${String(lat)}, not longitude/latitude (WGS84)`);
    }
    return { id, properties: { ...(f.properties ?? {}) }, geometry: d3Winding(geometry) };
  });
}

/** Reads `file` and returns the polygons of `object` (see parseWgs84TopoJson); `looseIds` for world-atlas, where a few disputed areas have no id and a few ids recur (the caller then picks by id and checks there is one). */
export async function readWgs84TopoJson(file: string, object: string, options: { looseIds?: boolean } = {}): Promise<TopoRecord[]> {
  return parseWgs84TopoJson(await readInputText(file), file, object, options);
}
