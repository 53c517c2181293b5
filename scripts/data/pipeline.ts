/** The geo data pipeline: reads ../shared (or fixtures), validates, and writes data/ atomically and byte-reproducibly. */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatCsv, parseCsv } from '../../src/lib/geo/csv';
import { meetjeslandDelineatiesSchema } from '../../src/lib/geo/meetjesland-schema';
import { FAMILIES, readFamily, type FamilyId } from './family';
import { gemeentenSchema } from '../../src/lib/geo/gemeenten-schema';
import { buildMeetjesland } from './meetjesland';
import { REFREG_COLUMNS, buildReferentieregios } from './referentieregios';
import { MEETJESLAND_NOTES, type DelineationNote } from './meetjesland-notes';
import { csvComments } from './sources';
import { DEFAULT_TOPO_SETTINGS, type TopoSettings } from './topology';
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
  'vervoerregios-2025.topo.json',
  'vervoerregios-2019.topo.json',
  'vervoerregios-2025.csv',
  'vervoerregios-2019.csv',
  'meetjesland.topo.json',
  'meetjesland-delineaties.json',
  'referentieregios-2025.csv',
  'referentieregios-2019.csv',
  'gemeenten.json',
] as const;

/** Re-checks a staged output file before it replaces the committed one. */
export function validateOutput(name: string, content: string): void {
  if (name.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      throw new Error(`${name}: staged output is not valid JSON (${(error as Error).message})`);
    }
    if (name === 'gemeenten.json') {
      const r = gemeentenSchema.safeParse(value);
      if (!r.success) throw new Error(`${name}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    } else if (name.endsWith('.topo.json')) {
      const t = value as { type?: unknown; objects?: Record<string, unknown>; arcs?: unknown; transform?: unknown };
      if (t.type !== 'Topology' || !t.objects || !Array.isArray(t.arcs) || !t.transform) {
        throw new Error(`${name}: staged output is not a quantized TopoJSON topology`);
      }
      const required = name.startsWith('meetjesland') ? ['gemeenten', 'provincie'] : ['gemeenten', 'vervoerregios', 'provincies', 'vlaanderen', 'brussel'];
      for (const k of required) if (!(k in t.objects)) throw new Error(`${name}: object "${k}" is missing`);
    } else {
      const r = meetjeslandDelineatiesSchema.safeParse(value);
      if (!r.success) throw new Error(`${name}: ${r.error.issues[0]?.message ?? 'invalid'}`);
    }
  } else if (name.startsWith('referentieregios-')) {
    if (parseCsv(content, name, REFREG_COLUMNS).length === 0) throw new Error(`${name}: no rows`);
  } else if (name.endsWith('.csv')) {
    const rows = parseCsv(content, name, ['nis', 'gemeente', 'vervoerregio_code', 'vervoerregio']);
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
  const families = {} as Record<FamilyId, Awaited<ReturnType<typeof readFamily>>>;
  const vervoerregio = {} as Record<FamilyId, Map<string, string>>;
  const vervoerregioNames = new Map<string, string>();
  for (const id of ['2025', '2019'] as const) {
    log(`vervoerregio's ${FAMILIES[id].label}:`);
    const family = await readFamily(FAMILIES[id], shapefilesDir);
    families[id] = family;
    const expected = { municipalities: id === '2025' ? expect.gemeenten2025 : expect.gemeenten2019, regions: expect.vervoerregios };
    const build = await buildVervoerregios(family, tablesDir, shapefilesDir, definitionsFile, definitions, expected, settings);
    build.log.forEach((l) => log(l));
    notes.push(...build.notes);
    vervoerregio[id] = new Map(build.csvRows.map((r) => [r[0] ?? '', r[2] ?? '']));
    for (const r of build.csvRows) vervoerregioNames.set(r[2] ?? '', r[3] ?? '');
    files.push({ name: `vervoerregios-${id}.topo.json`, content: JSON.stringify(build.topology) });
    files.push({
      name: `vervoerregios-${id}.csv`,
      content: formatCsv(['nis', 'gemeente', 'vervoerregio_code', 'vervoerregio'], build.csvRows, csvComments(id, build.csvRows.length, expect.vervoerregios)),
    });
  }

  log('Meetjesland:');
  const mj = await buildMeetjesland(options.meetjeslandCsv, tablesDir, families['2019'], families['2025'], options.notes ?? MEETJESLAND_NOTES, settings);
  mj.log.forEach((l) => log(l));
  files.push({ name: 'meetjesland.topo.json', content: JSON.stringify(mj.topology) });
  files.push({ name: 'meetjesland-delineaties.json', content: `${JSON.stringify(mj.delineaties, null, 2)}\n` });

  log("referentieregio's:");
  const rr = await buildReferentieregios({
    csvFile: options.referentieregioCsv ?? join(options.rawDir, '..', 'gemeente_referentieregio.csv'),
    tablesDir,
    shapefilesDir,
    families,
    vervoerregio,
    vervoerregioNames,
    expectedRegions: expect.referentieregios,
    checkDocumentedPairs: expect === REAL_EXPECTATIONS,
  });
  rr.log.forEach((l) => log(l));
  files.push({ name: 'referentieregios-2025.csv', content: rr.csv['2025'] });
  files.push({ name: 'referentieregios-2019.csv', content: rr.csv['2019'] });
  files.push({ name: 'gemeenten.json', content: `${JSON.stringify(rr.gemeenten, null, 1)}\n` });

  files.sort((a, b) => OUTPUT_FILES.indexOf(a.name as (typeof OUTPUT_FILES)[number]) - OUTPUT_FILES.indexOf(b.name as (typeof OUTPUT_FILES)[number]));
  await writeAllAtomically(options.outDir, files, validateOutput);
  return {
    files: files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.content), gzipBytes: gzipSync(f.content, { level: 9 }).length })),
    notes,
  };
}
