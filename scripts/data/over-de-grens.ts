/**
 * Builds the data of the figure "Over de grens" from WGS84 TopoJSON inputs (cartomap/nl, world-atlas, swiss-maps) and the
 * Flemish shapefiles already read: data/over-de-grens.topo.json (the live map: the municipalities of Zeeland and
 * Oost-Vlaanderen, 2025), data/over-de-grens-context.topo.json (build time only: Western Europe, Flanders, Zeeland, the
 * cantons) and data/over-de-grens.json (names, the deals' members, vervoerregio Gent). Every member is checked: an
 * unknown code or a name that does not match stops the pipeline, naming the file and the code.
 */
import { geoArea, geoContains } from 'd3-geo';
import polylabel from 'polylabel';
import { merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { GRENS_AGGLOMERATIE, GRENS_DEALS, GRENS_VERVOERREGIO } from '../../src/facts/over-de-grens.ts';
import { clipToBox, type Box } from './geo/clip';
import type { YearData } from './family';
import { readWgs84TopoJson, type TopoRecord } from './read-topojson';
import { buildTopology, pruneArcs, quantizeTopology, simplifyTopology, withZoom, type Topo, type TopoSettings } from './topology';
import type { ZoomRange } from '../../src/maps/shared/zoom.ts';

export interface OverDeGrensInput {
  /** cartomap/nl `gemeente_2025.topojson` and `provincie_2025.topojson`. */
  cartomapGemeenten: string;
  cartomapProvincies: string;
  /** world-atlas `countries-50m.json`. */
  worldAtlas: string;
  /** swiss-maps `2025/ch-combined.json`. */
  swissMaps: string;
  year2025: YearData;
  /** 2025 NIS → vervoerregio code. */
  vervoerregio2025: ReadonlyMap<string, string>;
}

/** Zoom 8 shows both provinces on a phone; cartomap's lines (0.001°, about 100 m) carry no detail past zoom 10. */
const OVER_DE_GRENS_ZOOM: ZoomRange = { min: 8, max: 10 };
/** One pixel at zoom 10 and 51° N is 96 m: 8000 m² (2000 × 2²) stays below half a pixel; 2000 steps over 1.1° give 40 m. */
const OVER_DE_GRENS_SETTINGS: TopoSettings = { minTriangleM2: 8000, quantization: 2000 };
/** The locator (about 14 km a pixel) and the canton map (about 1.5 km a pixel) are drawn at build time only. */
const CONTEXT_SETTINGS: TopoSettings = { minTriangleM2: 2_000_000, quantization: 5000 };
/** Western Europe, wide enough that the clipped edges never show in the locator (which frames lon −5…16, lat 43…55). */
const EUROPE_BOX: Box = [-12, 40, 22, 59];
/** The countries of the locator (ISO 3166 numeric, as world-atlas has them). */
const EUROPE_COUNTRIES: Readonly<Record<string, string>> = {
  '056': 'België',
  '528': 'Nederland',
  '756': 'Zwitserland',
  '250': 'Frankrijk',
  '276': 'Duitsland',
  '442': 'Luxemburg',
  '040': 'Oostenrijk',
  '380': 'Italië',
  '826': 'Verenigd Koninkrijk',
  '208': 'Denemarken',
  '724': 'Spanje',
  '203': 'Tsjechië',
  '616': 'Polen',
  '438': 'Liechtenstein',
  '372': 'Ierland',
};
const ZEELAND = 'PV29';
const OOST_VLAANDEREN = '4';
const BODENSEE = '9326';

export interface OverDeGrensBuild {
  topology: Topo;
  context: Topo;
  json: OverDeGrensJson;
  log: string[];
}

export interface OverDeGrensJson {
  gemeenten: Array<{ id: string; naam: string; land: 'NL' | 'BE'; provincie: string }>;
  vervoerregio: { code: string; naam: string; leden: string[] };
  deals: Array<{ id: string; leden: string[] }>;
  landen: Array<{ id: string; naam: string }>;
  kantons: Array<{ id: string; naam: string }>;
}

const asCollection = (records: ReadonlyArray<{ id: string; geometry: Polygon | MultiPolygon }>): FeatureCollection<Polygon | MultiPolygon> => ({
  type: 'FeatureCollection',
  features: records.map((r) => ({ type: 'Feature', id: r.id, properties: {}, geometry: r.geometry })),
});

/** A simplified, quantized topology of the given objects, each geometry keeping its id. */
function compact(objects: Record<string, ReadonlyArray<{ id: string; geometry: Polygon | MultiPolygon }>>, settings: TopoSettings): Topo {
  const raw = buildTopology(Object.fromEntries(Object.entries(objects).map(([name, list]) => [name, asCollection(list)])));
  return quantizeTopology(pruneArcs(simplifyTopology(raw, settings.minTriangleM2)), settings.quantization);
}

/** A point well inside the geometry: the pole of inaccessibility of its largest polygon. */
function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts.reduce((a, b) => (geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a));
  const [x = 0, y = 0] = polylabel(largest as [number, number][][], 0.0001);
  return [x, y];
}

function one(records: readonly TopoRecord[], id: string, file: string): TopoRecord {
  const hits = records.filter((r) => r.id === id);
  if (hits.length !== 1) throw new Error(`${file}: code ${id} ${hits.length === 0 ? 'is missing' : `occurs ${String(hits.length)} times`}`);
  return hits[0] as TopoRecord;
}

