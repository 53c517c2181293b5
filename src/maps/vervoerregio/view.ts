/**
 * The vervoerregio map's model as it travels to the browser (the JSON island), and the pure view logic on it: which
 * region a slug names, what the info panel says, which municipality borders are drawn inside the regions of a set.
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

/** One municipality set: membership by 2019–2024 NIS code (the topology's ids) and the member names per region. */
export interface SetEntry {
  /** 2019–2024 NIS → region code; in a set other than the default only where it differs (see `setOf`). */
  regionOf: Record<string, string>;
  /** 2019–2024 NIS → the municipality of this set, only where they differ (the 2025 mergers). */
  unitOf: Record<string, string>;
  /** Region code → its municipalities of this set, sorted by name. */
  members: Record<string, string[]>;
}

export interface VervoerregioIsland extends MapModel {
  /** URL of data/gemeenten.topo.json. */
  topo: string;
  /** Query parameter of the selected region (`vervoerregio`) and of the set (`indeling`). */
  param: string;
  setParam: string;
  defaultSet: string;
  regions: RegionEntry[];
  sets: Record<string, SetEntry>;
}

/** A set with its full membership (the default set's, overridden by the set's own differences). */
export function setOf(island: VervoerregioIsland, set: string): SetEntry | undefined {
  const entry = island.sets[set];
  if (!entry || set === island.defaultSet) return entry;
  return { ...entry, regionOf: { ...island.sets[island.defaultSet]?.regionOf, ...entry.regionOf } };
}

export { differences } from '../shared/island.ts';

/** The code of the region with this slug. */
export function codeOfSlug(island: VervoerregioIsland, slug: string | undefined): string | undefined {
  return island.regions.find((r) => r.slug === slug)?.code;
}

/** What the info panel says about a region in a set, or `undefined` for an unknown code. */
export function regionInfo(
  island: VervoerregioIsland,
  set: string,
  code: string | undefined,
): { naam: string; count: number; alias?: string | undefined; members: string } | undefined {
  const region = island.regions.find((r) => r.code === code);
  const members = island.sets[set]?.members[code ?? ''];
  if (!region || !members) return undefined;
  return { naam: region.naam, count: members.length, alias: region.alias, members: members.join(', ') };
}

/** Number of municipalities per region code in a set (the legend's counts). */
export function countsOf(island: VervoerregioIsland, set: string): Map<string, number> {
  return new Map(Object.entries(island.sets[set]?.members ?? {}).map(([code, names]) => [code, names.length]));
}

/** The municipality of a set that a 2019–2024 NIS code lies in. */
export function unitOf(set: SetEntry, nis: string): string {
  return set.unitOf[nis] ?? nis;
}

/** Borders to draw inside the regions: between two different municipalities of the set that lie in the same region. */
export function innerBorder(set: SetEntry): (a: string, b: string | undefined) => boolean {
  return (a, b) => b !== undefined && unitOf(set, a) !== unitOf(set, b) && set.regionOf[a] === set.regionOf[b];
}
