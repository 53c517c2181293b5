/**
 * Geometry of the horizontal bar charts, computed at build time with d3-scale.
 *
 * Charts are drawn as inline SVG without a viewBox: x positions are percentages of the chart width, y positions
 * are CSS pixels. Bars stretch with the column while text keeps its real size, so a chart reads the same on a
 * 320 px phone as on paper. Every datum is a group with a title line above its bar(s); every bar carries a direct
 * value label, placed after the bar, before it, or inside it depending on where there is room.
 */
import { scaleLinear } from 'd3-scale';

/** Two data series (drawn in two colours, always with text labels) and an outlined "context" bar. */
export type BarSeries = 1 | 2;

export interface BarInput {
  /** Direct label, e.g. "12 deals", "30–50%", "niet vermeld in de lezing". */
  label: string;
  /** Start of a range; 0 for an ordinary bar. */
  from?: number;
  /** End of the bar; `null` when the value is unknown or not stated (only the label is drawn). */
  to: number | null;
  /** "At least `from`": drawn as a marker at `from` with a dashed line to the end of the scale. */
  openEnded?: boolean;
  series: BarSeries;
  /** A value the sources do not state but that was derived (drawn hatched; the label says "afgeleid"). */
  inferred?: boolean;
  /** An outlined, unfilled bar for a context value such as "voorstellen" behind "deals". */
  outline?: boolean;
  /** Drawn on top of the previous bar of the group (same row), e.g. deals inside their proposals; its label is not drawn. */
  overlay?: boolean;
}

export interface GroupInput {
  /** One datum of the chart; matches one row of the data table. */
  key: string;
  title: string;
  /** A heading line shown above the first group of each run of groups with the same section. */
  section?: string;
  bars: BarInput[];
}

export interface BarLayoutOptions {
  /** Upper end of the value domain before rounding (defaults to the largest value). */
  max?: number;
  /** Approximate number of axis ticks. */
  ticks?: number;
  tickFormat?: (value: number) => string;
  /** Keep the domain as given (e.g. 0–100 %) instead of rounding it to nice numbers. */
  exactDomain?: boolean;
  /** Explicit tick values instead of d3's. */
  tickValues?: readonly number[];
}

export type LabelAnchor = 'start' | 'end';
export type BarKind = 'bar' | 'range' | 'open' | 'none';

export interface BarGeometry {
  kind: BarKind;
  series: BarSeries;
  inferred: boolean;
  outline: boolean;
  /** Left edge and width in percent of the chart width. */
  x: number;
  width: number;
  y: number;
  height: number;
  label: string;
  /** Label position: percent of the chart width, plus a pixel offset. */
  labelX: number;
  labelDx: number;
  labelY: number;
  labelAnchor: LabelAnchor;
  /** The label sits on the bar (drawn in the contrasting text colour). */
  labelInside: boolean;
  /** Drawn over the previous bar; its label is not drawn. */
  overlay: boolean;
}

export interface GroupGeometry {
  key: string;
  title: string;
  titleY: number;
  bars: BarGeometry[];
}

export interface SectionGeometry {
  title: string;
  y: number;
}

