/**
 * Build-time model of the figure "Over de grens", from data/over-de-grens.* (validated): the Westerschelde map (Zeeland
 * and Oost-Vlaanderen, the two Regio Deals, vervoerregio Gent) with its island for the live map, the locator of Western
 * Europe and the cantons of St.Gallen-Bodensee (static only), and the table rows. No Flemish module is needed.
 */
import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { overDeGrensSchema, type OverDeGrensData } from '../../lib/geo/over-de-grens-schema.ts';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { parseWith } from '../../lib/parse.ts';
import { GRENS_AGGLOMERATIE, GRENS_DEALS, GRENS_VERVOERREGIO } from '../../facts/over-de-grens.ts';
import { separateLabels, type MapLabel } from '../shared/labels.ts';
import { createSvgProjection, mapView, type SvgProjection } from '../shared/projection.ts';
import { simplifyForDrawing } from '../shared/simplify.ts';
import { topologyZoom } from '../shared/zoom.ts';
import type { GrensLayer, OverDeGrensIsland } from './view.ts';

export const OVER_DE_GRENS_FILES = {
  topology: 'data/over-de-grens.topo.json',
  context: 'data/over-de-grens-context.topo.json',
  data: 'data/over-de-grens.json',
} as const;

type Shape = Polygon | MultiPolygon;

export interface PanelShape {
  id: string;
  naam?: string | undefined;
  d: string;
}

