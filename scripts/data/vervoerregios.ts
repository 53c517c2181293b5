/** Builds the vervoerregio TopoJSON and CSV of one yearData: validated membership, dissolve with merge, checks on area. */
import { join } from 'node:path';
import { feature, merge, mergeArcs, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { areaKm2, assertAreasMatch, relativeDifference } from './geo/area';
import { parseCsv } from '../../src/lib/geo/csv';
import { validateMembership } from './geo/membership';
import { BRUSSELS_NIS, FLEMISH_PROVINCES, compareCodes, isBrusselsNis, isFlemishNis, padNis, provinceOfNis } from '../../src/lib/geo/nis';
import { lectureRegionName } from './geo/region-names';
import type { YearData } from './family';
import { readInputText } from './io';
import { readLambert72Shapefile } from './read-shapefile';
import {
  asFeature,
  municipalityTopology,
  countVertices,
  pruneArcs,
  quantizeTopology,
  simplifyTopology,
  type Topo,
  type TopoPolygon,
  type TopoSettings,
} from './topology';

/** Tolerances of the area checks (relative). */
const AREA_TOLERANCE = {
  /** Union of the regions vs the reference outline of Flanders, before simplification. */
  flanders: 0.001,
  /** Each dissolved province vs the province shapefile (both years are dissolves of their municipality shapefile). */
  province: 0.002,
  /** Each municipality/region after simplification + quantization vs before. */
  simplified: 0.03,
} as const;

export interface RegionDefinition {
  code: string;
  /** Label in the definitions table, e.g. "Dender (Verv.)". */
  label: string;
}

/** Reads vervoerregio_definities.csv; pseudo regions (91 "niet te lokaliseren", 99 "buiten Vlaanderen") are left out. */
export async function readRegionDefinitions(file: string): Promise<Map<string, RegionDefinition>> {
  const rows = parseCsv(await readInputText(file), file, ['geoitem code', 'name']);
  const out = new Map<string, RegionDefinition>();
  for (const { line, values } of rows) {
    const code = (values['geoitem code'] ?? '').trim();
    if (!/^\d+$/.test(code)) throw new Error(`${file}, line ${String(line)}: invalid vervoerregio code "${code}"`);
    const norm = String(Number(code));
    if (Number(norm) >= 90) continue;
    if (out.has(norm)) throw new Error(`${file}, line ${String(line)}: duplicate vervoerregio code ${norm}`);
    out.set(norm, { code: norm, label: values['name'] ?? '' });
  }
  return out;
}

export interface VervoerregioBuild {
  topology: Topo;
  /** Flemish NIS code → vervoerregio code (validated). */
  membership: ReadonlyMap<string, string>;
  /** The regions with the lecture's names, by code. */
  regions: Array<{ code: string; naam: string; alias?: string }>;
  /** Console lines: counts, areas, vertices. */
  log: string[];
  /** Things in the data worth telling a human (not errors). */
  notes: string[];
}

interface GemeenteProps {
  nis: string;
  naam: string;
  vr: string;
}

interface RegionProps {
  code: string;
  naam: string;
  aantal: number;
  buren: string[];
  alias?: string;
}

/** Builds the topology and CSV rows for one yearData. Throws (naming file and code) on any inconsistency. */
export async function buildVervoerregios(
  yearData: YearData,
  tablesDir: string,
  shapefilesDir: string,
  definitionsFile: string,
  definitions: ReadonlyMap<string, RegionDefinition>,
  expected: { municipalities: number; regions: number },
  settings: TopoSettings,
): Promise<VervoerregioBuild> {
  const { spec } = yearData;
  const log: string[] = [];
  const notes: string[] = [];
  const tableFile = join(tablesDir, spec.table);
  const table = parseCsv(await readInputText(tableFile), tableFile, ['gemeente', 'Name gemeente', 'vervoerregio', 'Name vervoerregio']);

  const flemish = yearData.municipalities.filter((m) => isFlemishNis(m.nis));
  const brussels = yearData.municipalities.filter((m) => isBrusselsNis(m.nis));
  const rows = table.map(({ line, values }) => {
    const nis = padNis(values['gemeente'] ?? '', `${tableFile}, line ${String(line)}`);
    const vrRaw = values['vervoerregio'] ?? '';
    const vr = /^\d+$/.test(vrRaw) ? String(Number(vrRaw)) : vrRaw;
    return { line, nis, vr, naam: values['Name gemeente'] ?? '', vrLabel: values['Name vervoerregio'] ?? '' };
  });
  const membership = validateMembership({
    shapeFile: yearData.gemeenteFile,
    shapes: flemish,
    tableFile,
    rows,
    definitionsFile,
    regionCodes: new Set(definitions.keys()),
    expectedMunicipalities: expected.municipalities,
    expectedRegions: expected.regions,
  });

  // Name differences between table and shapefile, and region labels that differ from the definitions (notes only).
  const nameByNis = new Map(flemish.map((m) => [m.nis, m.naam]));
  const caseOnly = rows.filter((r) => nameByNis.has(r.nis) && r.naam !== nameByNis.get(r.nis));
  const realDiff = caseOnly.filter((r) => r.naam.toUpperCase() !== (nameByNis.get(r.nis) ?? '').toUpperCase());
  if (caseOnly.length > 0 && realDiff.length === 0) {
    notes.push(`${spec.table}: ${String(caseOnly.length)} municipality names differ from the shapefile only in case; names taken from ${spec.gemeenteShapefile}.shp`);
  }
  for (const r of realDiff) {
    notes.push(`${spec.table}, line ${String(r.line)}: name "${r.naam}" differs from shapefile name "${nameByNis.get(r.nis) ?? ''}" (NIS ${r.nis}); shapefile name used`);
  }
  const labels = new Map<string, Set<string>>();
  for (const r of rows) if (membership.has(r.nis)) labels.set(r.vr, (labels.get(r.vr) ?? new Set()).add(r.vrLabel));
  for (const [code, set] of [...labels].sort(([a], [b]) => compareCodes(a, b))) {
    const def = definitions.get(code)?.label ?? '';
    if (set.size > 1) throw new Error(`${tableFile}: vervoerregio ${code} has several names: ${[...set].join(' / ')}`);
    const only = [...set][0] ?? '';
    if (only !== def) notes.push(`${spec.table}: vervoerregio ${code} is labelled "${only}", definitions say "${def}"`);
  }

  // Topology of all municipalities (Flemish + Brussels, the latter only for the Brussels outline), sorted by NIS.
  const { raw, geometries: rawGeoms, index: geomIndex } = municipalityTopology(yearData.municipalities);
  const pick = (codes: readonly string[]): TopoPolygon[] =>
    codes.map((nis) => {
      const g = rawGeoms[geomIndex.get(nis) ?? -1];
      if (!g) throw new Error(`${yearData.gemeenteFile}: NIS ${nis} has no geometry`);
      return g;
    });

  const regionCodes = [...new Set(membership.values())].sort(compareCodes);
  const membersOf = new Map(regionCodes.map((code) => [code, [...membership].filter(([, vr]) => vr === code).map(([nis]) => nis)]));
  const provinceMembers = new Map<string, string[]>(FLEMISH_PROVINCES.map((p) => [p, flemish.filter((m) => provinceOfNis(m.nis) === p).map((m) => m.nis)]));

  // --- checks on the unsimplified geometry ---------------------------------------------------------------
  const km2 = (g: Polygon | MultiPolygon): number => areaKm2(asFeature(g));
  const refArea = (gs: ReadonlyArray<Polygon | MultiPolygon>): number => gs.reduce((s, g) => s + km2(g), 0);
  const regionsUnion = km2(merge(raw, pick([...membership.keys()])));
  const regionsSum = regionCodes.reduce((s, code) => s + km2(merge(raw, pick(membersOf.get(code) ?? []))), 0);
  const flandersRef = refArea(yearData.flandersReference.geometries);
  assertAreasMatch(`${spec.table} vs ${yearData.flandersReference.file}: union of the ${String(regionCodes.length)} vervoerregio's vs Flanders`, regionsUnion, flandersRef, AREA_TOLERANCE.flanders);
  assertAreasMatch(`${spec.table}: sum of the vervoerregio areas vs their union (overlap)`, regionsSum, regionsUnion, 1e-9);
  log.push(`  Flanders: regions ${regionsUnion.toFixed(1)} km² vs ${spec.flandersReference === 'gewest' ? 'gewest 2000' : 'Flemish provinces'} ${flandersRef.toFixed(1)} km² (Δ ${(relativeDifference(regionsUnion, flandersRef) * 100).toFixed(4)} %)`);
  let worstProvince = 0;
  for (const [code, members] of provinceMembers) {
    const shape = yearData.provinces.find((p) => p.nis === code);
    if (!shape) throw new Error(`${yearData.provincieFile}: province ${code} is missing`);
    const merged = km2(merge(raw, pick(members)));
    assertAreasMatch(`${yearData.provincieFile}: province ${code} (${shape.naam}) dissolved from ${spec.gemeenteShapefile}`, merged, km2(shape.geometry), AREA_TOLERANCE.province);
    worstProvince = Math.max(worstProvince, relativeDifference(merged, km2(shape.geometry)));
  }
  const brusselsMerged = km2(merge(raw, pick(brussels.map((m) => m.nis))));
  const brusselsRef = refArea(yearData.brusselsReference.geometries);
  assertAreasMatch(`${yearData.brusselsReference.file}: Brussels dissolved from ${spec.gemeenteShapefile}`, brusselsMerged, brusselsRef, AREA_TOLERANCE.province);
  log.push(`  provinces: largest difference with ${spec.provincieShapefile}.shp ${(worstProvince * 100).toFixed(4)} %; Brussels ${(relativeDifference(brusselsMerged, brusselsRef) * 100).toFixed(4)} %`);
  if (spec.vervoerregioShapefile) {
    const vr = await readLambert72Shapefile(join(shapefilesDir, spec.vervoerregioShapefile));
    let worst = 0;
    for (const r of vr.records) {
      const code = String((r.properties['vervoerreg'] as string | number | undefined) ?? '').trim();
      const members = membersOf.get(code);
      if (!members) throw new Error(`${vr.file}, record ${String(r.record)}: vervoerregio "${code}" not in ${tableFile}`);
      const merged = km2(merge(raw, pick(members)));
      assertAreasMatch(`${vr.file}: vervoerregio ${code} vs dissolve of ${spec.table}`, merged, km2(r.geometry), AREA_TOLERANCE.province);
      worst = Math.max(worst, relativeDifference(merged, km2(r.geometry)));
    }
    if (vr.records.length !== regionCodes.length) throw new Error(`${vr.file}: ${String(vr.records.length)} regions, expected ${String(regionCodes.length)}`);
    log.push(`  matches PinC's own ${spec.vervoerregioShapefile}.shp: largest difference ${(worst * 100).toFixed(4)} %`);
  }
  const before = new Map(yearData.municipalities.map((m) => [m.nis, km2(m.geometry)]));

  // --- simplify, then build the output objects from the simplified arcs ------------------------------------
  const simple = simplifyTopology(raw, settings.minTriangleM2);
  const sGeoms = (simple.objects['all'] as TopoJSON.GeometryCollection).geometries as TopoPolygon[];
  const sPick = (codes: readonly string[]): TopoPolygon[] => codes.map((nis) => sGeoms[geomIndex.get(nis) ?? -1] as TopoPolygon);
  const shapeName = new Map(yearData.municipalities.map((m) => [m.nis, m.naam]));

  const gemeenten: Array<TopoPolygon & { properties: GemeenteProps }> = [...membership].map(([nis, vr]) => {
    const g = sPick([nis])[0] as TopoPolygon;
    return g.type === 'Polygon'
      ? { type: 'Polygon', arcs: g.arcs, properties: { nis, naam: shapeName.get(nis) ?? '', vr } }
      : { type: 'MultiPolygon', arcs: g.arcs, properties: { nis, naam: shapeName.get(nis) ?? '', vr } };
  });
  const regionGeoms = regionCodes.map((code) => mergeArcs(simple, sPick(membersOf.get(code) ?? [])));
  const adjacency = neighbors(regionGeoms);
  const vervoerregios = regionCodes.map((code, i) => {
    const def = definitions.get(code);
    const name = lectureRegionName(code, def?.label ?? '');
    const props: RegionProps = {
      code,
      naam: name.naam,
      aantal: membersOf.get(code)?.length ?? 0,
      buren: (adjacency[i] ?? []).map((j) => regionCodes[j] ?? '').sort(compareCodes),
    };
    if (name.alias !== undefined) props.alias = name.alias;
    return { type: 'MultiPolygon' as const, arcs: regionGeoms[i]?.arcs ?? [], properties: props };
  });
  for (const r of vervoerregios) {
    if (r.properties.buren.length === 0) throw new Error(`${tableFile}: vervoerregio ${r.properties.code} (${r.properties.naam}) has no neighbouring region`);
    for (const b of r.properties.buren) {
      if (!vervoerregios.find((x) => x.properties.code === b)?.properties.buren.includes(r.properties.code)) {
        throw new Error(`${tableFile}: neighbours of vervoerregio ${r.properties.code} and ${b} are not symmetric`);
      }
    }
  }
  const provincies = FLEMISH_PROVINCES.map((code) => ({
    type: 'MultiPolygon' as const,
    arcs: mergeArcs(simple, sPick(provinceMembers.get(code) ?? [])).arcs,
    properties: { nis: code, naam: yearData.provinces.find((p) => p.nis === code)?.naam ?? '' },
  }));
  const vlaanderen = {
    type: 'MultiPolygon' as const,
    arcs: mergeArcs(simple, sPick(flemish.map((m) => m.nis))).arcs,
    properties: { naam: 'Vlaanderen' },
  };
  const brussel = {
    type: 'MultiPolygon' as const,
    arcs: mergeArcs(simple, sPick(brussels.map((m) => m.nis))).arcs,
    properties: { naam: yearData.provinces.find((p) => p.nis === BRUSSELS_NIS)?.naam ?? 'Brussels Hoofdstedelijk Gewest' },
  };
  const collection = <T>(geometries: T[]): { type: 'GeometryCollection'; geometries: T[] } => ({ type: 'GeometryCollection', geometries });
  const objects = {
    gemeenten: collection(gemeenten),
    vervoerregios: collection(vervoerregios),
    provincies: collection(provincies),
    vlaanderen: collection([vlaanderen]),
    brussel: collection([brussel]),
  } as unknown as TopoJSON.Objects;
  const topology = quantizeTopology(pruneArcs({ ...simple, objects }), settings.quantization);

  // --- checks on the final topology -----------------------------------------------------------------------
  const fc = <P>(name: string): Array<Feature<Polygon | MultiPolygon, P>> =>
    (feature(topology, topology.objects[name] as TopoJSON.GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, P>).features;
  let worst = { diff: 0, what: '' };
  for (const f of fc<GemeenteProps>('gemeenten')) {
    const a = areaKm2(f);
    const b = before.get(f.properties.nis) ?? 0;
    const d = relativeDifference(a, b);
    if (!(a > 0) || d > AREA_TOLERANCE.simplified) {
      throw new Error(`${yearData.gemeenteFile}: municipality ${f.properties.nis} (${f.properties.naam}) lost too much area in simplification (${b.toFixed(2)} → ${a.toFixed(2)} km²)`);
    }
    if (d > worst.diff) worst = { diff: d, what: `${f.properties.naam}` };
  }
  const finalRegions = fc<RegionProps>('vervoerregios');
  if (finalRegions.length !== expected.regions) throw new Error(`${tableFile}: ${String(finalRegions.length)} vervoerregio's in the output, expected ${String(expected.regions)}`);
  const finalUnion = finalRegions.reduce((s, f) => s + areaKm2(f), 0);
  const finalFlanders = areaKm2(fc('vlaanderen')[0] as Feature);
  assertAreasMatch(`${spec.table}: union of the simplified vervoerregio's vs the vlaanderen outline`, finalUnion, finalFlanders, 1e-6);
  log.push(`  simplification: largest municipal area change ${(worst.diff * 100).toFixed(3)} % (${worst.what}); ${String(countVertices(raw))} → ${String(countVertices(topology))} vertices, ${String(topology.arcs.length)} arcs`);

  log.push(`  ${String(gemeenten.length)} municipalities in ${String(vervoerregios.length)} vervoerregio's: ${vervoerregios.map((r) => `${r.properties.naam} ${String(r.properties.aantal)}`).join(', ')}`);
  const regions = regionCodes.map((code) => ({ code, ...lectureRegionName(code, definitions.get(code)?.label ?? '') }));
  return { topology, membership, regions, log, notes };
}
