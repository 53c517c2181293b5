/** Builds data/meetjesland-delineaties.json (validated, converted to the 2019–2024 set) and data/meetjesland.topo.json. */
import { join } from 'node:path';
import { mergeArcs } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type * as TopoJSON from 'topojson-specification';
import { parseCsv, type CsvRecord } from '../../src/lib/geo/csv';
import { mapDelineationKind, parseConfidence } from './geo/delineation-kinds';
import { meetjeslandDelineatiesSchema, type Delineatie, type MeetjeslandDelineaties } from '../../src/lib/geo/meetjesland-schema';
import {
  MERGERS_2019,
  convert2018To2019,
  convert2025To2019,
  describe2018Conversion,
  describe2025Conversion,
  type NamedNis,
} from '../../src/lib/geo/mergers';
import { compareCodes, isFlemishNis, isPseudoNis, padNis, provinceOfNis } from '../../src/lib/geo/nis';
import type { YearData } from './family';
import { readInputText } from './io';
import type { DelineationNote } from './meetjesland-notes';
import { buildTopology, pruneArcs, quantizeTopology, simplifyTopology, type Topo, type TopoPolygon, type TopoSettings } from './topology';

const COLUMNS = ['delineation_id', 'delineation', 'kind', 'municipality', 'nis_code', 'municipality_set', 'date', 'source', 'confidence'] as const;
/** Columns that must be the same on every row of one delineation. */
const PER_DELINEATION = ['delineation', 'kind', 'municipality_set', 'date', 'source', 'confidence'] as const;
const DIVISION_YEARS = ['2018', '2019', '2025'] as const;
type DivisionYear = (typeof DIVISION_YEARS)[number];

const MEETJESLAND_BRON =
  'Afbakeningen van het Meetjesland, elk met de bron en datum in het veld bron; NIS-codes op de gemeente-indeling 2019–2024 van Provincies in Cijfers (gemeente2024).';

export interface MeetjeslandBuild {
  delineaties: MeetjeslandDelineaties;
  topology: Topo;
  log: string[];
}

interface Group {
  id: string;
  rows: CsvRecord[];
}

function idOrder(id: string): [number, number] {
  return ['H', 'A', 'S'].indexOf(id.charAt(0)) === -1 ? [9, 0] : [['H', 'A', 'S'].indexOf(id.charAt(0)), Number(id.slice(1))];
}

/** 2025 code → the 2019–2024 municipalities it covers, from PinC's gemeente2024_gemeente table. */
export async function readPredecessors(file: string, names2019: ReadonlyMap<string, string>): Promise<Map<string, NamedNis[]>> {
  const rows = parseCsv(await readInputText(file), file, ['gemeente2024', 'gemeente']);
  const out = new Map<string, NamedNis[]>();
  for (const { line, values } of rows) {
    const where = `${file}, line ${String(line)}`;
    const old = padNis(values['gemeente2024'] ?? '', where);
    const now = padNis(values['gemeente'] ?? '', where);
    if (isPseudoNis(old) || isPseudoNis(now)) continue;
    const naam = names2019.get(old);
    if (naam === undefined) throw new Error(`${where}: NIS code ${old} is not in the 2019–2024 municipality shapefile`);
    out.set(now, [...(out.get(now) ?? []), { nis: old, naam }]);
  }
  return out;
}