export interface OverDeGrensModel {
  island: OverDeGrensIsland;
  main: {
    projection: SvgProjection;
    /** The two provinces filled, and the municipality borders inside them as one path (each border drawn once). */
    landen: Array<{ land: 'NL' | 'BE'; d: string }>;
    inner: string;
    /** Per layer: the outline (gebied, grens) or the members' shapes (deelnemers). */
    layers: Array<{ id: string; kind: GrensLayer['kind']; onzeker: boolean; d: string }>;
    provinceBorder: string;
    labels: MapLabel[];
    fontSize: number;
  };
  locator: { projection: SvgProjection; landen: PanelShape[]; marked: PanelShape[]; labels: MapLabel[]; fontSize: number };
  /** Switzerland filled once, the canton borders as one path, the programme's cantons on top. */
  swiss: {
    projection: SvgProjection;
    land: string;
    borders: string;
    kantons: Array<PanelShape & { drager: boolean }>;
    lake: string;
    labels: MapLabel[];
    fontSize: number;
  };
  rows: Array<{ id: string; naam: string; datum: string; toont: string; leden: string }>;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: niet te lezen als JSON (${(error as Error).message}).`, { cause: error });
  }
}

/** The three files, checked: the topology declares its zoom range, every id of the JSON has a geometry and the other way round. */
export function parseOverDeGrens(
  topologyJson: unknown,
  contextJson: unknown,
  dataJson: unknown,
  files: { topology: string; context: string; data: string } = OVER_DE_GRENS_FILES,
): { topology: Topology; context: Topology; data: OverDeGrensData } {
  const topology = topologyJson as Topology;
  if (topology?.type !== 'Topology' || topology.objects?.['gemeenten']?.type !== 'GeometryCollection')
    throw new Error(`${files.topology}: geen topologie met het object "gemeenten".`);
  topologyZoom(topology, files.topology);
  const context = contextJson as Topology;
  for (const name of ['landen', 'vlaanderen', 'zeeland', 'kantons', 'bodensee']) {
    if (context?.type !== 'Topology' || context.objects?.[name]?.type !== 'GeometryCollection')
      throw new Error(`${files.context}: het object "${name}" ontbreekt.`);
  }
  const data = parseWith(overDeGrensSchema, dataJson, files.data);
  const ids = new Set((topology.objects['gemeenten'] as GeometryCollection).geometries.map((g) => String(g.id)));
  const known = new Set(data.gemeenten.map((g) => g.id));
  for (const id of ids) if (!known.has(id)) throw new Error(`${files.data}: gemeente ${id} van ${files.topology} ontbreekt.`);
  for (const id of known) if (!ids.has(id)) throw new Error(`${files.topology}: geen geometrie voor gemeente ${id} uit ${files.data}.`);
  for (const list of [data.vervoerregio.leden, ...data.deals.map((d) => d.leden)]) {
    for (const id of list) if (!known.has(id)) throw new Error(`${files.data}: onbekende gemeente ${id} in een laag.`);
  }
  for (const deal of GRENS_DEALS)
    if (!data.deals.some((d) => d.id === deal.id)) throw new Error(`${files.data}: de deal "${deal.id}" ontbreekt; draai npm run data.`);
  const kantonIds = new Set((context.objects['kantons'] as GeometryCollection).geometries.map((g) => String(g.id)));
  for (const k of data.kantons) if (!kantonIds.has(k.id)) throw new Error(`${files.context}: kanton ${k.id} (${k.naam}) ontbreekt.`);
  return { topology, context, data };
}

let cached: ReturnType<typeof parseOverDeGrens> | undefined;

/** Reads and checks data/over-de-grens.* once per build. */
export function loadOverDeGrens(): ReturnType<typeof parseOverDeGrens> {
  cached ??= parseOverDeGrens(readJson(OVER_DE_GRENS_FILES.topology), readJson(OVER_DE_GRENS_FILES.context), readJson(OVER_DE_GRENS_FILES.data));
  return cached;
}

/** The polygons of an object; a part that simplification collapsed (d3-geo then reads it as the whole globe) is left out. */
const shapes = (topology: Topology, object: string): Array<{ id: string; geometry: Shape }> =>
  (feature(topology, topology.objects[object] as GeometryCollection) as FeatureCollection<Shape>).features
    .filter((f) => geoArea(f) < 2 * Math.PI)
    .map((f) => ({ id: String(f.id), geometry: f.geometry }));

const mergedOf = (topology: Topology, object: string, keep: (id: string) => boolean): MultiPolygon =>
  merge(topology, (topology.objects[object] as GeometryCollection<object>).geometries.filter((g) => keep(String(g.id))) as Parameters<typeof merge>[1]);

const collection = (geometries: readonly Shape[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry): Feature => ({ type: 'Feature', properties: {}, geometry })),
});

/** Four decimals: 11 m, far below a pixel at the live map's largest zoom (96 m). */
const round4 = ([lng, lat]: [number, number]): [number, number] => [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];

/** The label lines of a placed label: one line per name (the map's names are short). */
const label = (key: string, naam: string, [x, y]: [number, number]): MapLabel => ({ key, lines: [naam], x, y });

export function overDeGrensModel(loaded: ReturnType<typeof parseOverDeGrens>): OverDeGrensModel {
  const { data } = loaded;
  const naamOf = new Map(data.gemeenten.map((g) => [g.id, g.naam]));
  const landOf = new Map(data.gemeenten.map((g) => [g.id, g.land]));

  // --- the Westerschelde: 800 units over ≈1.05° of longitude, shown at most 34rem wide; triangles under 6 × 6 units (4 px) go, for bytes.
  const topology = simplifyForDrawing(loaded.topology, 800, 1.05, 6);
  const gemeenten = shapes(topology, 'gemeenten');
  const projection = createSvgProjection(collection(gemeenten.map((g) => g.geometry)), 800, 6);
  const dealLayers: GrensLayer[] = GRENS_DEALS.map((deal) => ({
    id: deal.id,
    naam: deal.naam,
    kind: deal.dekking,
    onzeker: deal.onzeker,
    leden: data.deals.find((d) => d.id === deal.id)?.leden ?? [],
    omschrijving: deal.omschrijving,
  }));
  const vervoerregio: GrensLayer = {
    id: 'vervoerregio-gent',
    naam: GRENS_VERVOERREGIO.naam,
    kind: 'grens',
    onzeker: false,
    leden: data.vervoerregio.leden,
    omschrijving:
      'De grens van vervoerregio Gent in de indeling van 2025 (Provincies in Cijfers): geen Regio Deal, wel de Vlaamse regio waarin Gent samenwerkt.',
  };
  const layers = [...dealLayers, vervoerregio];
  const layerPath = (layer: GrensLayer): string => {
    const members = new Set(layer.leden);
    if (layer.kind === 'deelnemers') return projection.path(collection(gemeenten.filter((g) => members.has(g.id)).map((g) => g.geometry)));
    return projection.path(mergedOf(topology, 'gemeenten', (id) => members.has(id)));
  };
  const nsp = dealLayers.find((l) => l.kind === 'deelnemers');
  const fontSize = 12;
  const mainLabels = separateLabels(
    [
      ...(nsp?.leden ?? []).map((id) => label(id, naamOf.get(id) ?? id, projection.labelPoint(gemeenten.find((g) => g.id === id)?.geometry as Shape))),
      label('zeeland', 'ZEELAND', projection.labelPoint(mergedOf(topology, 'gemeenten', (id) => landOf.get(id) === 'NL'))),
      label('oost-vlaanderen', 'OOST-VLAANDEREN', projection.labelPoint(mergedOf(topology, 'gemeenten', (id) => landOf.get(id) === 'BE'))),
    ],
    fontSize,
  );
  // Live labels: every municipality, the deals' members first, then the larger ones (the live map hides what collides).
  const area = (g: Shape): number => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat().length;
  const liveLabels = gemeenten
    .map((g) => {
      const [x, y] = projection.labelPoint(g.geometry);
      const member = layers.some((l) => l.kind === 'deelnemers' && l.leden.includes(g.id));
      return { id: g.id, naam: naamOf.get(g.id) ?? g.id, at: round4(projection.invert([x, y])), priority: (member ? 1000 : 0) + area(g.geometry) };
    })
    .sort((a, b) => b.priority - a.priority || compareNames(a.naam, b.naam))
    // The 32 most important are enough: the live map shows what fits, and the island stays small.
    .slice(0, 32);

  // --- the locator: lon −5…16, lat 43…55, 260 units wide -------------------------------------------------------------
  const context = simplifyForDrawing(loaded.context, 260, 21, 3);
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [-5, 43],
        [16, 55],
      ],
    },
  };
  const locator = createSvgProjection(frame, 260, 4);
  const landNaam = new Map(data.landen.map((l) => [l.id, l.naam]));
  const landen = shapes(context, 'landen').map((l) => ({ id: l.id, naam: landNaam.get(l.id), d: locator.path(l.geometry) }));
  const stGallen = shapes(loaded.context, 'kantons').find((k) => k.id === '17');
  const marked = [
    { id: 'vlaanderen', naam: 'Vlaanderen', geometry: shapes(context, 'vlaanderen')[0]?.geometry },
    { id: 'zeeland', naam: 'Zeeland', geometry: shapes(context, 'zeeland')[0]?.geometry },
    { id: 'st-gallen', naam: 'St. Gallen', geometry: stGallen?.geometry },
  ].filter((m): m is { id: string; naam: string; geometry: Shape } => m.geometry !== undefined);
  const locatorFont = 10;
  const locatorLabels = separateLabels(
    [
      ...['056', '528', '756'].map((id) => {
        const [x, y] = locator.labelPoint(shapes(context, 'landen').find((l) => l.id === id)?.geometry as Shape);
        return label(`land-${id}`, landNaam.get(id) ?? id, [x, y + (id === '056' ? 8 : id === '528' ? -8 : 9)]);
      }),
    ],
    locatorFont,
  );

  // --- the cantons: Switzerland (≈4.9°) 300 units wide, the programme's cantons marked --------------------------------
  const swissTopology = simplifyForDrawing(loaded.context, 300, 4.9, 2.5);
  const kantons = shapes(swissTopology, 'kantons');
  const swiss = createSvgProjection(collection(kantons.map((k) => k.geometry)), 300, 4);
  const dragers = new Set<string>(GRENS_AGGLOMERATIE.kantons.map((k) => k.code));
  const kantonNaam = new Map(data.kantons.map((k) => [k.id, k.naam]));
  const swissFont = 10;
  const swissLabels = separateLabels(
    kantons
      .filter((k) => dragers.has(k.id))
      .map((k) => label(`kanton-${k.id}`, k.id === '15' ? 'Appenzell A.Rh.' : (kantonNaam.get(k.id) ?? k.id), swiss.labelPoint(k.geometry))),
    swissFont,
  );

  const rows = [
    ...layers.map((layer) => {
      const deal = GRENS_DEALS.find((d) => d.id === layer.id);
      return {
        id: layer.id,
        naam: layer.naam,
        datum: deal ? (deal.datum.length === 4 ? deal.datum : '17 februari 2023') : '2025',
        toont: layer.omschrijving,
        leden: layer.leden
          .map((id) => naamOf.get(id) ?? id)
          .sort(compareNames)
          .join(', '),
      };
    }),
    {
      id: 'st-gallen-bodensee',
      naam: GRENS_AGGLOMERATIE.naam,
      datum: 'sinds de 3e generatie',
      toont: GRENS_AGGLOMERATIE.omschrijving,
      leden: GRENS_AGGLOMERATIE.kantons.map((k) => `kanton ${k.naam}`).join(', '),
    },
  ];

  const island: OverDeGrensIsland = {
    view: mapView(projection, loaded.topology, OVER_DE_GRENS_FILES.topology),
    param: 'regiodeal',
    layers,
    // Each municipality in the drawing's own units: the live map adds them to its copy of the drawing, for their tooltips and the chosen deal's fill.
    gemeenten: gemeenten.map((g) => ({ id: g.id, naam: naamOf.get(g.id) ?? g.id, d: projection.path(g.geometry) })),
    labels: liveLabels,
  };
  return {
    island,
    main: {
      projection,
      landen: (['NL', 'BE'] as const).map((land) => ({ land, d: projection.path(mergedOf(topology, 'gemeenten', (id) => landOf.get(id) === land)) })),
      inner: projection.path(
        mesh(topology, topology.objects['gemeenten'] as GeometryCollection, (a, b) => a !== b && landOf.get(String(a.id)) === landOf.get(String(b.id))),
      ),
      layers: layers.map((l) => ({ id: l.id, kind: l.kind, onzeker: l.onzeker, d: layerPath(l) })),
      provinceBorder: projection.path(mesh(topology, topology.objects['gemeenten'] as GeometryCollection, (a, b) => a === b)),
      labels: mainLabels,
      fontSize,
    },
    locator: {
      projection: locator,
      landen,
      marked: marked.map((m) => ({ id: m.id, naam: m.naam, d: locator.path(m.geometry) })),
      labels: locatorLabels,
      fontSize: locatorFont,
    },
    swiss: {
      projection: swiss,
      land: swiss.path(mergedOf(swissTopology, 'kantons', () => true)),
      borders: swiss.path(mesh(swissTopology, swissTopology.objects['kantons'] as GeometryCollection, (a, b) => a !== b)),
      kantons: kantons.filter((k) => dragers.has(k.id)).map((k) => ({ id: k.id, naam: kantonNaam.get(k.id), drager: true, d: swiss.path(k.geometry) })),
      lake: swiss.path(shapes(swissTopology, 'bodensee')[0]?.geometry ?? { type: 'MultiPolygon', coordinates: [] }),
      labels: swissLabels,
      fontSize: swissFont,
    },
    rows,
  };
}
