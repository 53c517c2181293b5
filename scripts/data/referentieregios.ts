/** The referentieregio division for the columns of data/gemeenten.csv and the names in data/regios.csv, checked against refreg.shp and the documented pairs. */
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import polylabel from 'polylabel';
import { merge } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { areaKm2, assertAreasMatch, relativeDifference } from './geo/area';
import { parseCsv } from '../../src/lib/geo/csv';
import { isFlemishNis, padNis } from '../../src/lib/geo/nis';
import { disagreements, pairRegions } from '../../src/maps/flanders/pairs.ts';
import { validateReferentieregios, type DivisionYear, type ReferentieregioDefinition } from './geo/referentieregio-membership';
import type { YearData } from './family';
import { readInputText } from './io';
import { readLambert72Shapefile } from './read-shapefile';
import { asFeature, buildTopology, type TopoPolygon } from './topology';

/** Relative tolerance of "each refreg polygon equals the dissolve of its members" (PinC: 0.000 km² difference). */
const REFREG_AREA_TOLERANCE = 1e-4;

/** The pairing documented in ../shared/geo/raw/SOURCES.md; the pipeline recomputes it and stops when the data disagree. */
const DOCUMENTED_PAIRS: Readonly<Record<string, string>> = {
  '1': 'Denderregio',
  '2': 'Regio Antwerpen',
  '3': 'Regio Brugge',
  '4': 'Regio Gent',
  '5': 'Kempen',
  '6': 'Zuid-West-Vlaanderen',
  '7': 'Oost-Brabant',
  '8': 'Limburg',
  '9': 'Rivierenland',
  '10': 'Middenkust',
  '11': 'Midwest',
  '12': 'Vlaamse Ardennen',
  '13': 'Halle-Vilvoorde',
  '14': 'Waasland',
  '15': 'Westhoek',
};

export interface ReferentieregioBuildInput {
  /** gemeente_referentieregio.csv (both divisions). */
  csvFile: string;
  tablesDir: string;
  shapefilesDir: string;
  years: Readonly<Record<DivisionYear, YearData>>;
  /** NIS → vervoerregio code per division, and the vervoerregio names as the lecture uses them. */
  vervoerregio: Readonly<Record<DivisionYear, ReadonlyMap<string, string>>>;
  vervoerregioNames: ReadonlyMap<string, string>;
  expectedRegions: number;
  /** Check the pairing against {@link DOCUMENTED_PAIRS} (off for the small test world). */
  checkDocumentedPairs: boolean;
}

export interface ReferentieregioBuild {
  /** The referentieregio's of the division, in code order, with their names. */
  regions: ReferentieregioDefinition[];
  /** NIS → referentieregio code per division (for the referentieregio columns of data/gemeenten.csv). */
  membership: Record<DivisionYear, Map<string, string>>;
  log: string[];
}

/** Reads REFREG_definities.csv; pseudo regions (REFREG91, REFREG99) are left out. */
async function readReferentieregioDefinitions(file: string): Promise<ReferentieregioDefinition[]> {
  const rows = parseCsv(await readInputText(file), file, ['geoitem code', 'name']);
  const out: ReferentieregioDefinition[] = [];
  for (const { line, values } of rows) {
    const code = values['geoitem code'] ?? '';
    if (!/^REFREG\d{2}$/.test(code)) throw new Error(`${file}, line ${String(line)}: invalid referentieregio code "${code}"`);
    if (Number(code.slice(6)) >= 90) continue;
    if (out.some((d) => d.code === code)) throw new Error(`${file}, line ${String(line)}: duplicate referentieregio code ${code}`);
    const naam = values['name'] ?? '';
    if (naam === '') throw new Error(`${file}, line ${String(line)}: referentieregio ${code} has no name`);
    out.push({ code, naam });
  }
  return out;
}

/** The largest polygon of a geometry, as [x, y] rings for polylabel. */
function largestPolygon(geometry: Polygon | MultiPolygon): Array<Array<[number, number]>> {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const size = (p: Position[][]): number => areaKm2({ type: 'Polygon', coordinates: p });
  const best = polys.reduce((a, p) => (size(p) > size(a) ? p : a));
  return best.map((ring) => ring.map(([x = 0, y = 0]) => [x, y] as [number, number]));
}

