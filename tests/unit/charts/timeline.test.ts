import { describe, expect, test } from 'vitest';
import { endOf, layoutTimeline, startOf, yearScale } from '../../../src/charts/timeline.ts';

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
