/**
 * Regions as merges of one municipality topology, at build time: a membership table (municipality id → region code)
 * turns the shared arcs into region outlines, borders and neighbours.
 */
import { merge, mergeArcs, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { MultiLineString, MultiPolygon } from 'geojson';

/** Membership: the id of a geometry (a NIS code) → the code of its group, or `undefined` when it belongs to none. */
export type GroupOf = (id: string) => string | undefined;

/** A table `{ nis: code }` as a `GroupOf`. */
export function groupOf(table: Readonly<Record<string, string>>): GroupOf {
  return (id) => table[id];
}

function geometriesOf(topology: Topology, object: string): GeometryObject[] {
  const collection = topology.objects[object] as GeometryCollection | undefined;
  if (!collection || collection.type !== 'GeometryCollection') throw new Error(`topologie: object "${object}" ontbreekt.`);
  return collection.geometries;
}

function byGroup(topology: Topology, object: string, group: GroupOf): Map<string, GeometryObject[]> {
  const groups = new Map<string, GeometryObject[]>();
  for (const g of geometriesOf(topology, object)) {
    const key = group(String(g.id ?? ''));
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return groups;
}

/** One outline per group (inner borders dissolved), in order of first appearance. */
export function mergeGroups(topology: Topology, object: string, group: GroupOf): Map<string, MultiPolygon> {
  const out = new Map<string, MultiPolygon>();
  for (const [key, members] of byGroup(topology, object, group)) out.set(key, merge(topology, members as Parameters<typeof merge>[1]));
  return out;
}

/** The groups that share a border with each group (sorted), e.g. to colour neighbours apart. */
export function groupNeighbours(topology: Topology, object: string, group: GroupOf): Map<string, string[]> {
  const groups = [...byGroup(topology, object, group)];
  const merged = groups.map(([, members]) => mergeArcs(topology, members as Parameters<typeof mergeArcs>[1]));
  const adjacency = neighbors(merged);
  return new Map(
    groups.map(([key], i) => [key, (adjacency[i] ?? []).map((j) => groups[j]?.[0] ?? '').sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))]),
  );
}

/**
 * The borders where `draw(a, b)` holds, as one line geometry; `b` is `undefined` on the outer edge. For example the
 * municipality borders inside regions: `(a, b) => b !== undefined && region(a) === region(b)`.
 */
export function borders(topology: Topology, object: string, draw: (a: string, b: string | undefined) => boolean): MultiLineString {
  const collection = { type: 'GeometryCollection', geometries: geometriesOf(topology, object) } as GeometryCollection;
  return mesh(topology, collection, (a, b) => draw(String(a.id ?? ''), a === b ? undefined : String(b.id ?? '')));
}