/** Validates membership, checks it against refreg.shp (points in exactly one polygon, polygons = dissolves), writes the outputs. */
export async function buildReferentieregios(input: ReferentieregioBuildInput): Promise<ReferentieregioBuild> {
  const log: string[] = [];
  const { csvFile, years } = input;
  const definitionsFile = join(input.tablesDir, 'REFREG_definities.csv');
  const definitions = await readReferentieregioDefinitions(definitionsFile);
  const nameOf = new Map(definitions.map((d) => [d.code, d.naam]));
  const rows = parseCsv(await readInputText(csvFile), csvFile, ['nis_code', 'municipality', 'referentieregio', 'municipality_set', 'source']).map(({ line, values }) => ({
    line,
    nis: padNis(values['nis_code'] ?? '', `${csvFile}, line ${String(line)}`),
    gemeente: values['municipality'] ?? '',
    referentieregio: values['referentieregio'] ?? '',
    set: values['municipality_set'] ?? '',
  }));
  const flemishNames = (f: YearData): Map<string, string> => new Map(f.municipalities.filter((m) => isFlemishNis(m.nis)).map((m) => [m.nis, m.naam]));
  const names = { '2025': flemishNames(years['2025']), '2019': flemishNames(years['2019']) };
  const membership = validateReferentieregios({ file: csvFile, definitionsFile, rows, definitions, municipalities: names, expectedRegions: input.expectedRegions });

  // --- refreg.shp: every 2025 municipality's interior point in exactly one polygon, each polygon = dissolve of its members.
  const shp = await readLambert72Shapefile(join(input.shapefilesDir, 'refreg'));
  const polygons = shp.records.map((r) => {
    const code = String((r.properties['REFREG'] as string | number | undefined) ?? '').trim();
    if (!nameOf.has(code)) throw new Error(`${shp.file}, record ${String(r.record)}: referentieregio "${code}" is not defined in ${definitionsFile}`);
    return { code, geometry: r.geometry };
  });
  const codesInShp = polygons.map((p) => p.code);
  const dup = codesInShp.find((c, i) => codesInShp.indexOf(c) !== i);
  if (dup !== undefined) throw new Error(`${shp.file}: referentieregio ${dup} appears twice`);
  if (polygons.length !== input.expectedRegions) throw new Error(`${shp.file}: ${String(polygons.length)} referentieregio's, expected ${String(input.expectedRegions)}`);
  const m2025 = years['2025'].municipalities.filter((m) => isFlemishNis(m.nis));
  for (const m of m2025) {
    const [x = 0, y = 0] = polylabel(largestPolygon(m.geometry), 1e-5);
    const hits = polygons.filter((p) => geoContains(asFeature(p.geometry), [x, y])).map((p) => p.code);
    if (hits.length !== 1) throw new Error(`${shp.file}: an interior point of ${m.nis} (${m.naam}) lies in ${String(hits.length)} referentieregio polygons (${hits.join(', ') || 'none'}), expected exactly one`);
    const listed = membership['2025'].get(m.nis);
    if (hits[0] !== listed) throw new Error(`${csvFile}: ${m.nis} (${m.naam}) is listed in ${listed ?? '?'} but lies in ${hits[0] ?? '?'} of ${shp.file}`);
  }
  const all: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: years['2025'].municipalities.map((m) => ({ type: 'Feature', properties: { nis: m.nis }, geometry: m.geometry })),
  };
  const raw = buildTopology({ all });
  const rawGeoms = (raw.objects['all'] as TopoJSON.GeometryCollection<{ nis: string }>).geometries as Array<TopoPolygon & { properties: { nis: string } }>;
  let worst = 0;
  for (const p of polygons) {
    const members = rawGeoms.filter((g) => membership['2025'].get(g.properties.nis) === p.code);
    const dissolved = areaKm2(merge(raw, members));
    const own = areaKm2(asFeature(p.geometry));
    assertAreasMatch(`${shp.file}: referentieregio ${p.code} (${nameOf.get(p.code) ?? ''}) vs dissolve of its ${String(members.length)} municipalities in ${csvFile}`, dissolved, own, REFREG_AREA_TOLERANCE);
    worst = Math.max(worst, relativeDifference(dissolved, own));
  }
  log.push(`  refreg.shp: ${String(m2025.length)} interior points each in exactly one polygon; largest area difference with the dissolve ${(worst * 100).toFixed(4)} %`);

  // --- pairing and disagreements per division.
  const disagree = {} as Record<DivisionYear, Set<string>>;
  for (const year of ['2025', '2019'] as const) {
    const pairs = pairRegions(input.vervoerregio[year], membership[year], `${csvFile} (${year})`);
    if (input.checkDocumentedPairs) {
      for (const [vr, rr] of pairs) {
        const documented = DOCUMENTED_PAIRS[vr];
        if (documented !== nameOf.get(rr)) throw new Error(`${csvFile} (${year}): vervoerregio ${vr} pairs with ${nameOf.get(rr) ?? rr}, ../shared/geo/raw/SOURCES.md says ${documented ?? '?'}`);
      }
    }
    disagree[year] = new Set(disagreements(input.vervoerregio[year], membership[year], pairs));
    log.push(`  ${year}: ${String(membership[year].size)} municipalities in ${String(new Set(membership[year].values()).size)} referentieregio's; ${String(disagree[year].size)} disagree with the paired vervoerregio: ${[...disagree[year]].map((n) => names[year].get(n) ?? n).join(', ')}`);
  }

  return { membership, regions: definitions.filter((d) => new Set(membership['2025'].values()).has(d.code)), log };
}
