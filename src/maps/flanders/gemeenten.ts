/**
 * The one build-time model of the Flemish municipalities and their regions: the topology every map stands on and the
 * membership tables that turn it into any division in either division year (data/gemeenten.topo.json, gemeenten.csv,
 * regios.csv, brussel.csv), validated with zod, checked against each other, read once per build. The maps, the
 * municipality pages (src/gemeenten/) and through them the search all read this model. A new division (e.g.
 * referentieregio) is one more `<division>_<year>` column in gemeenten.csv plus its names in regios.csv.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseCsv } from '../../lib/geo/csv.ts';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { parseWith, readJsonFile } from '../../lib/parse.ts';
import { slugify } from '../shared/url-state.ts';
import { topologyZoom } from '../shared/zoom.ts';

/** The division years (municipality boundaries): 2019–2024 (300 Flemish municipalities, the geometry) and 2025 (285, merges of them). */
export const DIVISION_YEARS = ['2019', '2025'] as const;
export type DivisionYear = (typeof DIVISION_YEARS)[number];

export const GEMEENTEN_FILES = {
  topology: 'data/gemeenten.topo.json',
  gemeenten: 'data/gemeenten.csv',
  regios: 'data/regios.csv',
  brussel: 'data/brussel.csv',
} as const;

type Files = { readonly [K in keyof typeof GEMEENTEN_FILES]: string };

const nis = z.string().regex(/^\d{5}$/, 'geen NIS-code van vijf cijfers');
const naam = z.string().min(2, 'geen naam');

/** A row of gemeenten.csv: the fixed columns, and one region code per `<division>_<year>` column. */
const gemeenteRow = z
  .object({ nis, gemeente: naam, provincie: nis, nis_2025: nis, gemeente_2025: naam })
  .catchall(z.string().min(1, 'geen regiocode'))
  .transform(({ nis, gemeente, provincie, nis_2025, gemeente_2025, ...regio }) => ({
    /** NIS code on the 2019–2024 boundaries (the geometry's id). */
    nis,
    naam: gemeente,
    /** NIS code of the province (a `provincie` row of regios.csv). */
    provincie,
    /** The 2025 municipality it lies in. */
    nis2025: nis_2025,
    naam2025: gemeente_2025,
    /** Region code per `<division>_<year>` column, e.g. `{ vervoerregio_2019: '4', vervoerregio_2025: '4' }`. */
    regio,
  }));

/** A row of regios.csv: the name of a region (or province) of one division. */
const regioRow = z
  .object({ indeling: z.string().min(1, 'geen indeling'), code: z.string().min(1, 'geen code'), naam: z.string().min(1, 'geen naam'), alias: z.string() })
  .transform(({ indeling, code, naam, alias }) => ({ division: indeling, code, naam, alias: alias || undefined }));

/** A row of brussel.csv: a municipality of the Brussels-Capital Region. */
const brusselRow = z.object({ nis, gemeente: naam }).transform(({ nis, gemeente }) => ({ nis, naam: gemeente }));

export type Gemeente = z.output<typeof gemeenteRow>;
export type Regio = z.output<typeof regioRow>;
export type BrusselseGemeente = z.output<typeof brusselRow>;

export interface GemeentenData {
  topology: Topology;
  /** The 300 municipalities of 2019–2024, in the order of the topology. */
  gemeenten: Gemeente[];
  /** The names of the regions of every division, and of the provinces (division `provincie`). */
  regios: Regio[];
  /** The five Flemish provinces, in the order of regios.csv. */
  provincies: Array<{ nis: string; naam: string }>;
  /** The 19 Brussels municipalities, in no Flemish division. */
  brussel: BrusselseGemeente[];
}

const FIXED = ['nis', 'gemeente', 'provincie', 'nis_2025', 'gemeente_2025'] as const;

function rows<T extends z.ZodType>(text: string, file: string, columns: readonly string[], schema: T): Array<{ line: number; row: z.output<T> }> {
  return parseCsv(text, file, columns).map(({ line, values }) => ({ line, row: parseWith(schema, values, `${file}, regel ${String(line)}`) }));
}

