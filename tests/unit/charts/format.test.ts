import { describe, expect, test } from 'vitest';
import {
  formatChfBillions,
  formatChfBillionsTick,
  formatCount,
  formatDateNl,
  formatEuroMillions,
  formatEuroMillionsTick,
  formatNumber,
  formatPercent,
  formatPercentRange,
  formatYearRange,
  qualifyInWords,
} from '../../../src/charts/format.ts';

describe('Dutch formats', () => {
  test('numbers with a decimal comma and a thousands point', () => {
    expect(formatNumber(1.34)).toBe('1,34');
    expect(formatNumber(1581.29)).toBe('1.581,29');
    expect(formatNumber(284.2, 1)).toBe('284,2');
    expect(formatNumber(5.7)).toBe('5,7');
  });
  test('money, with the qualifier the source uses', () => {
    expect(formatChfBillions(1.34)).toBe('1,34 mld. CHF');
    expect(formatChfBillions(5.7)).toBe('5,7 mld. CHF');
    expect(formatEuroMillions(284.2)).toBe('€ 284,2 mln.');
    expect(formatEuroMillions(200, 'ruim')).toBe('ruim € 200 mln.');
    expect(formatEuroMillions(385, 'ongeveer')).toBe('≈ € 385 mln.');
    expect(qualifyInWords('€ 385 mln.', 'ongeveer')).toBe('ongeveer € 385 mln.');
    expect(formatCount(4, 'ongeveer')).toBe('≈ 4');
  });
  test('axis ticks', () => {
    expect([0, 2, 4, 6].map(formatChfBillionsTick)).toEqual(['0', '2 mld.', '4 mld.', '6 mld.']);
    expect(formatChfBillionsTick(1.5)).toBe('1,5 mld.');
    expect([0, 200].map(formatEuroMillionsTick)).toEqual(['0', '€ 200 mln.']);
  });
  test('percentages and ranges as the lecture writes them', () => {
    expect(formatPercent(50)).toBe('50%');
    expect(formatPercentRange(30, 50)).toBe('30–50%');
  });
  test('dates in Dutch: "20 juli 2018"', () => {
    expect(formatDateNl('2018-07-20')).toBe('20 juli 2018');
    expect(formatDateNl('2015-07-08')).toBe('8 juli 2015');
    expect(formatDateNl('2020-12-04')).toBe('4 december 2020');
    expect(formatDateNl('2024-02')).toBe('februari 2024');
    expect(formatDateNl('2018')).toBe('2018');
    expect(formatYearRange('2023', '2024')).toBe('2023–2024');
    for (const bad of ['20-07-2018', '2018-13-01', '2019-02-30', '']) expect(() => formatDateNl(bad)).toThrow(/Ongeldige/);
  });
});
