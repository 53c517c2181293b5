/**
 * Geometry of the timeline overview strip: one lane per track, events as markers (or a bar for a period) on a UTC
 * time scale from d3-scale. x is in percent of the chart width (see bars.ts for why), y in CSS pixels.
 */
import { scaleUtc } from 'd3-scale';

export interface TimelineEventInput {
  key: string;
  track: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** End of a period (`YYYY` = to the end of that year). */
  end?: string | undefined;
}

export interface TimelineLane {
  track: string;
  label: string;
  labelY: number;
  y: number;
}

export interface TimelineMark {
  key: string;
  track: string;
  kind: 'point' | 'period';
  /** Centre (point) or left edge (period), in percent. */
  x: number;
  /** Width in percent (0 for a point). */
  width: number;
  y: number;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  marks: TimelineMark[];
  ticks: { year: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** A gridline on every 1 January from the first year to the end of the last. */
  grid: { year: number; x: number }[];
  axisY: number;
  tickLabelY: number;
  height: number;
}

export const TIMELINE_METRICS = { laneLabelHeight: 16, laneHeight: 22, laneGap: 8, axisGap: 4, axisHeight: 22 } as const;

/** Start of the day (or month, or year) an ISO date names, in UTC. */
export function startOf(iso: string): Date {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`Ongeldige datum "${iso}".`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')));
}

/** End of the day, month or year an ISO date names (exclusive), in UTC. */
export function endOf(iso: string): Date {
  const start = startOf(iso);
  const parts = iso.split('-').length;
  if (parts === 1) return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (parts === 2) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + 86_400_000);
}

/** A UTC time scale over whole years, mapped to 0–100 % of the width. */
export function yearScale(fromYear: number, toYear: number) {
  if (!(toYear >= fromYear)) throw new Error(`Ongeldige periode ${fromYear}–${toYear}.`);
  return scaleUtc()
    .domain([new Date(Date.UTC(fromYear, 0, 1)), new Date(Date.UTC(toYear + 1, 0, 1))])
    .range([0, 100]);
}

/** Lays out the lanes (in the given order) and their events, with year ticks every `tickEvery` years. */
export function layoutTimeline(
  events: readonly TimelineEventInput[],
  lanes: readonly { track: string; label: string }[],
  options: { fromYear?: number; toYear?: number; tickEvery?: number } = {},
): TimelineLayout {
  if (events.length === 0) throw new Error('Een tijdlijn heeft minstens één gebeurtenis nodig.');
  const years = events.flatMap((e) => [startOf(e.date).getUTCFullYear(), startOf(e.end ?? e.date).getUTCFullYear()]);
  const fromYear = options.fromYear ?? Math.min(...years);
  const toYear = options.toYear ?? Math.max(...years);
  const scale = yearScale(fromYear, toYear);
  const m = TIMELINE_METRICS;

  let y = 0;
  const laidLanes: TimelineLane[] = lanes.map((lane, i) => {
    if (i > 0) y += m.laneGap;
    const labelY = y + 12;
    y += m.laneLabelHeight;
    const centre = y + m.laneHeight / 2;
    y += m.laneHeight;
    return { track: lane.track, label: lane.label, labelY, y: centre };
  });
  const laneOf = new Map(laidLanes.map((lane) => [lane.track, lane]));

  const marks: TimelineMark[] = events.map((event) => {
    const lane = laneOf.get(event.track);
    if (!lane) throw new Error(`Gebeurtenis "${event.key}" hoort bij een onbekend spoor "${event.track}".`);
    if (event.end !== undefined) {
      const x0 = scale(startOf(event.date));
      const x1 = scale(endOf(event.end));
      if (x1 <= x0) throw new Error(`Gebeurtenis "${event.key}": de periode eindigt voor ze begint.`);
      return { key: event.key, track: event.track, kind: 'period', x: x0, width: x1 - x0, y: lane.y };
    }
    // A point sits in the middle of the day, month or year it names.
    const mid = new Date((startOf(event.date).getTime() + endOf(event.date).getTime()) / 2);
    return { key: event.key, track: event.track, kind: 'point', x: scale(mid), width: 0, y: lane.y };
  });

  const every = options.tickEvery ?? 2;
  const grid: { year: number; x: number }[] = [];
  for (let year = fromYear; year <= toYear + 1; year += 1) grid.push({ year, x: scale(new Date(Date.UTC(year, 0, 1))) });
  const tickYears = grid.map((g) => g.year).filter((year) => year <= toYear && (year - fromYear) % every === 0);
  const ticks = tickYears.map((year) => {
    // Ticks sit on 1 January; the first is left-aligned so it stays inside the strip.
    const x = scale(new Date(Date.UTC(year, 0, 1)));
    const anchor: 'start' | 'middle' | 'end' = x <= 0 ? 'start' : x >= 96 ? 'end' : 'middle';
    return { year, x, label: String(year), anchor };
  });
  const axisY = y + m.axisGap;
  return { lanes: laidLanes, marks, ticks, grid, axisY, tickLabelY: axisY + 15, height: axisY + m.axisHeight };
}