export async function buildMeetjesland(
  csvFile: string,
  tablesDir: string,
  year2019: YearData,
  year2025: YearData,
  notes: Readonly<Record<string, DelineationNote>>,
  settings: TopoSettings,
): Promise<MeetjeslandBuild> {
  const log: string[] = [];
  const flemish2019 = year2019.municipalities.filter((m) => isFlemishNis(m.nis));
  const names2019 = new Map(year2019.municipalities.map((m) => [m.nis, m.naam]));
  const flemishNames2019 = new Map(flemish2019.map((m) => [m.nis, m.naam]));
  const names2025 = new Map(year2025.municipalities.filter((m) => isFlemishNis(m.nis)).map((m) => [m.nis, m.naam]));

  // The pre-2019 set: the 2019 set with each merger replaced by its parts.
  for (const m of MERGERS_2019) {
    const found = flemishNames2019.get(m.nis);
    if (found !== undefined && found !== m.naam) {
      throw new Error(`${year2019.gemeenteFile}: NIS code ${m.nis} is "${found}", but the 2019 merger table says ${m.naam}`);
    }
  }
  const names2018 = new Map(flemishNames2019);
  for (const m of MERGERS_2019) {
    names2018.delete(m.nis);
    for (const v of m.van) names2018.set(v.nis, v.naam);
  }
  const municipalitiesOf: Record<DivisionYear, { names: ReadonlyMap<string, string>; label: string }> = {
    '2018': { names: names2018, label: `the pre-2019 set (${year2019.gemeenteFile} with the 2019 mergers undone)` },
    '2019': { names: flemishNames2019, label: `the 2019–2024 shapefile ${year2019.gemeenteFile}` },
    '2025': { names: names2025, label: `the 2025 shapefile ${year2025.gemeenteFile}` },
  };

  const records = parseCsv(await readInputText(csvFile), csvFile, COLUMNS);
  const groups: Group[] = [];
  for (const rec of records) {
    const id = rec.values['delineation_id'] ?? '';
    const where = `${csvFile}, line ${String(rec.line)}`;
    if (!/^[HAS]\d{1,2}$/.test(id)) throw new Error(`${where}: invalid delineation_id "${id}"`);
    let g = groups.find((x) => x.id === id);
    if (!g) groups.push((g = { id, rows: [] }));
    else if (groups[groups.length - 1] !== g) throw new Error(`${where} (${id}): rows of delineation ${id} are not contiguous`);
    g.rows.push(rec);
  }

  const csvIds = new Set(groups.map((g) => g.id));
  for (const g of groups) {
    if (!notes[g.id]) throw new Error(`${csvFile}: delineation ${g.id} has no Dutch text in scripts/data/meetjesland-notes.ts`);
  }
  for (const id of Object.keys(notes)) {
    if (!csvIds.has(id)) throw new Error(`${csvFile}: delineation ${id} (scripts/data/meetjesland-notes.ts) is not in the CSV`);
  }

  const predecessors = await readPredecessors(join(tablesDir, 'gemeente2024_gemeente.csv'), names2019);
  const delineaties: Delineatie[] = [];
  for (const g of groups) {
    const first = g.rows[0] as CsvRecord;
    const at = (rec: CsvRecord): string => `${csvFile}, line ${String(rec.line)} (${g.id})`;
    for (const col of ['kind', 'source', 'date', 'municipality_set', 'confidence'] as const) {
      if ((first.values[col] ?? '') === '') throw new Error(`${at(first)}: delineation ${g.id} has no ${col}`);
    }
    const set = first.values['municipality_set'] as DivisionYear;
    if (!DIVISION_YEARS.includes(set)) throw new Error(`${at(first)}: unknown municipality_set "${set}" (expected ${DIVISION_YEARS.join(', ')})`);
    const seen = new Map<string, number>();
    const leden: NamedNis[] = [];
    for (const rec of g.rows) {
      for (const col of PER_DELINEATION) {
        if (rec.values[col] !== first.values[col]) {
          throw new Error(`${at(rec)}: column ${col} differs from line ${String(first.line)} of the same delineation`);
        }
      }
      const nis = padNis(rec.values['nis_code'] ?? '', at(rec));
      const naam = rec.values['municipality'] ?? '';
      const earlier = seen.get(nis);
      if (earlier !== undefined) throw new Error(`${at(rec)}: duplicate member NIS code ${nis} (${naam}), already on line ${String(earlier)}`);
      seen.set(nis, rec.line);
      const municipalities = municipalitiesOf[set];
      const known = municipalities.names.get(nis);
      if (known === undefined) throw new Error(`${at(rec)}: unknown NIS code ${nis} (${naam}): not a municipality of ${municipalities.label}`);
      if (known !== naam) throw new Error(`${at(rec)}: NIS code ${nis} is "${known}" in ${municipalities.label}, not "${naam}"`);
      leden.push({ nis, naam });
    }

    const note = notes[g.id] as DelineationNote;
    let soort: Delineatie['soort'];
    let confidence: ReturnType<typeof parseConfidence>;
    try {
      soort = mapDelineationKind(g.id, first.values['kind'] ?? '');
      confidence = parseConfidence(first.values['confidence'] ?? '');
    } catch (error) {
      throw new Error(`${at(first)}: ${(error as Error).message}`, { cause: error });
    }
    if ((confidence.uitleg !== undefined) !== (note.zekerheidNoot !== undefined)) {
      throw new Error(
        `${at(first)}: the CSV confidence ${confidence.uitleg !== undefined ? `explains "${confidence.uitleg}" but there is no` : 'has no explanation but there is a'} zekerheidNoot in meetjesland-notes.ts`,
      );
    }

    let codes: string[];
    let omgezet = false;
    let omzettingNoot: string | undefined;
    try {
      if (set === '2018') {
        const c = convert2018To2019(leden);
        codes = c.leden;
        omgezet = c.stappen.length > 0;
        omzettingNoot = describe2018Conversion(c);
      } else if (set === '2025') {
        const c = convert2025To2019(leden, predecessors);
        codes = c.leden;
        omgezet = c.stappen.length > 0;
        omzettingNoot = describe2025Conversion(c);
      } else {
        codes = [...new Set(leden.map((l) => l.nis))].sort(compareCodes);
      }
    } catch (error) {
      throw new Error(`${at(first)}: ${(error as Error).message}`, { cause: error });
    }
    for (const nis of codes) {
      if (!flemishNames2019.has(nis)) throw new Error(`${at(first)}: converted member ${nis} is not in ${municipalitiesOf['2019'].label}`);
    }

    const d: Delineatie = {
      id: g.id,
      naam: note.naam,
      soort,
      omschrijving: note.omschrijving,
      bron: note.bron,
      datum: note.datum,
      zekerheid: confidence.zekerheid,
      ...(note.zekerheidNoot !== undefined ? { zekerheidNoot: note.zekerheidNoot } : {}),
      set: '2019',
      omgezet,
      ...(omzettingNoot !== undefined ? { omzettingNoot } : {}),
      leden: codes,
    };
    delineaties.push(d);
  }
  delineaties.sort((a, b) => {
    const [pa, na] = idOrder(a.id);
    const [pb, nb] = idOrder(b.id);
    return pa - pb || na - nb;
  });
  const result = { bron: MEETJESLAND_BRON, delineaties };
  const parsed = meetjeslandDelineatiesSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const idx = typeof issue?.path[1] === 'number' ? issue.path[1] : -1;
    const id = delineaties[idx]?.id ?? '?';
    throw new Error(`${csvFile}: delineation ${id}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  log.push(`  ${String(delineaties.length)} delineations: ${delineaties.map((d) => `${d.id} ${d.soort} ${String(d.leden.length)}${d.omgezet ? '*' : ''}`).join(', ')} (* = converted)`);

  // Map of the 2019–2024 municipalities of Oost-Vlaanderen.
  const ov = flemish2019.filter((m) => provinceOfNis(m.nis) === '40000');
  const ovCodes = new Set(ov.map((m) => m.nis));
  for (const d of delineaties) {
    const outside = d.leden.filter((nis) => !ovCodes.has(nis));
    if (outside.length > 0) throw new Error(`${csvFile}: delineation ${d.id} has members outside Oost-Vlaanderen (${outside.join(', ')}), which meetjesland.topo.json does not contain`);
  }
  const fc: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: ov.map((m) => ({ type: 'Feature', properties: { nis: m.nis, naam: m.naam }, geometry: m.geometry })),
  };
  const simple = simplifyTopology(buildTopology({ all: fc }), settings.minTriangleM2);
  const geoms = (simple.objects['all'] as TopoJSON.GeometryCollection<{ nis: string; naam: string }>).geometries as Array<TopoPolygon & { properties: { nis: string; naam: string } }>;
  // Names travel in the figure's model (from data/gemeenten.csv), so the geometries carry only their NIS code as id.
  const gemeenten = geoms.map((g) => ({ type: g.type, id: g.properties.nis, arcs: g.arcs }));
  const provincie = { type: 'MultiPolygon', id: '40000', arcs: mergeArcs(simple, geoms).arcs };
  const objects = {
    gemeenten: { type: 'GeometryCollection', geometries: gemeenten },
    provincie: { type: 'GeometryCollection', geometries: [provincie] },
  } as unknown as TopoJSON.Objects;
  const topology = quantizeTopology(pruneArcs({ ...simple, objects }), settings.quantization);
  log.push(`  meetjesland.topo.json: ${String(ov.length)} municipalities of Oost-Vlaanderen (2019–2024 set)`);
  return { delineaties: result, topology, log };
}
