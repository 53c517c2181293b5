import { describe, expect, test } from 'vitest';
import { BAR_METRICS, layoutBars, placeLabel, valueScale } from '../../../src/charts/bars.ts';
import { formatPercent } from '../../../src/charts/format.ts';

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
