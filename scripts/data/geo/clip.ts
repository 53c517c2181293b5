/** Clips polygons to a longitude/latitude box (e.g. the Netherlands to Europe): parts outside go, rings crossing the edge are cut (Sutherland–Hodgman). */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges([w, s, e, n]: Box): Edge[] {
  const at = (a: Position, b: Position, t: number): Position => [(a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * t, (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * t];
  const x = (p: Position): number => p[0] ?? 0;
  const y = (p: Position): number => p[1] ?? 0;
  return [
    { inside: (p) => x(p) >= w, cross: (a, b) => at(a, b, (w - x(a)) / (x(b) - x(a))) },
    { inside: (p) => x(p) <= e, cross: (a, b) => at(a, b, (e - x(a)) / (x(b) - x(a))) },
    { inside: (p) => y(p) >= s, cross: (a, b) => at(a, b, (s - y(a)) / (y(b) - y(a))) },
    { inside: (p) => y(p) <= n, cross: (a, b) => at(a, b, (n - y(a)) / (y(b) - y(a))) },
  ];
}

/** One closed ring clipped to the box; fewer than 4 positions means nothing is left. */
function clipRing(ring: readonly Position[], box: Box): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const out: Position[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] ?? current;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) out.push(edge.cross(previous, current));
    });
    points = out;
    if (points.length === 0) break;
  }
  return points.length >= 3 ? [...points, points[0] ?? [0, 0]] : [];
}

/** The geometry clipped to the box, or undefined when nothing of it lies inside. */
export function clipToBox(geometry: Polygon | MultiPolygon, box: Box): Polygon | MultiPolygon | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => clipRing(ring, box));
    if (!outer || outer.length === 0) continue;
    kept.push([outer, ...holes.filter((h) => h.length > 0)]);
  }
  if (kept.length === 0) return undefined;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] ?? [] } : { type: 'MultiPolygon', coordinates: kept };
}
