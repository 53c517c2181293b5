/** Build-time locator map: one municipality in its vervoerregio and referentieregio, as a few small SVG paths over Flanders. */
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { createSvgProjection } from './map-projection.ts';
import { propertyOf } from './topology-props.ts';
import { simplifyForDrawing } from './topology-simplify.ts';

export interface LocatorFrame {
  width: number;
  height: number;
  /** Outline of Flanders. */
  outline: string;
  /** The vervoerregio borders inside Flanders, as one mesh path. */
  borders: string;
}

export interface LocatorLayers {
  /** The municipality itself. */
  gemeente: string;
  /** A point inside it, for a ring that keeps small municipalities visible. */
  marker: [number, number];
  vervoerregio: string;
  referentieregio: string;
  /** Optional outline of a larger area it belongs to (the 2025 municipality a merged-away one became part of). */
  samen?: string;
}

export interface Locator {
  frame: LocatorFrame;
  /** Layers for one municipality; `samen` lists NIS codes whose union is drawn as an outline. */
  layers(nis: string, samen?: readonly string[]): LocatorLayers;
}

type Geom = (Polygon | MultiPolygon) & { properties?: { nis?: string; vr?: string } };

/**
 * `topology` is a vervoerregio topology of data/ (objects `gemeenten` with `nis`/`vr`, and `vlaanderen`);
 * `referentieregioOf` maps every NIS code to its referentieregio code. Outlines are computed once per region.
 */
export function createLocator(topology: Topology, referentieregioOf: ReadonlyMap<string, string>, width = 240): Locator {
  // Coarse on purpose (3 px): a locator only has to show where; every page carries these paths.
  const simple = simplifyForDrawing(topology, width, 3.4, 3);
  const gemeenten = simple.objects['gemeenten'] as GeometryCollection;
  const geoms = gemeenten.geometries as Geom[];
  const byNis = new Map(geoms.map((g) => [propertyOf(g, 'nis') ?? '', g]));
  const vlaanderen = feature(simple, simple.objects['vlaanderen'] as GeometryCollection);
  const projection = createSvgProjection(vlaanderen, width, 3);
  const frame: LocatorFrame = {
    width: projection.width,
    height: projection.height,
    outline: projection.path(vlaanderen),
    borders: projection.path(mesh(simple, gemeenten, (a, b) => a !== b && propertyOf(a, 'vr') !== propertyOf(b, 'vr'))),
  };
  const pick = (codes: readonly string[]): Geom[] =>
    codes.map((nis) => {
      const g = byNis.get(nis);
      if (!g) throw new Error(`locator: NIS ${nis} is not in the topology`);
      return g;
    });
  const cache = new Map<string, string>();
  const outlineOf = (key: string, members: () => Geom[]): string => {
    let d = cache.get(key);
    if (d === undefined) {
      d = projection.path(merge(simple, members()));
      cache.set(key, d);
    }
    return d;
  };
  return {
    frame,
    layers(nis, samen) {
      const [g] = pick([nis]);
      const vr = propertyOf(g as Geom, 'vr') ?? '';
      const rr = referentieregioOf.get(nis);
      if (rr === undefined) throw new Error(`locator: NIS ${nis} has no referentieregio`);
      const f = feature(simple, g as Geom) as Feature<Geometry>;
      const layers: LocatorLayers = {
        gemeente: projection.path(f),
        marker: projection.labelPoint(f.geometry),
        vervoerregio: outlineOf(`vr:${vr}`, () => geoms.filter((x) => propertyOf(x, 'vr') === vr)),
        referentieregio: outlineOf(`rr:${rr}`, () => geoms.filter((x) => referentieregioOf.get(propertyOf(x, 'nis') ?? '') === rr)),
      };
      if (samen && samen.length > 0) layers.samen = projection.path(merge(simple, pick(samen)));
      return layers;
    },
  };
}
