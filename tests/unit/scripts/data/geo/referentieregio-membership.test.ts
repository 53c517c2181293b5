import { describe, expect, it } from 'vitest';
import { validateReferentieregios, type ReferentieregioRow } from '../../../../../scripts/data/geo/referentieregio-membership';

const definitions = [
  { code: 'REFREG01', naam: 'Regio Antwerpen' },
  { code: 'REFREG02', naam: 'Rivierenland' },
];
const municipalities = {
  '2025': new Map([
    ['11002', 'Antwerpen'],
    ['12021', 'Lier'],
  ]),
  '2019': new Map([
    ['11002', 'Antwerpen'],
    ['12021', 'Lier'],
  ]),
};
const row = (line: number, nis: string, referentieregio: string, set = '2025'): ReferentieregioRow => ({ line, nis, gemeente: nis, referentieregio, set });
const valid = [
  row(2, '11002', 'Regio Antwerpen'),
  row(3, '12021', 'Rivierenland'),
  row(4, '11002', 'Regio Antwerpen', '2019'),
  row(5, '12021', 'Rivierenland', '2019'),
];
const input = (rows: ReferentieregioRow[]) => ({ file: 'rr.csv', definitionsFile: 'defs.csv', rows, definitions, municipalities, expectedRegions: 2 });

describe('validateReferentieregios', () => {
  it('returns NIS → code per division', () => {
    const m = validateReferentieregios(input(valid));
    expect([...m['2025']]).toEqual([
      ['11002', 'REFREG01'],
      ['12021', 'REFREG02'],
    ]);
  });
  it('names the line of an unknown set, region, municipality or a duplicate', () => {
    expect(() => validateReferentieregios(input([...valid, row(6, '12021', 'Rivierenland', '2024')]))).toThrow(
      'rr.csv, line 6: unknown municipality_set "2024"',
    );
    expect(() => validateReferentieregios(input([row(2, '11002', 'Antwerpen'), ...valid.slice(1)]))).toThrow(
      'rr.csv, line 2: referentieregio "Antwerpen" for NIS code 11002 is not defined in defs.csv',
    );
    expect(() => validateReferentieregios(input([...valid, row(6, '99998', 'Rivierenland')]))).toThrow('rr.csv, line 6: unknown NIS code 99998');
    expect(() => validateReferentieregios(input([...valid, row(6, '12021', 'Rivierenland')]))).toThrow(
      'rr.csv, line 6: duplicate NIS code 12021 in the 2025 division (already on line 3)',
    );
  });
  it('names a municipality without referentieregio and a wrong region count', () => {
    expect(() => validateReferentieregios(input(valid.slice(1)))).toThrow('rr.csv: municipality 11002 (Antwerpen) of the 2025 division has no referentieregio');
    expect(() => validateReferentieregios({ ...input(valid), expectedRegions: 15 })).toThrow("rr.csv: expected 15 referentieregio's in the 2025 division, found 2");
  });
});
