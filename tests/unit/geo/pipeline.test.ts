import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MEETJESLAND_NOTES, type DelineationNote } from '../../../scripts/data/meetjesland-notes';
import { runPipeline, OUTPUT_FILES, OVER_DE_GRENS_OUTPUT, REAL_EXPECTATIONS, type Expectations } from '../../../scripts/data/pipeline';
import { meetjeslandDelineatiesSchema } from '../../../src/lib/geo/meetjesland-schema';
import { parseGemeenten } from '../../../src/maps/flanders/gemeenten.ts';
import { FIXTURE_EXPECT, makeFixture, type FixtureOptions } from '../../fixtures/geo/make-fixture';

const tmp = mkdtempSync(join(tmpdir(), 'geo-pipeline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const notes: Record<string, DelineationNote> = Object.fromEntries(['H1', 'H4', 'A5', 'A12'].map((id) => [id, MEETJESLAND_NOTES[id] as DelineationNote]));

function setup(options: FixtureOptions = {}): { root: string; rawDir: string; meetjeslandCsv: string; pinc: string; outDir: string } {
  const root = join(tmp, `case-${String(++n)}`);
  const f = makeFixture(root, options);
  return { root, ...f, outDir: join(root, 'out') };
}

async function run(
  options: FixtureOptions = {},
  outDir?: string,
  expect: Expectations = FIXTURE_EXPECT,
): Promise<{ outDir: string; pinc: string; root: string }> {
  const f = setup(options);
  const out = outDir ?? f.outDir;
  await runPipeline({ rawDir: f.rawDir, meetjeslandCsv: f.meetjeslandCsv, outDir: out, expect, notes });
  return { outDir: out, pinc: f.pinc, root: f.root };
}

/** Runs with a broken fixture and returns the error message (fails the test if nothing is thrown). */
async function failure(options: FixtureOptions, expectations: Expectations = FIXTURE_EXPECT): Promise<{ message: string; pinc: string; root: string }> {
  const f = setup(options);
  try {
    await runPipeline({ rawDir: f.rawDir, meetjeslandCsv: f.meetjeslandCsv, outDir: f.outDir, expect: expectations, notes });
  } catch (error) {
    expect(existsSync(f.outDir) ? readdirSync(f.outDir) : []).toEqual([]);
    return { message: (error as Error).message, pinc: f.pinc, root: f.root };
  }
  throw new Error('pipeline did not fail');
}

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

describe('pipeline on the valid fixture', () => {
  it('writes the Flemish files with the agreed objects and properties (the figure "Over de grens" needs its own inputs)', async () => {
    const { outDir } = await run();
    expect(readdirSync(outDir).sort()).toEqual(OUTPUT_FILES.filter((f) => !(OVER_DE_GRENS_OUTPUT as readonly string[]).includes(f)).sort());

    const t = JSON.parse(readFileSync(join(outDir, 'gemeenten.topo.json'), 'utf8')) as Topology;
    expect(Object.keys(t.objects)).toEqual(['gemeenten', 'brussel']);
    expect(t.transform).toBeDefined();
    const ids = (t.objects['gemeenten'] as GeometryCollection).geometries.map((g) => g.id);
    expect(ids).toEqual(['11001', '24062', '31005', '41002', '41011', '44021', '44034', '44073', '44084', '71022']);
    expect((t.objects['brussel'] as GeometryCollection).geometries).toHaveLength(1);
    const gemeenten = readFileSync(join(outDir, 'gemeenten.csv'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(gemeenten[0]).toBe('nis,gemeente,provincie,nis_2025,gemeente_2025,vervoerregio_2019,vervoerregio_2025,referentieregio_2019,referentieregio_2025');
    expect(gemeenten).toContain('44073,Wachtebeke,40000,44087,Lochristi,4,4,REFREG13,REFREG13');
    expect(gemeenten).toContain('44084,Aalter,40000,44084,Aalter,4,4,REFREG06,REFREG06');
    expect(gemeenten).toHaveLength(11);
    const regios = readFileSync(join(outDir, 'regios.csv'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(regios).toContain('referentieregio,REFREG13,Regio Gent,');
    expect(regios.slice(0, 3)).toEqual([
      'indeling,code,naam,alias',
      "vervoerregio,1,Aalst,in de tabellen van 2025 als 'Dender' gelabeld; geen officiële naamswijziging bekend",
      'vervoerregio,2,Antwerpen,',
    ]);

    const mj = meetjeslandDelineatiesSchema.parse(JSON.parse(readFileSync(join(outDir, 'meetjesland-delineaties.json'), 'utf8')));
    expect(mj.delineaties.map((d) => [d.id, d.soort, d.omgezet, d.leden])).toEqual([
      ['H1', 'homogeen', true, ['44073', '44084']],
      ['H4', 'homogeen', false, ['44073', '44084']],
      ['A5', 'bestuurlijk', true, ['44021', '44034', '44073']],
      ['A12', 'functioneel', false, ['44021', '44084']],
    ]);
    expect(mj.delineaties[0]?.omzettingNoot).toContain('Aalter (44001) en Knesselare vormen sinds 2019 samen de fusiegemeente Aalter (44084)');
    expect(mj.delineaties[0]?.bron).toBe(MEETJESLAND_NOTES['H1']?.bron);
    const mt = JSON.parse(readFileSync(join(outDir, 'meetjesland.topo.json'), 'utf8')) as Topology;
    expect(Object.keys(mt.objects)).toEqual(['gemeenten', 'provincie']);
    expect((mt.objects['gemeenten'] as GeometryCollection).geometries.map((g) => g.id)).toContain('44073');
  });

  it('is byte-for-byte reproducible', async () => {
    const a = await run();
    const b = await run();
    expect(snapshot(b.outDir)).toEqual(snapshot(a.outDir));
  });
});

describe('pipeline validation (broken fixtures)', () => {
  it('rejects a wrong CRS, naming the .prj file', async () => {
    const { message, pinc } = await failure({ replace: { 'shapefiles/gemeente.prj': 'broken/wgs84.prj' } });
    expect(message).toContain(`${join(pinc, 'shapefiles', 'gemeente.prj')}: wrong CRS`);
    const l2008 = await failure({ replace: { 'shapefiles/provincie2024.prj': 'broken/lambert2008.prj' } });
    expect(l2008.message).toMatch(/provincie2024\.prj: wrong CRS: .*Lambert_2008/);
  });

  it('rejects an unknown NIS code in the table', async () => {
    const { message, pinc } = await failure({ replace: { 'tables/gemeente_vervoerregio__2025.csv': 'broken/unknown-nis__2025.csv' } });
    expect(message).toBe(
      `${join(pinc, 'tables', 'gemeente_vervoerregio__2025.csv')}, line 13: unknown NIS code 44999: not a Flemish municipality in ${join(pinc, 'shapefiles', 'gemeente.shp')}`,
    );
  });

  it('rejects a duplicate NIS code in the table and in the shapefile', async () => {
    const t = await failure({ replace: { 'tables/gemeente_vervoerregio__2025.csv': 'broken/duplicate-nis__2025.csv' } });
    expect(t.message).toMatch(/gemeente_vervoerregio__2025\.csv, line 13: duplicate NIS code 44021 \(already on line 7\)/);
    const s = await failure({ municipalities2025: (ms) => [...ms, { nis: '44021', naam: 'Gent bis', cells: [[0, 1]], vr: '4' }] });
    expect(s.message).toMatch(/gemeente\.shp: duplicate NIS code 44021 \(Gent bis\) in records \d+ and \d+/);
  });

  it('rejects a municipality that is in no region (missing from the table, or extra in the shapes)', async () => {
    const t = await failure({ replace: { 'tables/gemeente_vervoerregio__2025.csv': 'broken/missing-municipality__2025.csv' } });
    expect(t.message).toMatch(/gemeente\.shp: municipality 44084 \(Aalter\) is in no vervoerregio: missing from .*gemeente_vervoerregio__2025\.csv$/);
    const s = await failure({ municipalities2025: (ms) => [...ms, { nis: '44999', naam: 'Extra', cells: [[0, 1]] }] });
    expect(s.message).toMatch(/municipality 44999 \(Extra\) is in no vervoerregio/);
  });

  it('rejects an undefined region code and a non-Flemish municipality', async () => {
    const r = await failure({ replace: { 'tables/gemeente_vervoerregio__2025.csv': 'broken/unknown-region__2025.csv' } });
    expect(r.message).toMatch(
      /gemeente_vervoerregio__2025\.csv, line 7: vervoerregio code "5" for NIS code 44021 is not defined in .*vervoerregio_definities\.csv/,
    );
    const w = await failure({ municipalities2025: (ms) => [...ms, { nis: '57081', naam: 'Doornik', cells: [[0, 1]] }] });
    expect(w.message).toMatch(/gemeente\.shp, record 11: unknown NIS code 57081 \(Doornik\): neither a Flemish nor a Brussels municipality/);
  });

  it('fails when the merger table and the 2025 geometry disagree', async () => {
    // Wachtebeke (44073) put into Gent instead of Lochristi (44087).
    const { message } = await failure({ replace: { 'tables/gemeente2024_gemeente.csv': 'broken/wrong-merger__gemeente2024_gemeente.csv' } });
    expect(message).toMatch(
      /gemeente2024_gemeente\.csv: 2025 municipality 44021 \(Gent\) as the union of 44021, 44073 has [\d.]+ km², the polygon in .*gemeente\.shp [\d.]+ km² \(\d+\.\d\d %, tolerance 2\.0 %\): the merger table and the geometry disagree$/,
    );
  });

  it('names a missing input file', async () => {
    const d = await failure({ remove: ['tables/vervoerregio_definities.csv'] });
    expect(d.message).toBe(`missing input file: ${join(d.pinc, 'tables', 'vervoerregio_definities.csv')}`);
    const s = await failure({ remove: ['shapefiles/gemeente2024.dbf'] });
    expect(s.message).toBe(`missing input file: ${join(s.pinc, 'shapefiles', 'gemeente2024.dbf')}`);
    const m = await failure({ remove: ['tables/gemeente2024_gemeente.csv'] });
    expect(m.message).toMatch(/^missing input file: .*gemeente2024_gemeente\.csv$/);
  });

  it('checks the expected counts (285 / 300 / 15 in the real run)', async () => {
    const { message } = await failure({}, REAL_EXPECTATIONS);
    expect(message).toMatch(/gemeente\.shp: expected 285 Flemish municipalities, found 9$/);
  });

  it('rejects regions whose union does not match the Flanders outline', async () => {
    const { message } = await failure({ gewestScale: 1.01 });
    expect(message).toMatch(/gemeente_vervoerregio__2025\.csv vs .*gewest\.shp: union of the 6 vervoerregio's vs Flanders: area .* differs .* by 1\.9\d\d %/);
  });

  it('validates the Meetjesland CSV (unknown NIS, duplicate member, missing date)', async () => {
    const u = await failure({ meetjeslandCsv: 'broken/meetjesland-unknown-nis.csv' });
    expect(u.message).toMatch(
      /meetjesland_delineations\.csv, line 11 \(A12\): unknown NIS code 44998 \(Onbestaand\): not a municipality of the 2019–2024 shapefile/,
    );
    const d = await failure({ meetjeslandCsv: 'broken/meetjesland-duplicate.csv' });
    expect(d.message).toMatch(/meetjesland_delineations\.csv, line 11 \(A12\): duplicate member NIS code 44021 \(Gent\), already on line 9/);
    const t = await failure({ meetjeslandCsv: 'broken/meetjesland-no-date.csv' });
    expect(t.message).toMatch(/meetjesland_delineations\.csv, line 6 \(H4\): column date differs from line 5/);
  });
});

describe('referentieregio step', () => {
  it('writes membership for both divisions, the provinces and Brussels, as the site reads them', async () => {
    const { outDir } = await run();
    const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');
    const data = parseGemeenten(JSON.parse(read('gemeenten.topo.json')), read('gemeenten.csv'), read('regios.csv'), read('brussel.csv'));
    expect(data.gemeenten.find((g) => g.nis === '44073')).toEqual({
      nis: '44073',
      naam: 'Wachtebeke',
      provincie: '40000',
      nis2025: '44087',
      naam2025: 'Lochristi',
      regio: { vervoerregio_2019: '4', vervoerregio_2025: '4', referentieregio_2019: 'REFREG13', referentieregio_2025: 'REFREG13' },
    });
    expect(data.provincies.map((p) => p.nis)).toEqual(['10000', '20001', '30000', '40000', '70000']);
    expect(data.brussel).toEqual([{ nis: '21004', naam: 'Brussel' }]);
  });

  it('stops on an undefined referentieregio name, naming file and line', async () => {
    const { message } = await failure({ referentieregioCsv: 'broken/refreg-unknown-region.csv' });
    expect(message).toMatch(
      /gemeente_referentieregio\.csv, line 18: referentieregio "Regio Gentt" for NIS code 44021 is not defined in .*REFREG_definities\.csv$/,
    );
  });

  it('stops when a municipality has no referentieregio', async () => {
    const { message } = await failure({ referentieregioCsv: 'broken/refreg-missing.csv' });
    expect(message).toMatch(/gemeente_referentieregio\.csv: municipality 71022 \(Hasselt\) of the 2025 division has no referentieregio$/);
  });

  it('stops when refreg.shp puts a municipality in another region than the table', async () => {
    const { message } = await failure({ refregShapeOverride: { '44084': 'REFREG13' } });
    expect(message).toMatch(/gemeente_referentieregio\.csv: 44084 \(Aalter\) is listed in REFREG06 but lies in REFREG13 of .*refreg\.shp$/);
  });
});

describe('atomic output', () => {
  it('leaves existing output untouched when a later run fails', async () => {
    const ok = await run();
    const before = snapshot(ok.outDir);
    await expect(run({ replace: { 'tables/gemeente_vervoerregio__2025.csv': 'broken/unknown-nis__2025.csv' } }, ok.outDir)).rejects.toThrow(/44999/);
    await expect(run({ meetjeslandCsv: 'broken/meetjesland-duplicate.csv' }, ok.outDir)).rejects.toThrow(/duplicate member/);
    expect(snapshot(ok.outDir)).toEqual(before);
    expect(readdirSync(ok.outDir).filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });
});
