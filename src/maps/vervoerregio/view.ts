/**
 * The vervoerregio map's model as it travels to the browser (the JSON island), and the pure view logic on it: which
 * region a slug names, what the info panel says, which municipality borders are drawn inside the regions of a year.
 */
import type { MapModel } from '../shared/island.ts';

export interface RegionEntry {
  code: string;
  naam: string;
  slug: string;
  alias?: string | undefined;
  colour: string;
  /** Label position (longitude, latitude), placed at build time so labels do not overlap. */
  at: [number, number];
}

/** One division year at build time: membership by 2019–2024 NIS code (the topology's ids) and the member names per region. */
export interface YearEntry {
  /** 2019–2024 NIS → region code. */
  regionOf: Record<string, string>;
  /** 2019–2024 NIS → the municipality of this year, only where they differ (the 2025 mergers). */
  unitOf: Record<string, string>;
  /** Region code → its municipalities of this year, sorted by name. */
  members: Record<string, string[]>;
}

/** One division year as the browser gets it: the members per region (the drawing shows both years' outlines, chosen by CSS). */
export interface IslandYear {
  /** Region code → its municipalities of this year, sorted by name. */
  members: Record<string, string[]>;
}

export interface VervoerregioIsland extends MapModel {
  /** Query parameter of the selected region (`vervoerregio`) and of the year (`indeling`). */
  param: string;
  setParam: string;
  defaultSet: string;
  regions: RegionEntry[];
  sets: Record<string, IslandYear>;
}

export { differences } from '../shared/island.ts';

/** The code of the region with this slug. */
export function codeOfSlug(island: VervoerregioIsland, slug: string | undefined): string | undefined {
  return island.regions.find((r) => r.slug === slug)?.code;
}

/** What the info panel says about a region in a year, or `undefined` for an unknown code. */
export function regionInfo(
  island: VervoerregioIsland,
  year: string,
  code: string | undefined,
): { naam: string; count: number; alias?: string | undefined; members: string } | undefined {
  const region = island.regions.find((r) => r.code === code);
  const members = island.sets[year]?.members[code ?? ''];
  if (!region || !members) return undefined;
  return { naam: region.naam, count: members.length, alias: region.alias, members: members.join(', ') };
}

/** Number of municipalities per region code in a year (the legend's counts). */
export function countsOf(island: VervoerregioIsland, year: string): Map<string, number> {
  return new Map(Object.entries(island.sets[year]?.members ?? {}).map(([code, names]) => [code, names.length]));
}

/** The municipality of a year that a 2019–2024 NIS code lies in. */
export function unitOf(year: YearEntry, nis: string): string {
  return year.unitOf[nis] ?? nis;
}

/** Borders to draw inside the regions: between two different municipalities of the year that lie in the same region. */
export function innerBorder(year: YearEntry): (a: string, b: string | undefined) => boolean {
  return (a, b) => b !== undefined && unitOf(year, a) !== unitOf(year, b) && year.regionOf[a] === year.regionOf[b];
}