export async function buildOverDeGrens(input: OverDeGrensInput): Promise<OverDeGrensBuild> {
  const log: string[] = [];
  const nlGemeenten = await readWgs84TopoJson(input.cartomapGemeenten, 'gemeente_2025');
  const nlProvincies = await readWgs84TopoJson(input.cartomapProvincies, 'provincie_2025');
  const zeeland = one(nlProvincies, ZEELAND, input.cartomapProvincies);
  // The two layers were simplified apart, so their borders differ slightly: test a point deep inside each municipality
  // (the pole of inaccessibility of its largest part), never one near its border.
  const province = { type: 'Feature', properties: {}, geometry: zeeland.geometry } as Feature;
  const inZeeland = (g: TopoRecord): boolean => geoContains(province, interiorPoint(g.geometry));
  const zl = nlGemeenten.filter(inZeeland).map((g) => ({ id: g.id, naam: typeof g.properties['statnaam'] === 'string' ? g.properties['statnaam'] : '', geometry: g.geometry }));
  for (const g of zl) if (g.naam === '') throw new Error(`${input.cartomapGemeenten}: municipality ${g.id} has no statnaam`);
  if (zl.length === 0) throw new Error(`${input.cartomapGemeenten}: no municipality lies in ${ZEELAND} (${input.cartomapProvincies})`);
  const ov = input.year2025.municipalities.filter((m) => m.nis.startsWith(OOST_VLAANDEREN)).map((m) => ({ id: m.nis, naam: m.naam, geometry: m.geometry }));
  log.push(`  over-de-grens: ${String(zl.length)} municipalities of Zeeland (cartomap/nl), ${String(ov.length)} of Oost-Vlaanderen (2025)`);

  const names = new Map([...zl, ...ov].map((g) => [g.id, g.naam]));
  const deals = GRENS_DEALS.map((deal) => {
    for (const { code, naam } of deal.leden) {
      const file = code.startsWith('GM') ? input.cartomapGemeenten : input.year2025.gemeenteFile;
      const found = names.get(code);
      if (found === undefined) throw new Error(`${file}: ${deal.naam} (src/facts/over-de-grens.ts) names member ${code} (${naam}), which is not a municipality of Zeeland or Oost-Vlaanderen there`);
      if (found !== naam) throw new Error(`${file}: ${deal.naam} (src/facts/over-de-grens.ts) names ${code} "${naam}", the file calls it "${found}"`);
    }
    if (deal.provincie !== undefined && deal.provincie !== ZEELAND) throw new Error(`src/facts/over-de-grens.ts: ${deal.naam}: province ${deal.provincie} is not drawn (only ${ZEELAND})`);
    const leden = deal.provincie ? zl.map((g) => g.id) : deal.leden.map((m) => m.code);
    if (leden.length === 0) throw new Error(`src/facts/over-de-grens.ts: ${deal.naam} has no members and no province`);
    return { id: deal.id, leden };
  });
  const vr = ov.filter((g) => input.vervoerregio2025.get(g.id) === GRENS_VERVOERREGIO.code).map((g) => g.id);
  if (vr.length === 0) throw new Error(`${input.year2025.gemeenteFile}: no municipality of Oost-Vlaanderen in vervoerregio ${GRENS_VERVOERREGIO.code}`);

  const topology = withZoom(compact({ gemeenten: [...zl, ...ov] }, OVER_DE_GRENS_SETTINGS), OVER_DE_GRENS_ZOOM);

  // --- the build-time context: Western Europe, Flanders, Zeeland, the cantons and the Bodensee -------------------------
  const countries = await readWgs84TopoJson(input.worldAtlas, 'countries', { looseIds: true });
  const landen = Object.keys(EUROPE_COUNTRIES).map((id) => {
    const clipped = clipToBox(one(countries, id, input.worldAtlas).geometry, EUROPE_BOX);
    if (!clipped) throw new Error(`${input.worldAtlas}: country ${id} lies outside ${EUROPE_BOX.join(', ')}`);
    return { id, geometry: clipped };
  });
  const cantons = await readWgs84TopoJson(input.swissMaps, 'cantons');
  for (const { code } of GRENS_AGGLOMERATIE.kantons) one(cantons, code, input.swissMaps);
  const lakes = await readWgs84TopoJson(input.swissMaps, 'lakes');
  const flanders = input.year2025.flandersReference.geometries.map((geometry) => ({ id: 'vlaanderen', geometry }));
  const context = compact(
    {
      landen,
      vlaanderen: flanders,
      zeeland: [{ id: 'zeeland', geometry: zeeland.geometry }],
      kantons: cantons,
      bodensee: [{ id: 'bodensee', geometry: one(lakes, BODENSEE, input.swissMaps).geometry }],
    },
    CONTEXT_SETTINGS,
  );
  // Flanders comes as one or more polygons of the gewest file: keep it as one geometry.
  const vl = context.objects['vlaanderen'] as TopoJSON.GeometryCollection;
  if (vl.geometries.length > 1) vl.geometries = [{ ...merge(context, vl.geometries as TopoJSON.Polygon[]), id: 'vlaanderen' } as unknown as TopoJSON.MultiPolygon];
  log.push(`  over-de-grens-context: ${String(landen.length)} countries clipped to ${EUROPE_BOX.join(', ')}, ${String(cantons.length)} cantons`);

  const json: OverDeGrensJson = {
    gemeenten: [
      ...zl.map((g) => ({ id: g.id, naam: g.naam, land: 'NL' as const, provincie: 'Zeeland' })),
      ...ov.map((g) => ({ id: g.id, naam: g.naam, land: 'BE' as const, provincie: 'Oost-Vlaanderen' })),
    ],
    vervoerregio: { code: GRENS_VERVOERREGIO.code, naam: GRENS_VERVOERREGIO.naam, leden: vr },
    deals,
    landen: Object.entries(EUROPE_COUNTRIES).map(([id, naam]) => ({ id, naam })),
    kantons: GRENS_AGGLOMERATIE.kantons.map(({ code, naam }) => ({ id: code, naam })),
  };
  return { topology, context, json, log };
}
