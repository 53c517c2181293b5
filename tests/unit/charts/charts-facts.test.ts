import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AGGLOMERATIEPROGRAMMAS } from '../../../src/facts/agglomeratieprogrammas.ts';
import { COFINANCIERING } from '../../../src/facts/cofinanciering.ts';
import { REGIO_DEALS } from '../../../src/facts/regio-deals.ts';
import { REGIOVORMING } from '../../../src/facts/regiovorming.ts';
import { quantity, parseFacts } from '../../../src/facts/schema.ts';
import { SOURCES, sourceLabels, sourceLine } from '../../../src/facts/sources.ts';
import { contrastRatio } from '../../../src/lib/colour.ts';

describe('the fact tables say what the sources say', () => {
  test('co-financing: only what the lecture states; the central Dutch share stays empty', () => {
    const byKey = Object.fromEntries(COFINANCIERING.map((s) => [s.key, s]));
    expect(byKey['nl-lokaal']).toMatchObject({ min: 50, max: null, quote: 'minimaal 50% lokale publieke cofinanciering' });
    expect(byKey['nl-centraal']).toMatchObject({ min: null, max: null, quote: null });
    expect(byKey['ch-centraal']).toMatchObject({ min: 30, max: 50 });
    expect(byKey['ch-lokaal']).toMatchObject({ min: 50, max: 70 });
  });
  test('Regio Deals: tranche 1 is derived and says how; unknowns are null', () => {
    const [t1, t2, , t4] = REGIO_DEALS.tranches;
    expect(t1?.deals).toMatchObject({ value: 4, status: 'afgeleid', qualifier: 'ongeveer' });
    expect(t1?.deals.note).toMatch(/30.*12.*14/);
    expect(t1?.proposals.value).toBeNull();
    expect(t2).toMatchObject({ proposals: { value: 88 }, deals: { value: 12 } });
    expect(t4?.proposals.status).toBe('onbekend');
    expect(REGIO_DEALS.totalAllTranches.status).toBe('afgeleid');
    const sum = REGIO_DEALS.tranches.reduce((n, t) => n + (t.deals.value ?? 0), 0);
    expect(sum).toBe(REGIO_DEALS.totalAllTranches.value);
    const first3 = REGIO_DEALS.tranches.slice(0, 3).reduce((n, t) => n + (t.deals.value ?? 0), 0);
    expect(first3).toBe(REGIO_DEALS.totalAfterTranche3.value);
  });
  test('Agglomeratieprogramme: generations 1+2 together, 3rd and 4th with 32 programmes, 5th undecided', () => {
    expect(AGGLOMERATIEPROGRAMMAS.map((g) => [g.key, g.supported.value, g.federalBillionChf.value])).toEqual([
      ['1–2', null, 5.7],
      ['3', 32, 1.34],
      ['4', 32, 1.58],
      ['5', null, null],
    ]);
  });
  test('timeline: the solid steps in date order, Dutch-formattable dates', () => {
    expect(REGIOVORMING.map((e) => e.date)).toEqual([
      '2015-07-08',
      '2018-07-20',
      '2019-04-26',
      '2020-10-09',
      '2020-12-04',
      '2021-03-12',
      '2022-02-04',
      '2023-02-01',
      '2023',
    ]);
    expect(REGIOVORMING.at(-1)?.end).toBe('2024');
  });
  test('every fact names sources that exist', () => {
    const ids = [
      ...COFINANCIERING.flatMap((s) => s.sources),
      ...REGIO_DEALS.tranches.flatMap((t) => t.sources),
      ...AGGLOMERATIEPROGRAMMAS.flatMap((g) => g.sources),
      ...REGIOVORMING.flatMap((e) => e.sources),
    ];
    for (const id of ids) expect(SOURCES[id]).toBeTruthy();
    expect(() => sourceLabels(['bestaat-niet'], 'test')).toThrow(/test: onbekende bron "bestaat-niet"/);
    expect(sourceLine(['pinc', 'pinc', 'vvsg'], 'test').split('; ')).toHaveLength(2);
  });
  test('the schema refuses an unknown value that is not null, and a derived value without explanation', () => {
    expect(() => parseFacts('x', quantity, { value: 3, status: 'onbekend' })).toThrow(/Feitentabel x/);
    expect(() => parseFacts('x', quantity, { value: 3, status: 'afgeleid' })).toThrow(/note/);
    expect(parseFacts('x', quantity, { value: null, status: 'onbekend' }).qualifier).toBe('exact');
  });
});

describe('chart colours meet WCAG AA non-text contrast (3:1) against the page, light and dark', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const figures = readFileSync('src/styles/figures.css', 'utf8');
  const print = readFileSync('src/styles/print.css', 'utf8');
  type Mode = 'light' | 'dark' | 'print';
  /** The text of the first block opened by `marker` (up to its closing brace at the start of a line). */
  const block = (css: string, marker: string): string => {
    const start = css.indexOf(marker);
    if (start < 0) return '';
    const end = css.indexOf('\n}', start);
    return css.slice(start, end < 0 ? undefined : end);
  };
  const hexes = (css: string): Record<string, string> =>
    Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const vars = (mode: Mode): { page: Record<string, string>; chart: Record<string, string> } => {
    const light = { page: hexes(block(tokens, ':root')), chart: hexes(block(figures, ':root')) };
    if (mode === 'light') return light;
    if (mode === 'dark') {
      return {
        page: { ...light.page, ...hexes(block(tokens, '@media (prefers-color-scheme: dark)')) },
        chart: { ...light.chart, ...hexes(block(figures, '@media (prefers-color-scheme: dark)')) },
      };
    }
    return { page: { ...light.page, ...hexes(block(print, '@media print')) }, chart: { ...light.chart, ...hexes(block(figures, '@media print')) } };
  };
  for (const mode of ['light', 'dark', 'print'] as const) {
    test(mode, () => {
      const { page, chart } = vars(mode);
      expect(Object.keys(chart)).toEqual(expect.arrayContaining(['--chart-1', '--chart-2', '--chart-on-1', '--chart-on-2']));
      for (const series of ['--chart-1', '--chart-2']) {
        const colour = chart[series] ?? '';
        for (const background of ['--paper', '--paper-2', '--note-bg']) {
          expect(contrastRatio(colour, page[background] ?? ''), `${series} on ${background}`).toBeGreaterThanOrEqual(3);
        }
        const on = chart[series.replace('chart-', 'chart-on-')] ?? '';
        expect(contrastRatio(on, colour), `text on ${series}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
