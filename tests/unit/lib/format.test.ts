import { describe, expect, it } from 'vitest';
import { dutchDate, dutchMonth, joinDutch, joinDutchSeparators, numericDutchDate, parseIsoDate } from '../../../src/lib/format.ts';

describe('dutchDate', () => {
  it('writes the month in Dutch, without a leading zero', () => {
    expect(dutchDate('2018-07-20')).toBe('20 juli 2018');
    expect(dutchDate('2026-12-01')).toBe('1 december 2026');
  });
  it('gives the same day whatever the time zone of the machine (UTC)', () => {
    expect(dutchDate('2025-01-01')).toBe('1 januari 2025');
  });
  it('refuses a malformed or impossible date', () => {
    for (const bad of ['20/07/2018', '2018-13-01', '2019-02-30', '']) expect(() => parseIsoDate(bad)).toThrow(/Ongeldige datum/);
  });
});

describe('numericDutchDate and dutchMonth', () => {
  it('write the data dates of the map attributions and a month', () => {
    expect(numericDutchDate('2026-03-12')).toBe('12-3-2026');
    expect(dutchMonth('2024-02')).toBe('februari 2024');
  });
});

describe('joinDutch', () => {
  it('joins with commas and "en"', () => {
    expect(joinDutch([])).toBe('');
    expect(joinDutch(['A'])).toBe('A');
    expect(joinDutch(['A', 'B'])).toBe('A en B');
    expect(joinDutch(['A', 'B', 'C'])).toBe('A, B en C');
  });
});

describe('joinDutchSeparators', () => {
  it('gives what comes before each item, for lists of links', () => {
    expect(joinDutchSeparators(1)).toEqual(['']);
    expect(joinDutchSeparators(2)).toEqual(['', ' en ']);
    expect(joinDutchSeparators(3)).toEqual(['', ', ', ' en ']);
  });
});
