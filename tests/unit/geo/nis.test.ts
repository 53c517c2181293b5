import { describe, expect, it } from 'vitest';
import { compareCodes, isBrusselsNis, isFlemishNis, isNis, isPseudoNis, padNis, parseNis, provinceOfNis } from '../../../src/lib/geo/nis';

describe('padNis / parseNis', () => {
  it('keeps text codes of the 2025 files and pads numeric codes of the 2019–2024 files', () => {
    expect(padNis('44021')).toBe('44021');
    expect(padNis(44021)).toBe('44021');
    expect(padNis(' 44021 ')).toBe('44021');
    expect(padNis(4000)).toBe('04000');
    expect(padNis('4000')).toBe('04000');
  });

  it('rejects non-codes with a message naming where the value came from', () => {
    expect(() => padNis('44A21', 'gemeente.dbf, record 3')).toThrow(/gemeente\.dbf, record 3: ongeldige NIS-code "44A21"/);
    expect(() => padNis(123456)).toThrow(/ongeldige NIS-code 123456/);
    expect(() => padNis(44021.5)).toThrow(/ongeldige/);
    expect(() => padNis('')).toThrow(/ongeldige/);
    expect(() => padNis(0)).toThrow(/ongeldige/);
    expect(() => parseNis(null, 'x.dbf')).toThrow(/x\.dbf: ontbrekende of ongeldige NIS-code null/);
    expect(() => parseNis(undefined)).toThrow(/ontbrekende/);
    expect(parseNis(11002)).toBe('11002');
  });

  it('recognises normalised and pseudo codes', () => {
    expect(isNis('44021')).toBe(true);
    expect(isNis('4021')).toBe(false);
    expect(isPseudoNis('99991')).toBe(true);
    expect(isPseudoNis('99999')).toBe(true);
    expect(isPseudoNis('44021')).toBe(false);
  });
});

describe('provinceOfNis', () => {
  it('derives the province from the arrondissement digits', () => {
    expect(provinceOfNis('11002')).toBe('10000');
    expect(provinceOfNis('23106')).toBe('20001');
    expect(provinceOfNis('24062')).toBe('20001');
    expect(provinceOfNis('38025')).toBe('30000');
    expect(provinceOfNis('46030')).toBe('40000'); // Beveren-Kruibeke-Zwijndrecht: Oost-Vlaanderen since 2025
    expect(provinceOfNis('73111')).toBe('70000');
    expect(provinceOfNis('21004')).toBe('04000');
    expect(provinceOfNis('25072')).toBeUndefined(); // Waals-Brabant
    expect(provinceOfNis('bad')).toBeUndefined();
  });

  it('separates Flanders from Brussels', () => {
    expect(isFlemishNis('44021')).toBe(true);
    expect(isFlemishNis('21001')).toBe(false);
    expect(isBrusselsNis('21019')).toBe(true);
    expect(isFlemishNis('99999')).toBe(false);
  });
});

describe('compareCodes', () => {
  it('sorts numerically, not as text', () => {
    expect(['12', '4', '1', '11'].sort(compareCodes)).toEqual(['1', '4', '11', '12']);
  });
});
