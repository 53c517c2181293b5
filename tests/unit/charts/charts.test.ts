import { describe, expect, test } from 'vitest';
import { BAR_METRICS, layoutBars, placeLabel, valueScale } from '../../../src/charts/bars.ts';
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
import { endOf, layoutTimeline, startOf, yearScale } from '../../../src/charts/timeline.ts';

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

describe('bar scales', () => {
  test('maps the domain to 0–100 % of the width, rounded to nice numbers', () => {
    const scale = valueScale(5.7, { ticks: 3 });
    expect(scale.domain()).toEqual([0, 6]);
    expect(scale.range()).toEqual([0, 100]);
    expect(scale(1.5)).toBeCloseTo(25);
    expect(valueScale(385, { ticks: 2 }).domain()).toEqual([0, 400]);
    expect(valueScale(88, { ticks: 2 }).domain()).toEqual([0, 100]);
    expect(valueScale(70, { exactDomain: true }).domain()).toEqual([0, 70]);
    expect(() => valueScale(0)).toThrow();
  });
  test('labels go after a short bar, before a bar that starts far right, inside a long bar', () => {
    expect(placeLabel(0, 30)).toMatchObject({ labelX: 30, labelAnchor: 'start', labelInside: false });
    expect(placeLabel(50, 70)).toMatchObject({ labelX: 50, labelAnchor: 'end', labelInside: false });
    expect(placeLabel(0, 95)).toMatchObject({ labelX: 95, labelAnchor: 'end', labelInside: true });
  });
});

describe('bar geometry', () => {
  const layout = layoutBars(
    [
      { key: 'a', section: 'Nederland', title: 'A', bars: [{ label: 'niet vermeld', to: null, series: 1 }] },
      { key: 'b', section: 'Nederland', title: 'B', bars: [{ label: '≥ 50%', from: 50, to: 50, openEnded: true, series: 2 }] },
      { key: 'c', section: 'Zwitserland', title: 'C', bars: [{ label: '30–50%', from: 30, to: 50, series: 1 }] },
      {
        key: 'd',
        title: 'D',
        bars: [
          { label: '12 deals · 88 voorstellen', to: 88, series: 1, outline: true },
          { label: '', to: 12, series: 1, overlay: true },
        ],
      },
    ],
    { max: 100, exactDomain: true, tickValues: [0, 50, 100], tickFormat: formatPercent },
  );
  const [a, b, c, d] = layout.groups;
  test('ranges start and end where their values are', () => {
    expect(c?.bars[0]).toMatchObject({ kind: 'range', x: 30, width: 20 });
    expect(a?.bars[0]).toMatchObject({ kind: 'none', width: 0, labelX: 0 });
  });
  test('an open range ("at least 50%") runs from its minimum to the end of the scale, labelled before the minimum', () => {
    expect(b?.bars[0]).toMatchObject({ kind: 'open', x: 50, width: 50, labelX: 50, labelAnchor: 'end' });
  });
  test('an overlay bar shares the row of the bar under it', () => {
    expect(d?.bars[0]?.y).toBe(d?.bars[1]?.y);
    expect(d?.bars[1]).toMatchObject({ overlay: true, x: 0, width: 12 });
    expect(d?.bars[0]).toMatchObject({ outline: true, width: 88, labelInside: true });
  });
  test('rows stack top to bottom without overlapping; sections add a line; the axis sits below', () => {
    const ys = layout.groups.flatMap((g) => [g.titleY, ...g.bars.filter((bar) => !bar.overlay).map((bar) => bar.y)]);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(layout.sections.map((s) => s.title)).toEqual(['Nederland', 'Zwitserland']);
    const lastBar = d?.bars[0];
    expect(layout.axisY).toBeGreaterThanOrEqual((lastBar?.y ?? 0) + BAR_METRICS.barHeight);
    expect(layout.height).toBeGreaterThan(layout.tickLabelY);
  });
  test('ticks are formatted and anchored so the first and last stay inside', () => {
    expect(layout.ticks.map((t) => [t.x, t.label, t.anchor])).toEqual([
      [0, '0%', 'start'],
      [50, '50%', 'middle'],
      [100, '100%', 'end'],
    ]);
  });
  test('bad input throws', () => {
    expect(() => layoutBars([])).toThrow();
    expect(() => layoutBars([{ key: 'x', title: 'x', bars: [{ label: 'x', from: 5, to: 2, series: 1 }] }])).toThrow(/einde 2 ligt voor begin 5/);
    expect(() => layoutBars([{ key: 'x', title: 'x', bars: [{ label: '', to: 2, series: 1, overlay: true }] }])).toThrow(/overlay/);
  });
});

describe('timeline geometry', () => {
  test('dates map onto a UTC year scale', () => {
    expect(startOf('2018-07-20').toISOString()).toBe('2018-07-20T00:00:00.000Z');
    expect(endOf('2024').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(endOf('2024-02').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    const scale = yearScale(2015, 2024);
    expect(scale(new Date(Date.UTC(2015, 0, 1)))).toBe(0);
    expect(scale(new Date(Date.UTC(2025, 0, 1)))).toBe(100);
    expect(scale(new Date(Date.UTC(2020, 0, 1)))).toBeCloseTo(50, 0);
  });
  test('events sit on their lane, periods span their years, ticks every two years', () => {
    const layout = layoutTimeline(
      [
        { key: 'a', track: 'v', date: '2015-07-08' },
        { key: 'b', track: 'r', date: '2020-10-09' },
        { key: 'c', track: 'v', date: '2023', end: '2024' },
      ],
      [
        { track: 'v', label: "Vervoerregio's" },
        { track: 'r', label: "Referentieregio's" },
      ],
    );
    const [v, r] = layout.lanes;
    const [a, b, c] = layout.marks;
    expect(a?.y).toBe(v?.y);
    expect(b?.y).toBe(r?.y);
    expect(r?.y ?? 0).toBeGreaterThan(v?.y ?? 0);
    expect(a?.kind).toBe('point');
    expect(a?.x ?? 0).toBeGreaterThan(0);
    expect(a?.x ?? 0).toBeLessThan(10);
    expect(c).toMatchObject({ kind: 'period' });
    expect((c?.x ?? 0) + (c?.width ?? 0)).toBeCloseTo(100);
    expect(layout.ticks.map((t) => t.label)).toEqual(['2015', '2017', '2019', '2021', '2023']);
    expect(layout.ticks[0]?.anchor).toBe('start');
    expect(layout.grid).toHaveLength(11);
    expect(() => layoutTimeline([{ key: 'x', track: 'onbekend', date: '2020' }], [{ track: 'v', label: 'v' }])).toThrow(/onbekend spoor/);
  });
});
