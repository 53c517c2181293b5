/** Fits a Web Mercator projection to GeoJSON and turns features into compact SVG path data and label points for the build-time map. */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import polylabel from 'polylabel';
import type { Geometry, Position } from 'geojson';
import type { MapView } from './island.ts';
import { topologyZoom } from './zoom.ts';

export interface SvgProjection {
  width: number;
  height: number;
  /** SVG path data of any GeoJSON object: whole units (the drawing is 800 units wide), relative steps, repeated points dropped. */
  path(object: GeoPermissibleObjects): string;
  /** Screen position of a longitude/latitude pair. */
  point(lonLat: readonly [number, number]): [number, number];
  /** A point well inside the largest polygon of a geometry (pole of inaccessibility), for its label. */
  labelPoint(geometry: Geometry): [number, number];
  /** Longitude/latitude of a screen position (the inverse of `point`), rounded to 5 decimals. */
  invert(xy: readonly [number, number]): [number, number];
}

/**
 * A d3-geo path context that writes whole units with relative `l` steps ("M12 34l1 2 3-4z") and skips points that
 * round onto the previous one: about half the bytes of absolute coordinates, and it compresses better.
 */
export class CompactPathContext {
  #d = '';
  #x = 0;
  #y = 0;
  #inLine = false;

  moveTo(x: number, y: number): void {
    this.#x = Math.round(x);
    this.#y = Math.round(y);
    this.#d += `M${String(this.#x)} ${String(this.#y)}`;
    this.#inLine = false;
  }

  lineTo(x: number, y: number): void {
    const dx = Math.round(x) - this.#x;
    const dy = Math.round(y) - this.#y;
    if (dx === 0 && dy === 0) return;
    this.#x += dx;
    this.#y += dy;
    this.#d += `${this.#inLine ? (dx < 0 ? '' : ' ') : 'l'}${String(dx)}${dy < 0 ? '' : ' '}${String(dy)}`;
    this.#inLine = true;
  }

  closePath(): void {
    this.#d += 'z';
    this.#inLine = false;
  }

  arc(): void {
    // Points are not drawn on these maps.
  }

  beginPath(): void {
    // Nothing to do: `moveTo` starts every ring.
  }

  /** The path data written so far; starts a new path. */
  result(): string {
    const d = this.#d;
    this.#d = '';
    return d;
  }
}

function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj + xi) * (yj - yi);
  }
  return Math.abs(sum / 2);
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** A Mercator projection that fits `extent` into `width` pixels (plus padding); the height follows from the shape. */
export function createSvgProjection(extent: GeoPermissibleObjects, width: number, padding = 8): SvgProjection {
  const projection = geoMercator().fitWidth(width - 2 * padding, extent);
  const [[, y0], [, y1]] = geoPath(projection).bounds(extent);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] - y0 + padding]);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  const context = new CompactPathContext();
  const pathGenerator = geoPath(projection, context);
  const point = (lonLat: readonly [number, number]): [number, number] => {
    const xy = projection([lonLat[0], lonLat[1]]) ?? [0, 0];
    return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
  };
  const invert = (xy: readonly [number, number]): [number, number] => {
    const [lon = 0, lat = 0] = projection.invert?.([xy[0], xy[1]]) ?? [];
    return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
  };
  return {
    width,
    height,
    invert,
    path: (object) => {
      pathGenerator(object);
      return context.result();
    },
    point,
    labelPoint(geometry) {
      const projected = polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => point([lon, lat]))));
      const largest = projected.reduce<[number, number][][] | undefined>(
        (best, polygon) => (!best || ringArea(polygon[0] ?? []) > ringArea(best[0] ?? []) ? polygon : best),
        undefined,
      );
      if (!largest) return [0, 0];
      const [x = 0, y = 0] = polylabel(largest, 0.5);
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
}

/** The view of a drawing for its island: the geographic corners of its viewBox and the zoom range of `topology` (named `file` in errors). */
export function mapView(projection: SvgProjection, topology: unknown, file: string): MapView {
  const [west, north] = projection.invert([0, 0]);
  const [east, south] = projection.invert([projection.width, projection.height]);
  const { min, max } = topologyZoom(topology, file);
  return { bbox: [west, south, east, north], zoom: [min, max] };
}
