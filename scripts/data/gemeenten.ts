/**
 * Builds the one topology every map stands on: the 300 Flemish municipalities of 2019–2024 (plus Brussels as one
 * outline), and the membership table that turns it into the 2025 municipalities and any regional division by merging
 * arcs. Checks every derived 2025 outline (municipalities and vervoerregio's) against the 2025 polygons.
 */
import { join } from 'node:path';
import { merge, mergeArcs, feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { areaKm2, relativeDifference } from './geo/area';
import { FLEMISH_PROVINCES, compareCodes, isBrusselsNis, isFlemishNis, provinceOfNis } from '../../src/lib/geo/nis';
import type { NamedNis } from '../../src/lib/geo/mergers';
import type { YearData } from './family';
import { readLambert72Shapefile } from './read-shapefile';
import { asFeature, countVertices, municipalityTopology, pruneArcs, quantizeTopology, simplifyTopology, type Topo, type TopoPolygon, type TopoSettings } from './topology';

/**
 * Tolerance (relative area) between a 2025 outline derived from the 2019–2024 geometry and the 2025 polygon of the
 * same area. The two shapefiles are separate simplifications of Statbel's sectors (0.25 % apart over all of Flanders, see
 * ../shared/geo/raw/SOURCES.md); 2 % per municipality and 0.5 % per region catch a wrong merger row (a whole
 * municipality is ≥ 5 % of any merger) while allowing that noise.
 */
const DERIVED_TOLERANCE = { gemeente: 0.02, regio: 0.005 } as const;

/** Columns of data/gemeenten.csv; a further division is one more `<division>_<set>` column (e.g. referentieregio_2019). */
export const GEMEENTEN_COLUMNS = ['nis', 'gemeente', 'provincie', 'nis_2025', 'gemeente_2025', 'vervoerregio_2019', 'vervoerregio_2025', 'referentieregio_2019', 'referentieregio_2025'] as const;
/** Columns of data/regios.csv: the names of the regions of every division. */
export const REGIOS_COLUMNS = ['indeling', 'code', 'naam', 'alias'] as const;
/** Columns of data/brussel.csv: the 19 municipalities of the Brussels-Capital Region, in no Flemish division. */
export const BRUSSEL_COLUMNS = ['nis', 'gemeente'] as const;

export interface GemeentenBuild {
  topology: Topo;
  gemeentenRows: string[][];
  regiosRows: string[][];
  brusselRows: string[][];
  log: string[];
}

export interface GemeentenInput {
  year2019: YearData;
  year2025: YearData;
  shapefilesDir: string;
  /** 2025 code → the 2019–2024 municipalities it covers (gemeente2024_gemeente.csv), and that file's path. */
  predecessors: ReadonlyMap<string, readonly NamedNis[]>;
  predecessorsFile: string;
  vervoerregio2019: ReadonlyMap<string, string>;
  vervoerregio2025: ReadonlyMap<string, string>;
  regions: ReadonlyArray<{ code: string; naam: string; alias?: string }>;
  /** The referentieregio division: 2019–2024 NIS → code, 2025 NIS → code, and the names (scripts/data/referentieregios.ts). */
  referentieregio: { by2019: ReadonlyMap<string, string>; by2025: ReadonlyMap<string, string>; regions: ReadonlyArray<{ code: string; naam: string }> };
  settings: TopoSettings;
}

/** Builds data/gemeenten.topo.json, data/gemeenten.csv (vervoerregio and referentieregio columns) and data/regios.csv. Throws naming the file on any disagreement. */
export async function buildGemeenten(input: GemeentenInput): Promise<GemeentenBuild> {
  const { year2019, year2025, predecessors, predecessorsFile, settings } = input;
  const log: string[] = [];
  const flemish = year2019.municipalities.filter((m) => isFlemishNis(m.nis));
  const brussels = year2019.municipalities.filter((m) => isBrusselsNis(m.nis));
  const flemish2025 = year2025.municipalities.filter((m) => isFlemishNis(m.nis));

  // Every 2019–2024 municipality lies in exactly one 2025 municipality, and every 2025 municipality has predecessors.
  const successor = new Map<string, string>();
  for (const [now, olds] of predecessors) {
    if (!isFlemishNis(now)) continue;
    if (!flemish2025.some((m) => m.nis === now)) throw new Error(`${predecessorsFile}: 2025 municipality ${now} is not in ${year2025.gemeenteFile}`);
    for (const old of olds) {
      const earlier = successor.get(old.nis);
      if (earlier !== undefined) throw new Error(`${predecessorsFile}: ${old.nis} (${old.naam}) is in two 2025 municipalities, ${earlier} and ${now}`);
      successor.set(old.nis, now);
    }
  }
  for (const m of flemish) if (!successor.has(m.nis)) throw new Error(`${predecessorsFile}: ${m.nis} (${m.naam}) of ${year2019.gemeenteFile} is in no 2025 municipality`);
  for (const m of flemish2025) if (!predecessors.has(m.nis)) throw new Error(`${predecessorsFile}: 2025 municipality ${m.nis} (${m.naam}) has no 2019–2024 municipality`);

  const { raw, geometries: rawGeoms, index } = municipalityTopology(year2019.municipalities);
  const pick = (geoms: TopoPolygon[], codes: Iterable<string>): TopoPolygon[] => [...codes].map((nis) => geoms[index.get(nis) ?? -1] as TopoPolygon);
  const km2 = (g: Polygon | MultiPolygon): number => areaKm2(asFeature(g));

  // --- derived 2025 municipalities vs the 2025 polygons ---------------------------------------------------
  let worstGemeente = { diff: 0, what: '' };
  for (const m of flemish2025) {
    const olds = (predecessors.get(m.nis) ?? []).map((o) => o.nis);
    const derived = km2(merge(raw, pick(rawGeoms, olds)));
    const d = relativeDifference(derived, km2(m.geometry));
    if (!(d <= DERIVED_TOLERANCE.gemeente)) {
      throw new Error(
        `${predecessorsFile}: 2025 municipality ${m.nis} (${m.naam}) as the union of ${olds.join(', ')} has ${derived.toFixed(1)} km², ` +
          `the polygon in ${year2025.gemeenteFile} ${km2(m.geometry).toFixed(1)} km² (${(d * 100).toFixed(2)} %, tolerance ${(DERIVED_TOLERANCE.gemeente * 100).toFixed(1)} %): the merger table and the geometry disagree`,
      );
    }
    if (d > worstGemeente.diff) worstGemeente = { diff: d, what: `${m.naam} (${m.nis})` };
  }
  log.push(`  2025 municipalities derived from 2019–2024: largest area difference ${(worstGemeente.diff * 100).toFixed(3)} % (${worstGemeente.what})`);

  // --- derived 2025 vervoerregio's vs the 2025 vervoerregio polygons ---------------------------------------
  const vr2025Of = (nis: string): string => {
    const code = input.vervoerregio2025.get(successor.get(nis) ?? '');
    if (code === undefined) throw new Error(`${predecessorsFile}: ${nis} lies in 2025 municipality ${successor.get(nis) ?? '?'}, which has no vervoerregio`);
    return code;
  };
  const vrShapefile = await readLambert72Shapefile(join(input.shapefilesDir, 'vervoerregio'));
  const perRegion: string[] = [];
  for (const r of vrShapefile.records) {
    const code = String((r.properties['vervoerreg'] as string | number | undefined) ?? '').trim();
    const members = flemish.filter((m) => vr2025Of(m.nis) === code).map((m) => m.nis);
    const derived = km2(merge(raw, pick(rawGeoms, members)));
    const d = relativeDifference(derived, km2(r.geometry));
    if (!(d <= DERIVED_TOLERANCE.regio)) {
      throw new Error(
        `${vrShapefile.file}, record ${String(r.record)}: vervoerregio ${code} (2025) derived from the 2019–2024 municipalities has ${derived.toFixed(1)} km², the polygon ${km2(r.geometry).toFixed(1)} km² (${(d * 100).toFixed(2)} %, tolerance ${(DERIVED_TOLERANCE.regio * 100).toFixed(1)} %)`,
      );
    }
    perRegion.push(`${code} ${(d * 100).toFixed(2)} %`);
  }
  log.push(`  2025 vervoerregio's derived from 2019–2024 vs vervoerregio.shp (area difference per region): ${perRegion.join(', ')}`);

  // --- simplify and write: municipalities by id, Brussels as one outline ---------------------------------
  const simple = simplifyTopology(raw, settings.minTriangleM2);
  const sGeoms = (simple.objects['all'] as TopoJSON.GeometryCollection).geometries as TopoPolygon[];
  const gemeenten = flemish.map((m) => {
    const g = pick(sGeoms, [m.nis])[0] as TopoPolygon;
    return { type: g.type, id: m.nis, arcs: g.arcs } as TopoPolygon;
  });
  const brussel = { type: 'MultiPolygon', arcs: mergeArcs(simple, pick(sGeoms, brussels.map((m) => m.nis))).arcs } as TopoPolygon;
  const objects = {
    gemeenten: { type: 'GeometryCollection', geometries: gemeenten },
    brussel: { type: 'GeometryCollection', geometries: [brussel] },
  } as unknown as TopoJSON.Objects;
  const topology = quantizeTopology(pruneArcs({ ...simple, objects }), settings.quantization);

  let worst = { diff: 0, what: '' };
  const final = (feature(topology, topology.objects['gemeenten'] as TopoJSON.GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features;
  for (const f of final) {
    const m = flemish.find((x) => x.nis === f.id);
    const before = m ? km2(m.geometry) : 0;
    const d = relativeDifference(areaKm2(f), before);
    if (!(d <= 0.05)) throw new Error(`${year2019.gemeenteFile}: municipality ${String(f.id)} (${m?.naam ?? '?'}) lost too much area in simplification (${(d * 100).toFixed(1)} %)`);
    if (d > worst.diff) worst = { diff: d, what: m?.naam ?? '' };
  }
  log.push(`  gemeenten.topo.json: ${String(countVertices(raw))} → ${String(countVertices(topology))} vertices; largest municipal area change ${(worst.diff * 100).toFixed(2)} % (${worst.what})`);

  const names2025 = new Map(flemish2025.map((m) => [m.nis, m.naam]));
  const gemeentenRows = flemish.map((m) => {
    const now = successor.get(m.nis) ?? '';
    const rr = input.referentieregio;
    return [m.nis, m.naam, provinceOfNis(m.nis) ?? '', now, names2025.get(now) ?? '', input.vervoerregio2019.get(m.nis) ?? '', vr2025Of(m.nis), rr.by2019.get(m.nis) ?? '', rr.by2025.get(now) ?? ''];
  });
  for (const row of gemeentenRows) if (row[5] === '') throw new Error(`${year2019.gemeenteFile}: ${row[0] ?? ''} (${row[1] ?? ''}) has no vervoerregio 2019–2024`);
  for (const row of gemeentenRows) if (row[7] === '' || row[8] === '') throw new Error(`${year2019.gemeenteFile}: ${row[0] ?? ''} (${row[1] ?? ''}) has no referentieregio`);
  const regiosRows = [
    ...[...input.regions].sort((a, b) => compareCodes(a.code, b.code)).map((r) => ['vervoerregio', r.code, r.naam, r.alias ?? '']),
    ...input.referentieregio.regions.map((r) => ['referentieregio', r.code, r.naam, '']),
    ...FLEMISH_PROVINCES.map((code) => {
      const naam = year2025.provinces.find((p) => p.nis === code)?.naam;
      if (!naam) throw new Error(`${year2025.provincieFile}: no province ${code}`);
      return ['provincie', code, naam, ''];
    }),
  ];
  const brusselRows = year2025.municipalities.filter((m) => isBrusselsNis(m.nis)).map((m) => [m.nis, m.naam]);
  return { topology, gemeentenRows, regiosRows, brusselRows, log };
}
