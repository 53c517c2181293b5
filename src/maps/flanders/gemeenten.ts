/**
 * Build-time access to the one municipality topology and its membership tables (data/gemeenten.topo.json, gemeenten.csv,
 * regios.csv), validated; and any regional division on either division year as plain data (`division`). A new
 * division (e.g. referentieregio) is one more `<indeling>_<year>` column in gemeenten.csv plus its names in regios.csv.
 */
import { readFileSync } from 'node:fs';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseCsv } from '../../lib/geo/csv.ts';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { slugify } from '../shared/url-state.ts';
import { topologyZoom } from '../shared/zoom.ts';

/** The division years (municipality boundaries): 2019–2024 (300 Flemish municipalities, the geometry) and 2025 (285, merges of them). */
export const DIVISION_YEARS = ['2019', '2025'] as const;
export type DivisionYear = (typeof DIVISION_YEARS)[number];

export const GEMEENTEN_FILES = { topology: 'data/gemeenten.topo.json', gemeenten: 'data/gemeenten.csv', regios: 'data/regios.csv' } as const;

export interface Gemeente {
  /** NIS code on the 2019–2024 boundaries (the geometry's id). */
  nis: string;
  naam: string;
  provincie: string;
  /** The 2025 municipality it lies in. */
  nis2025: string;
  naam2025: string;
  /** Region code per `<indeling>_<year>` column, e.g. `{ vervoerregio_2019: '4', vervoerregio_2025: '4' }`. */
  regio: Readonly<Record<string, string>>;
}

export interface Regio {
  indeling: string;
  code: string;
  naam: string;
  alias?: string | undefined;
}

export interface GemeentenData {
  topology: Topology;
  gemeenten: Gemeente[];
  regios: Regio[];
}

const FIXED = ['nis', 'gemeente', 'provincie', 'nis_2025', 'gemeente_2025'] as const;

/** Checks the three files against each other; every message names the file and the row. */
export function parseGemeenten(
  topologyJson: unknown,
  gemeentenCsv: string,
  regiosCsv: string,
  files: { topology: string; gemeenten: string; regios: string } = GEMEENTEN_FILES,
): GemeentenData {
  const topology = topologyJson as Topology;
  const collection = topology?.objects?.['gemeenten'] as GeometryCollection | undefined;
  if (topology?.type !== 'Topology' || collection?.type !== 'GeometryCollection' || !topology.objects['brussel']) {
    throw new Error(`${files.topology}: geen topologie met de objecten "gemeenten" en "brussel".`);
  }
  topologyZoom(topology, files.topology);
  const ids = collection.geometries.map((g) => String(g.id ?? ''));
  const regios = parseCsv(regiosCsv, files.regios, ['indeling', 'code', 'naam', 'alias']).map(({ line, values }) => {
    if (!values['indeling'] || !values['code'] || !values['naam'])
      throw new Error(`${files.regios}, regel ${String(line)}: indeling, code en naam zijn verplicht.`);
    return { indeling: values['indeling'], code: values['code'], naam: values['naam'], alias: values['alias'] || undefined };
  });
  const known = new Set(regios.map((r) => `${r.indeling}|${r.code}`));
  const records = parseCsv(gemeentenCsv, files.gemeenten, FIXED);
  const gemeenten = records.map(({ line, values }) => {
    const regio: Record<string, string> = {};
    for (const [column, code] of Object.entries(values)) {
      if ((FIXED as readonly string[]).includes(column)) continue;
      const m = /^([a-z]+)_(2019|2025)$/.exec(column);
      if (!m) throw new Error(`${files.gemeenten}: kolom "${column}" is geen <indeling>_<2019|2025>.`);
      if (!known.has(`${m[1] ?? ''}|${code}`)) throw new Error(`${files.gemeenten}, regel ${String(line)}: ${column} "${code}" staat niet in ${files.regios}.`);
      regio[column] = code;
    }
    return {
      nis: values['nis'] ?? '',
      naam: values['gemeente'] ?? '',
      provincie: values['provincie'] ?? '',
      nis2025: values['nis_2025'] ?? '',
      naam2025: values['gemeente_2025'] ?? '',
      regio,
    };
  });
  const rows = new Set(gemeenten.map((g) => g.nis));
  const missing = ids.filter((id) => !rows.has(id));
  const extra = gemeenten.filter((g) => !ids.includes(g.nis)).map((g) => g.nis);
  if (missing.length > 0 || extra.length > 0 || rows.size !== gemeenten.length) {
    throw new Error(
      `${files.gemeenten} en ${files.topology} horen niet bij elkaar (zonder rij: ${missing.join(', ') || '–'}; zonder geometrie: ${extra.join(', ') || '–'}).`,
    );
  }
  return { topology, gemeenten, regios };
}

let cached: GemeentenData | undefined;

/** Reads and checks data/gemeenten.* once per build. */
export function loadGemeenten(): GemeentenData {
  cached ??= parseGemeenten(
    JSON.parse(readFileSync(GEMEENTEN_FILES.topology, 'utf8')),
    readFileSync(GEMEENTEN_FILES.gemeenten, 'utf8'),
    readFileSync(GEMEENTEN_FILES.regios, 'utf8'),
  );
  return cached;
}

/** A division in one division year, as plain data a map can draw (merging the geometries) and list. */
export interface Division {
  indeling: string;
  year: DivisionYear;
  /** 2019–2024 NIS → region code. */
  regionOf: Record<string, string>;
  /** 2019–2024 NIS → NIS of the municipality it belongs to in this year (only where they differ). */
  unitOf: Record<string, string>;
  /** The regions, sorted by name, each with its municipalities of this year (sorted by name). */
  regions: Array<Regio & { slug: string; members: Array<{ nis: string; naam: string }> }>;
}

/** `division(data, 'vervoerregio', '2025')`: throws when gemeenten.csv has no such column. */
export function division(data: GemeentenData, indeling: string, year: DivisionYear): Division {
  const column = `${indeling}_${year}`;
  if (!data.gemeenten.every((g) => column in g.regio)) throw new Error(`${GEMEENTEN_FILES.gemeenten}: kolom "${column}" ontbreekt.`);
  const regionOf: Record<string, string> = {};
  const unitOf: Record<string, string> = {};
  const members = new Map<string, Map<string, string>>();
  for (const g of data.gemeenten) {
    const code = g.regio[column] ?? '';
    regionOf[g.nis] = code;
    const [unit, naam] = year === '2025' ? [g.nis2025, g.naam2025] : [g.nis, g.naam];
    if (unit !== g.nis) unitOf[g.nis] = unit;
    const list = members.get(code) ?? new Map<string, string>();
    const earlier = [...members].find(([other, m]) => other !== code && m.has(unit));
    if (earlier) throw new Error(`${GEMEENTEN_FILES.gemeenten}: ${naam} (${unit}) ligt in ${column} zowel in ${earlier[0]} als in ${code}.`);
    members.set(code, list.set(unit, naam));
  }
  const regions = data.regios
    .filter((r) => r.indeling === indeling && members.has(r.code))
    .map((r) => ({
      ...r,
      slug: slugify(r.naam),
      members: [...(members.get(r.code) ?? [])].map(([nis, naam]) => ({ nis, naam })).sort((a, b) => compareNames(a.naam, b.naam)),
    }))
    .sort((a, b) => compareNames(a.naam, b.naam));
  return { indeling, year, regionOf, unitOf, regions };
}