export interface TickGeometry {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface BarLayout {
  /** Value domain after rounding, e.g. [0, 6]. */
  domain: [number, number];
  groups: GroupGeometry[];
  sections: SectionGeometry[];
  ticks: TickGeometry[];
  /** y of the axis line and of the tick labels' baseline. */
  axisY: number;
  tickLabelY: number;
  /** Top and bottom of the gridlines. */
  plotTop: number;
  height: number;
}

/** Vertical rhythm in CSS pixels. */
export const BAR_METRICS = {
  sectionHeight: 22,
  sectionBaseline: 15,
  titleHeight: 18,
  titleBaseline: 13,
  barHeight: 18,
  barGap: 6,
  groupGap: 14,
  axisGap: 6,
  axisHeight: 22,
  labelBaseline: 13,
  labelGap: 6,
} as const;

/** Labels that end before this share of the width go after the bar; bars starting after (100 − it) get it before. */
const ROOM_AFTER = 58;

/** The linear scale from values to percent of the chart width (rounded to nice numbers unless `exactDomain`). */
export function valueScale(max: number, options: Pick<BarLayoutOptions, 'ticks' | 'exactDomain'> = {}) {
  if (!(max > 0) || !Number.isFinite(max)) throw new Error(`Ongeldig maximum voor een staafdiagram: ${max}`);
  const scale = scaleLinear().domain([0, max]).range([0, 100]);
  return options.exactDomain ? scale : scale.nice(options.ticks ?? 4);
}

/** Where a bar's value label goes, given the bar's left and right edge in percent. */
export function placeLabel(x0: number, x1: number): Pick<BarGeometry, 'labelX' | 'labelDx' | 'labelAnchor' | 'labelInside'> {
  if (x1 <= ROOM_AFTER) return { labelX: x1, labelDx: BAR_METRICS.labelGap, labelAnchor: 'start', labelInside: false };
  if (x0 >= 100 - ROOM_AFTER) return { labelX: x0, labelDx: -BAR_METRICS.labelGap, labelAnchor: 'end', labelInside: false };
  return { labelX: x1, labelDx: -BAR_METRICS.labelGap, labelAnchor: 'end', labelInside: true };
}

function barGeometry(bar: BarInput, scale: (value: number) => number, y: number): BarGeometry {
  const base = {
    series: bar.series,
    inferred: bar.inferred ?? false,
    outline: bar.outline ?? false,
    overlay: bar.overlay ?? false,
    y,
    height: BAR_METRICS.barHeight,
    label: bar.label,
    labelY: y + BAR_METRICS.labelBaseline,
  };
  if (bar.to === null) {
    return { ...base, kind: 'none', x: 0, width: 0, labelX: 0, labelDx: 0, labelAnchor: 'start', labelInside: false };
  }
  const from = bar.from ?? 0;
  if (bar.to < from) throw new Error(`Staaf "${bar.label}": einde ${bar.to} ligt voor begin ${from}.`);
  const x0 = scale(from);
  const x1 = bar.openEnded ? 100 : scale(bar.to);
  const kind: BarKind = bar.openEnded ? 'open' : from > 0 ? 'range' : 'bar';
  // An open range ("≥ 50%") is labelled at its known end: the marker at `from`.
  const label = bar.openEnded ? placeLabel(x0, x0 >= 100 - ROOM_AFTER ? x1 : x0) : placeLabel(x0, x1);
  return { ...base, kind, x: x0, width: Math.max(0, x1 - x0), ...label };
}

function tickAnchor(index: number, count: number): TickGeometry['anchor'] {
  if (index === 0) return 'start';
  if (index === count - 1) return 'end';
  return 'middle';
}

/** Lays out groups of bars top to bottom, with an axis underneath. */
export function layoutBars(groups: readonly GroupInput[], options: BarLayoutOptions = {}): BarLayout {
  if (groups.length === 0) throw new Error('Een staafdiagram heeft minstens één groep nodig.');
  const values = groups.flatMap((g) => g.bars.flatMap((b) => [b.from ?? 0, b.to ?? 0]));
  const max = options.max ?? Math.max(...values);
  const scale = valueScale(max, options);
  const [d0, d1] = scale.domain() as [number, number];
  const m = BAR_METRICS;

  let y = 0;
  const sections: SectionGeometry[] = [];
  let section: string | undefined;
  const laidOut: GroupGeometry[] = groups.map((group, gi) => {
    if (gi > 0) y += m.groupGap;
    if (group.section !== undefined && group.section !== section) {
      sections.push({ title: group.section, y: y + m.sectionBaseline });
      y += m.sectionHeight;
    }
    section = group.section;
    const titleY = y + m.titleBaseline;
    y += m.titleHeight;
    const bars: BarGeometry[] = [];
    group.bars.forEach((bar, bi) => {
      if (bar.overlay) {
        const under = bars.at(-1);
        if (!under) throw new Error(`Groep "${group.title}": een overlay-staaf heeft een staaf nodig om over te liggen.`);
        bars.push(barGeometry(bar, scale, under.y));
        return;
      }
      if (bi > 0) y += m.barGap;
      bars.push(barGeometry(bar, scale, y));
      y += m.barHeight;
    });
    return { key: group.key, title: group.title, titleY, bars };
  });

  const axisY = y + m.axisGap;
  const tickValues = options.tickValues ? [...options.tickValues] : scale.ticks(options.ticks ?? 4);
  const format = options.tickFormat ?? ((v: number) => String(v));
  const ticks = tickValues.map((value, i) => ({ value, x: scale(value), label: format(value), anchor: tickAnchor(i, tickValues.length) }));
  return { domain: [d0, d1], groups: laidOut, sections, ticks, axisY, tickLabelY: axisY + 15, plotTop: 0, height: axisY + m.axisHeight };
}
