/**
 * Regions as merges of one municipality topology, the same at build time and in the browser: a membership table
 * (municipality id → region code) turns the shared arcs into region outlines, borders and neighbours.
 */
import { merge, mergeArcs, mesh, meshArcs, neighbors } from 'topojson-client';
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

/**
 * Arc-index lists into the topology: what the browser draws without merging anything (shared/arcs.ts decodes them). An
 * outline is `polygons → rings → arcs`, each ring delta-coded (its first arc index as is, then each the difference to the
 * previous one; an arc `~i` runs backwards), because neighbouring arcs have neighbouring indices and small numbers
 * compress well. A border set is the sorted indices of its arcs, delta-coded the same way (each arc drawn on its own).
 */
export type PolygonArcs = number[][][];
export type ArcSet = number[];

/** Delta-codes a list of numbers (see `PolygonArcs`). */
export function deltaCode(list: readonly number[]): number[] {
  return list.map((n, i) => n - (i > 0 ? (list[i - 1] ?? 0) : 0));
}

/** One outline per group as delta-coded arc lists: the outlines of `mergeGroups` (topojson-client `mergeArcs`), at build time. */
export function outlineArcs(topology: Topology, object: string, group: GroupOf): Map<string, PolygonArcs> {
  const out = new Map<string, PolygonArcs>();
  for (const [key, members] of byGroup(topology, object, group)) {
    const { arcs } = mergeArcs(topology, members as Parameters<typeof mergeArcs>[1]) as unknown as { arcs: PolygonArcs };
    out.set(
      key,
      arcs.map((rings) => rings.map(deltaCode)),
    );
  }
  return out;
}

/** The arcs of the borders where `draw(a, b)` holds (as `borders`), as a delta-coded sorted set. */
export function borderArcSet(topology: Topology, object: string, draw: (a: string, b: string | undefined) => boolean): ArcSet {
  const collection = { type: 'GeometryCollection', geometries: geometriesOf(topology, object) } as GeometryCollection;
  const lines = meshArcs(topology, collection, (a, b) => draw(String(a.id ?? ''), a === b ? undefined : String(b.id ?? ''))).arcs;
  return deltaCode([...new Set(lines.flat().map((i) => (i < 0 ? ~i : i)))].sort((a, b) => a - b));
}
