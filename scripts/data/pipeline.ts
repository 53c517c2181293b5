/** The geo data pipeline: reads ../shared (or fixtures), validates, and writes data/ atomically and byte-reproducibly. */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatCsv, parseCsv } from '../../src/lib/geo/csv';
import { meetjeslandDelineatiesSchema } from '../../src/lib/geo/meetjesland-schema';
import { YEAR_SOURCES, readYear, type DivisionYear } from './family';
import { parseJson, parseWith } from '../../src/lib/parse.ts';
import { BRUSSEL_COLUMNS, buildGemeenten, GEMEENTEN_COLUMNS, REGIOS_COLUMNS } from './gemeenten';
import { buildMeetjesland, readPredecessors } from './meetjesland';
import { buildOverDeGrens } from './over-de-grens';
import { overDeGrensSchema } from '../../src/lib/geo/over-de-grens-schema';
import { buildReferentieregios } from './referentieregios';
import { MEETJESLAND_NOTES, type DelineationNote } from './meetjesland-notes';
import { brusselComments, gemeentenComments, regiosComments } from './sources';
import { DEFAULT_TOPO_SETTINGS, GEMEENTEN_TOPO_SETTINGS, GEMEENTEN_ZOOM, MEETJESLAND_TOPO_SETTINGS, MEETJESLAND_ZOOM, withZoom, type TopoSettings } from './topology';
import { topologyZoom } from '../../src/maps/shared/zoom.ts';
import { buildVervoerregios, readRegionDefinitions } from './vervoerregios';
import { writeAllAtomically, type OutputFile } from './write-atomic';

export interface Expectations {
  gemeenten2025: number;
  gemeenten2019: number;
  vervoerregios: number;
  referentieregios: number;
}

export const REAL_EXPECTATIONS: Expectations = { gemeenten2025: 285, gemeenten2019: 300, vervoerregios: 15, referentieregios: 15 };

export interface PipelineOptions {
  /** Folder holding `provinciesincijfers_gebiedsniveaus/{shapefiles,tables}` (default ../shared/geo/raw). */
  rawDir: string;
  /** The Meetjesland delineations CSV. */
  meetjeslandCsv: string;
  /** Municipality → referentieregio CSV (default `<rawDir>/../gemeente_referentieregio.csv`). */
  referentieregioCsv?: string;
  /** Output folder (data/). */
  outDir: string;
  expect?: Expectations;
  settings?: TopoSettings;
  /** Settings of data/gemeenten.topo.json and data/meetjesland.topo.json (defaults in scripts/data/topology.ts). */
  gemeentenSettings?: TopoSettings;
  meetjeslandSettings?: TopoSettings;
  /** The WGS84 TopoJSON inputs of the figure "Over de grens"; without them its three files are not written (the fixture tests). */
  overDeGrens?: { cartomapDir: string; worldAtlas: string; swissMaps: string } | undefined;
  /** Dutch texts per delineation id (default: scripts/data/meetjesland-notes.ts). */
  notes?: Readonly<Record<string, DelineationNote>>;
  log?: (line: string) => void;
}

export interface PipelineResult {
  files: Array<{ name: string; bytes: number; gzipBytes: number }>;
  notes: string[];
}

/** File names written to the output folder. */
export const OUTPUT_FILES = [
  'gemeenten.topo.json',
  'gemeenten.csv',
  'regios.csv',
  'brussel.csv',
  'meetjesland.topo.json',
  'meetjesland-delineaties.json',
  'over-de-grens.topo.json',
  'over-de-grens-context.topo.json',
  'over-de-grens.json',
] as const;

/** The files of the figure "Over de grens", written only when its inputs are given (`overDeGrens`). */
export const OVER_DE_GRENS_OUTPUT = ['over-de-grens.topo.json', 'over-de-grens-context.topo.json', 'over-de-grens.json'] as const;

/** The objects each topology must hold, and whether a live map draws it (then it declares its zoom range). */
const TOPOLOGIES: Readonly<Record<string, { objects: readonly string[]; live: boolean }>> = {
  'gemeenten.topo.json': { objects: ['gemeenten', 'brussel'], live: true },
  'meetjesland.topo.json': { objects: ['gemeenten', 'provincie'], live: true },
  'over-de-grens.topo.json': { objects: ['gemeenten'], live: true },
  'over-de-grens-context.topo.json': { objects: ['landen', 'vlaanderen', 'zeeland', 'kantons', 'bodensee'], live: false },
};

