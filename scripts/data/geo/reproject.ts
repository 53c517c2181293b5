/** Reprojects polygon geometries from Belgian Lambert 72 to WGS84 and rounds the coordinates deterministically. */
import proj4 from 'proj4';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { LAMBERT72_PROJ4 } from './crs';

/** Decimals kept in WGS84 output: 1e-6° is about 0.1 m in Flanders, far below the source's ~120 m segments. */
const WGS84_DECIMALS = 6;

export type Project = (xy: readonly [number, number]) => [number, number];

/** Rounds half away from zero to `decimals` places; `-0` becomes `0` so output is byte-stable. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
  return r === 0 ? 0 : r;
}

/** A projector from EPSG:31370 (x, y in metres) to WGS84 [lon, lat], rounded to {@link WGS84_DECIMALS}. */
export function lambert72ToWgs84(decimals = WGS84_DECIMALS): Project {
  const converter = proj4(LAMBERT72_PROJ4, 'EPSG:4326');
  return ([x, y]) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`non-finite coordinate ${String(x)}, ${String(y)}`);
    const [lon, lat] = converter.forward([x, y]);
    if (lon === undefined || lat === undefined) throw new Error(`projection failed for ${String(x)}, ${String(y)}`);
    return [roundTo(lon, decimals), roundTo(lat, decimals)];
  };
}

/** Applies `project` to every ring, dropping consecutive duplicates created by rounding (rings stay closed). */
function projectRing(ring: Position[], project: Project): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const x = p[0];
    const y = p[1];
    if (x === undefined || y === undefined) throw new Error('coordinate without x or y');
    const q = project([x, y]);
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/** Reprojects a Polygon or MultiPolygon; the geometry type is kept. */
export function reprojectGeometry<G extends Polygon | MultiPolygon>(geometry: G, project: Project): G {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => projectRing(r, project)) } as G;
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((poly) => poly.map((r) => projectRing(r, project))),
  } as G;
}
