/** Build-time locator map: one municipality in its vervoerregio and referentieregio, as a few small SVG paths over Flanders. */
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { createSvgProjection } from '../shared/projection.ts';
import { simplifyForDrawing } from '../shared/simplify.ts';
import { borders, groupOf, mergeGroups } from '../shared/topology.ts';

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
  /** Layers for the municipality made of these 2019–2024 NIS codes; `samen` lists codes whose union is drawn as an outline. */
  layers(members: readonly string[], samen?: readonly string[]): LocatorLayers;
}

/**
 * `topology` is data/gemeenten.topo.json (object `gemeenten`, ids = 2019–2024 NIS codes); `vervoerregioOf` and
 * `referentieregioOf` map every id to its region in the division drawn. Region outlines are computed once each.
 */
export function createLocator(
  topology: Topology,
  vervoerregioOf: Readonly<Record<string, string>>,
  referentieregioOf: Readonly<Record<string, string>>,
  width = 240,
): Locator {
  // Coarse on purpose (3 px): a locator only has to show where; every page carries these paths.
  const simple = simplifyForDrawing(topology, width, 3.4, 3);
  const geoms = (simple.objects['gemeenten'] as GeometryCollection).geometries;
  const byId = new Map(geoms.map((g) => [String(g.id ?? ''), g]));
  const flanders = mergeGroups(simple, 'gemeenten', () => 'vlaanderen');
  const outline: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...flanders.values()].map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const projection = createSvgProjection(outline, width, 3);
  const frame: LocatorFrame = {
    width: projection.width,
    height: projection.height,
    outline: projection.path(outline),
    borders: projection.path(borders(simple, 'gemeenten', (a, b) => b !== undefined && vervoerregioOf[a] !== vervoerregioOf[b])),
  };
  const regionPaths = (table: Readonly<Record<string, string>>): Map<string, string> =>
    new Map([...mergeGroups(simple, 'gemeenten', groupOf(table))].map(([code, geometry]) => [code, projection.path(geometry)]));
  const vr = regionPaths(vervoerregioOf);
  const rr = regionPaths(referentieregioOf);
  const union = (codes: readonly string[]) =>
    merge(
      simple,
      codes.map((nis) => {
        const g = byId.get(nis);
        if (!g) throw new Error(`locator: NIS ${nis} staat niet in de topologie`);
        return g;
      }) as Parameters<typeof merge>[1],
    );
  return {
    frame,
    layers(members, samen) {
      const first = members[0] ?? '';
      const shape = union(members);
      const layers: LocatorLayers = {
        gemeente: projection.path(shape),
        marker: projection.labelPoint(shape),
        vervoerregio: vr.get(vervoerregioOf[first] ?? '') ?? '',
        referentieregio: rr.get(referentieregioOf[first] ?? '') ?? '',
      };
      if (!layers.vervoerregio || !layers.referentieregio) throw new Error(`locator: ${first} heeft geen vervoerregio of referentieregio`);
      if (samen && samen.length > 0) layers.samen = projection.path(union(samen));
      return layers;
    },
  };
}