/** Checks the four files against each other; every message names the file and the row. */
export function parseGemeenten(
  topologyJson: unknown,
  gemeentenCsv: string,
  regiosCsv: string,
  brusselCsv: string,
  files: Files = GEMEENTEN_FILES,
): GemeentenData {
  const topology = topologyJson as Topology;
  const collection = topology?.objects?.['gemeenten'] as GeometryCollection | undefined;
  if (topology?.type !== 'Topology' || collection?.type !== 'GeometryCollection' || !topology.objects['brussel']) {
    throw new Error(`${files.topology}: geen topologie met de objecten "gemeenten" en "brussel".`);
  }
  topologyZoom(topology, files.topology);
  const ids = collection.geometries.map((g) => String(g.id ?? ''));
  const regios = rows(regiosCsv, files.regios, ['indeling', 'code', 'naam', 'alias'], regioRow).map(({ row }) => row);
  const known = new Set(regios.map((r) => `${r.division}|${r.code}`));
  const gemeenten = rows(gemeentenCsv, files.gemeenten, FIXED, gemeenteRow).map(({ line, row: g }) => {
    if (!known.has(`provincie|${g.provincie}`))
      throw new Error(`${files.gemeenten}, regel ${String(line)}: provincie "${g.provincie}" staat niet in ${files.regios}.`);
    for (const [column, code] of Object.entries(g.regio)) {
      const m = /^([a-z]+)_(2019|2025)$/.exec(column);
      if (!m) throw new Error(`${files.gemeenten}: kolom "${column}" is geen <indeling>_<2019|2025>.`);
      if (!known.has(`${m[1] ?? ''}|${code}`)) throw new Error(`${files.gemeenten}, regel ${String(line)}: ${column} "${code}" staat niet in ${files.regios}.`);
    }
    return g;
  });
  const rowIds = new Set(gemeenten.map((g) => g.nis));
  const missing = ids.filter((id) => !rowIds.has(id));
  const extra = gemeenten.filter((g) => !ids.includes(g.nis)).map((g) => g.nis);
  if (missing.length > 0 || extra.length > 0 || rowIds.size !== gemeenten.length) {
    throw new Error(
      `${files.gemeenten} en ${files.topology} horen niet bij elkaar (zonder rij: ${missing.join(', ') || '–'}; zonder geometrie: ${extra.join(', ') || '–'}).`,
    );
  }
  const provincies = regios.filter((r) => r.division === 'provincie').map((r) => ({ nis: r.code, naam: r.naam }));
  const brussel = rows(brusselCsv, files.brussel, ['nis', 'gemeente'], brusselRow).map(({ row }) => row);
  return { topology, gemeenten, regios, provincies, brussel };
}

let cached: GemeentenData | undefined;

/** Reads and checks data/gemeenten.topo.json, gemeenten.csv, regios.csv and brussel.csv once per build. */
export function loadGemeenten(): GemeentenData {
  cached ??= parseGemeenten(
    readJsonFile(GEMEENTEN_FILES.topology),
    readFileSync(GEMEENTEN_FILES.gemeenten, 'utf8'),
    readFileSync(GEMEENTEN_FILES.regios, 'utf8'),
    readFileSync(GEMEENTEN_FILES.brussel, 'utf8'),
  );
  return cached;
}

/** A division in one division year, as plain data a map can draw (merging the geometries) and list. */
export interface Division {
  /** The kind of division, e.g. `vervoerregio`. */
  division: string;
  year: DivisionYear;
  /** 2019–2024 NIS → region code. */
  regionOf: Record<string, string>;
  /** 2019–2024 NIS → NIS of the municipality it belongs to in this year (only where they differ). */
  unitOf: Record<string, string>;
  /** The regions, sorted by name, each with its municipalities of this year (sorted by name). */
  regions: Array<Regio & { slug: string; members: Array<{ nis: string; naam: string }> }>;
}

/** `division(data, 'vervoerregio', '2025')`: throws when gemeenten.csv has no such column. */
export function division(data: GemeentenData, kind: string, year: DivisionYear): Division {
  const column = `${kind}_${year}`;
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
    .filter((r) => r.division === kind && members.has(r.code))
    .map((r) => ({
      ...r,
      slug: slugify(r.naam),
      members: [...(members.get(r.code) ?? [])].map(([nis, naam]) => ({ nis, naam })).sort((a, b) => compareNames(a.naam, b.naam)),
    }))
    .sort((a, b) => compareNames(a.naam, b.naam));
  return { division: kind, year, regionOf, unitOf, regions };
}
