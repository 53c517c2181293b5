import { describe, expect, it } from 'vitest';
import { validateMembership, type MembershipInput } from '../../../../../scripts/data/geo/membership';

const base = (): MembershipInput => ({
  shapeFile: 'gemeente.shp',
  shapes: [
    { nis: '41002', naam: 'Aalst' },
    { nis: '44021', naam: 'Gent' },
    { nis: '44084', naam: 'Aalter' },
  ],
  tableFile: 'tabel.csv',
  rows: [
    { line: 2, nis: '41002', vr: '1' },
    { line: 3, nis: '44021', vr: '4' },
    { line: 4, nis: '44084', vr: '4' },
    { line: 5, nis: '99999', vr: '99' },
  ],
  definitionsFile: 'definities.csv',
  regionCodes: new Set(['1', '4']),
  expectedMunicipalities: 3,
  expectedRegions: 2,
});

describe('validateMembership', () => {
  it('returns NIS → region for a valid table, ignoring pseudo codes', () => {
    expect([...validateMembership(base())]).toEqual([
      ['41002', '1'],
      ['44021', '4'],
      ['44084', '4'],
    ]);
  });

  it('rejects an unknown NIS code, naming file, line and code', () => {
    const input = base();
    input.rows = [...input.rows, { line: 6, nis: '44999', vr: '4' }];
    expect(() => validateMembership(input)).toThrow('tabel.csv, line 6: unknown NIS code 44999: not a Flemish municipality in gemeente.shp');
  });

  it('rejects a duplicate code in the table and in the shapes', () => {
    const input = base();
    input.rows = [...input.rows, { line: 7, nis: '44021', vr: '1' }];
    expect(() => validateMembership(input)).toThrow('tabel.csv, line 7: duplicate NIS code 44021 (already on line 3)');
    const shapes = base();
    shapes.shapes = [...shapes.shapes, { nis: '44021', naam: 'Gent bis' }];
    expect(() => validateMembership(shapes)).toThrow('gemeente.shp: duplicate NIS code 44021 (Gent bis)');
  });

  it('rejects a municipality in no region', () => {
    const input = base();
    input.rows = input.rows.filter((r) => r.nis !== '44084');
    expect(() => validateMembership(input)).toThrow('gemeente.shp: municipality 44084 (Aalter) is in no vervoerregio: missing from tabel.csv');
  });

  it('rejects an undefined or empty region code', () => {
    const input = base();
    input.rows = input.rows.map((r) => (r.nis === '44021' ? { ...r, vr: '5' } : r));
    expect(() => validateMembership(input)).toThrow('tabel.csv, line 3: vervoerregio code "5" for NIS code 44021 is not defined in definities.csv');
    const empty = base();
    empty.rows = empty.rows.map((r) => (r.nis === '44021' ? { ...r, vr: '' } : r));
    expect(() => validateMembership(empty)).toThrow('tabel.csv, line 3: NIS code 44021 has no vervoerregio code');
  });

  it('checks the expected counts', () => {
    expect(() => validateMembership({ ...base(), expectedMunicipalities: 285 })).toThrow('gemeente.shp: expected 285 Flemish municipalities, found 3');
    expect(() => validateMembership({ ...base(), expectedRegions: 15 })).toThrow("tabel.csv: expected 15 vervoerregio's, found 2 (1, 4)");
  });

  it('rejects a defined region without municipalities', () => {
    expect(() => validateMembership({ ...base(), regionCodes: new Set(['1', '4', '7']), expectedRegions: 2 })).toThrow(
      'definities.csv: vervoerregio 7 has no municipality in tabel.csv',
    );
  });
});
