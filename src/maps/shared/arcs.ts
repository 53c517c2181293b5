/**
 * The browser's half of the build-time merge (shared/topology.ts `outlineArcs`, `borderArcSet`): a topology's arcs decoded
 * once per page (quantized deltas → points) and joined into rings by delta-coded arc-index lists, so no region is merged
 * in the browser and no topojson-client is needed for it. Every point of a shared arc is one object, whichever outline or
 * line uses it (Leaflet keeps a `LatLng` it is given as it is).
 */
import type { Topology } from 'topojson-specification';
import type { ArcSet, PolygonArcs } from './topology.ts';

export type { ArcSet, PolygonArcs };

/** Undoes `deltaCode` (shared/topology.ts). */
export function deltaDecode(list: readonly number[]): number[] {
  let sum = 0;
  return list.map((n) => (sum += n));
}

/** A polygon geometry object of the topology (its arcs as they are, not delta-coded) as polygons → rings → arc indices. */
export function polygonArcsOf(geometry: { type: string | null; arcs?: unknown }): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs as number[][]];
  if (geometry.type === 'MultiPolygon') return geometry.arcs as number[][][];
  return [];
}

export interface ArcDecoder<P> {
  /** Delta-coded outlines (`outlineArcs`) → polygons → rings → points, each ring closed as in GeoJSON. */
  polygons(outline: PolygonArcs): P[][][];
  /** Plain arc indices (a geometry object's own, see `polygonArcsOf`) → polygons → rings → points. */
  rings(arcs: number[][][]): P[][][];
  /** A delta-coded arc set (`borderArcSet`) → one line of points per arc. */
  lines(set: ArcSet): P[][];
}

const decoded = new WeakMap<Topology, unknown[][]>();

/** Decodes the arcs of `topology` once (per topology object) into points made by `point(lng, lat)`. */
export function arcDecoder<P>(topology: Topology, point: (lng: number, lat: number) => P): ArcDecoder<P> {
  let arcs = decoded.get(topology) as P[][] | undefined;
  if (!arcs) {
    const transform = topology.transform;
    arcs = topology.arcs.map((arc) => {
      if (!transform) return arc.map(([x = 0, y = 0]) => point(x, y));
      const [kx, ky] = transform.scale;
      const [dx, dy] = transform.translate;
      let x = 0;
      let y = 0;
      return arc.map(([ax = 0, ay = 0]) => {
        x += ax;
        y += ay;
        return point(x * kx + dx, y * ky + dy);
      });
    });
    decoded.set(topology, arcs);
  }
  const all = arcs;
  /** The points along a chain of arcs; each arc after the first starts where the previous one ended. */
  const chain = (indices: readonly number[]): P[] => {
    const points: P[] = [];
    for (const index of indices) {
      const arc = all[index < 0 ? ~index : index] ?? [];
      if (points.length > 0) points.pop();
      if (index < 0) for (let i = arc.length - 1; i >= 0; i -= 1) points.push(arc[i] as P);
      else for (const p of arc) points.push(p);
    }
    return points;
  };
  /** A closed ring; one of fewer than four points (an arc of two points) is padded as topojson-client does. */
  const ring = (indices: readonly number[]): P[] => {
    const points = chain(indices);
    const first = points[0];
    while (first !== undefined && points.length < 4) points.push(first);
    return points;
  };
  return {
    polygons: (outline) => outline.map((rings) => rings.map((r) => ring(deltaDecode(r)))),
    rings: (list) => list.map((rings) => rings.map(ring)),
    lines: (set) => deltaDecode(set).map((index) => chain([index])),
  };
}