/** Re-checks a staged output file before it replaces the committed one. */
function validateOutput(name: string, content: string): void {
  if (name.endsWith('.json')) {
    const value = parseJson(content, name);
    if (name === 'over-de-grens.json') {
      parseWith(overDeGrensSchema, value, name);
    } else if (name.endsWith('.topo.json')) {
      const t = value as { type?: unknown; objects?: Record<string, unknown>; arcs?: unknown; transform?: unknown };
      if (t.type !== 'Topology' || !t.objects || !Array.isArray(t.arcs) || !t.transform) {
        throw new Error(`${name}: staged output is not a quantized TopoJSON topology`);
      }
      const spec = TOPOLOGIES[name];
      if (!spec) throw new Error(`${name}: unknown topology (scripts/data/pipeline.ts, TOPOLOGIES)`);
      for (const k of spec.objects) if (!(k in t.objects)) throw new Error(`${name}: object "${k}" is missing`);
      if (spec.live) topologyZoom(value, name);
    } else {
      parseWith(meetjeslandDelineatiesSchema, value, name);
    }
  } else if (name.endsWith('.csv')) {
    const columns = name === 'gemeenten.csv' ? GEMEENTEN_COLUMNS : name === 'regios.csv' ? REGIOS_COLUMNS : BRUSSEL_COLUMNS;
    const rows = parseCsv(content, name, columns);
    if (rows.length === 0) throw new Error(`${name}: no rows`);
  }
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const expect = options.expect ?? REAL_EXPECTATIONS;
  const settings = options.settings ?? DEFAULT_TOPO_SETTINGS;
  const log = options.log ?? ((): void => undefined);
  const pinc = join(options.rawDir, 'provinciesincijfers_gebiedsniveaus');
  const shapefilesDir = join(pinc, 'shapefiles');
  const tablesDir = join(pinc, 'tables');
  const definitionsFile = join(tablesDir, 'vervoerregio_definities.csv');

  const definitions = await readRegionDefinitions(definitionsFile);
  const files: OutputFile[] = [];
  const notes: string[] = [];
  const years = {} as Record<DivisionYear, Awaited<ReturnType<typeof readYear>>>;
  const builds = {} as Record<DivisionYear, Awaited<ReturnType<typeof buildVervoerregios>>>;
  for (const id of ['2025', '2019'] as const) {
    log(`vervoerregio's ${YEAR_SOURCES[id].label}:`);
    const yearData = await readYear(YEAR_SOURCES[id], shapefilesDir);
    years[id] = yearData;
    const expected = { municipalities: id === '2025' ? expect.gemeenten2025 : expect.gemeenten2019, regions: expect.vervoerregios };
    const build = await buildVervoerregios(yearData, tablesDir, shapefilesDir, definitionsFile, definitions, expected, settings);
    build.log.forEach((l) => log(l));
    notes.push(...build.notes);
    builds[id] = build;
  }

  log("referentieregio's:");
  const rr = await buildReferentieregios({
    csvFile: options.referentieregioCsv ?? join(options.rawDir, '..', 'gemeente_referentieregio.csv'),
    tablesDir,
    shapefilesDir,
    years,
    vervoerregio: { '2025': builds['2025'].membership, '2019': builds['2019'].membership },
    vervoerregioNames: new Map(builds['2019'].regions.map((r) => [r.code, r.naam])),
    expectedRegions: expect.referentieregios,
    checkDocumentedPairs: expect === REAL_EXPECTATIONS,
  });
  rr.log.forEach((l) => log(l));

  log('one topology of the 2019–2024 municipalities for every map:');
  const predecessorsFile = join(tablesDir, 'gemeente2024_gemeente.csv');
  const names2019 = new Map(years['2019'].municipalities.map((m) => [m.nis, m.naam]));
  const gem = await buildGemeenten({
    year2019: years['2019'],
    year2025: years['2025'],
    shapefilesDir,
    predecessors: await readPredecessors(predecessorsFile, names2019),
    predecessorsFile,
    vervoerregio2019: builds['2019'].membership,
    vervoerregio2025: builds['2025'].membership,
    regions: builds['2019'].regions,
    referentieregio: { by2019: rr.membership['2019'], by2025: rr.membership['2025'], regions: rr.regions },
    settings: options.gemeentenSettings ?? GEMEENTEN_TOPO_SETTINGS,
  });
  gem.log.forEach((l) => log(l));
  files.push({ name: 'gemeenten.topo.json', content: JSON.stringify(withZoom(gem.topology, GEMEENTEN_ZOOM)) });
  files.push({ name: 'gemeenten.csv', content: formatCsv(GEMEENTEN_COLUMNS, gem.gemeentenRows, gemeentenComments(gem.gemeentenRows.length)) });
  files.push({ name: 'regios.csv', content: formatCsv(REGIOS_COLUMNS, gem.regiosRows, regiosComments()) });
  files.push({ name: 'brussel.csv', content: formatCsv(BRUSSEL_COLUMNS, gem.brusselRows, brusselComments()) });

  log('Meetjesland:');
  const mj = await buildMeetjesland(options.meetjeslandCsv, tablesDir, years['2019'], years['2025'], options.notes ?? MEETJESLAND_NOTES, options.meetjeslandSettings ?? MEETJESLAND_TOPO_SETTINGS);
  mj.log.forEach((l) => log(l));
  files.push({ name: 'meetjesland.topo.json', content: JSON.stringify(withZoom(mj.topology, MEETJESLAND_ZOOM)) });
  files.push({ name: 'meetjesland-delineaties.json', content: `${JSON.stringify(mj.delineaties, null, 2)}\n` });

  if (options.overDeGrens) {
    log('Over de grens (Zeeland, Oost-Vlaanderen, Western Europe, the cantons):');
    const { cartomapDir, worldAtlas, swissMaps } = options.overDeGrens;
    const odg = await buildOverDeGrens({
      cartomapGemeenten: join(cartomapDir, 'gemeente_2025.topojson'),
      cartomapProvincies: join(cartomapDir, 'provincie_2025.topojson'),
      worldAtlas,
      swissMaps,
      year2025: years['2025'],
      vervoerregio2025: builds['2025'].membership,
    });
    odg.log.forEach((l) => log(l));
    files.push({ name: 'over-de-grens.topo.json', content: JSON.stringify(odg.topology) });
    files.push({ name: 'over-de-grens-context.topo.json', content: JSON.stringify(odg.context) });
    files.push({ name: 'over-de-grens.json', content: `${JSON.stringify(odg.json, null, 1)}\n` });
  }

  files.sort((a, b) => OUTPUT_FILES.indexOf(a.name as (typeof OUTPUT_FILES)[number]) - OUTPUT_FILES.indexOf(b.name as (typeof OUTPUT_FILES)[number]));
  await writeAllAtomically(options.outDir, files, validateOutput);
  return {
    files: files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.content), gzipBytes: gzipSync(f.content, { level: 9 }).length })),
    notes,
  };
}
