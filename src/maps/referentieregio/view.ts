/**
 * The comparison map's model as it travels to the browser (the JSON island), and the pure view logic on it: which pair a
 * slug names, and what the info panel says about a pair (shared municipalities, and those in only one of the two).
 */

/** A vervoerregio and the referentieregio that holds most of its municipalities. */
export interface PairEntry {
  /** Vervoerregio code, name and slug (the `?paar=` value). */
  vr: string;
  vrNaam: string;
  slug: string;
  /** Referentieregio code and name, its colour, and its label position (longitude, latitude) and lines. */
  rr: string;
  rrNaam: string;
  colour: string;
  at: [number, number];
  lines: string[];
}

/** One municipality set: both memberships by 2019–2024 NIS code (the topology's ids), the units and where they differ. */
export interface CompareSet {
  vrOf: Record<string, string>;
  rrOf: Record<string, string>;
  /** 2019–2024 NIS → the municipality of this set, only where they differ (the 2025 mergers). */
  unitOf: Record<string, string>;
  /** Name of each municipality of this set, by its NIS code. */
  names: Record<string, string>;
  /** The municipalities of this set whose referentieregio is not their vervoerregio's pair. */
  verschillen: string[];
}

export interface ReferentieregioIsland {
  /** URL of data/gemeenten.topo.json. */
  topo: string;
  /** Query parameters: the selected pair (`paar`) and the municipality set (`vergelijking`). */
  param: string;
  setParam: string;
  defaultSet: string;
  pairs: PairEntry[];
  sets: Record<string, CompareSet>;
}

/** The vervoerregio code of the pair with this slug. */
export function pairOfSlug(island: ReferentieregioIsland, slug: string | undefined): string | undefined {
  return island.pairs.find((p) => p.slug === slug)?.vr;
}

/** The vervoerregio whose pair is this referentieregio (pairs are one to one). */
export function pairOfReferentieregio(island: ReferentieregioIsland, rr: string): string | undefined {
  return island.pairs.find((p) => p.rr === rr)?.vr;
}

export interface PairInfo {
  vrNaam: string;
  rrNaam: string;
  /** Municipalities in both. */
  gedeeld: number;
  /** Names of the municipalities in the vervoerregio only, and in the referentieregio only. */
  alleenVervoerregio: string[];
  alleenReferentieregio: string[];
}

/** What the info panel says about a pair in a set, or `undefined` for an unknown code or set. */
export function pairInfo(island: ReferentieregioIsland, set: string, vr: string | undefined): PairInfo | undefined {
  const pair = island.pairs.find((p) => p.vr === vr);
  const entry = island.sets[set];
  if (!pair || !entry) return undefined;
  const units = new Map<string, { inVr: boolean; inRr: boolean }>();
  for (const nis of Object.keys(entry.vrOf)) {
    const unit = entry.unitOf[nis] ?? nis;
    const seen = units.get(unit) ?? { inVr: false, inRr: false };
    units.set(unit, { inVr: seen.inVr || entry.vrOf[nis] === pair.vr, inRr: seen.inRr || entry.rrOf[nis] === pair.rr });
  }
  const names = (keep: (u: { inVr: boolean; inRr: boolean }) => boolean): string[] =>
    [...units].filter(([, u]) => keep(u)).map(([unit]) => entry.names[unit] ?? unit).sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    vrNaam: pair.vrNaam,
    rrNaam: pair.rrNaam,
    gedeeld: names((u) => u.inVr && u.inRr).length,
    alleenVervoerregio: names((u) => u.inVr && !u.inRr),
    alleenReferentieregio: names((u) => !u.inVr && u.inRr),
  };
}

/** Borders between two municipalities of the set whose value under `of` differs (e.g. vervoerregio borders). */
export function borderOf(of: Record<string, string>): (a: string, b: string | undefined) => boolean {
  return (a, b) => b !== undefined && of[a] !== of[b];
}

/** True when the 2019–2024 municipality `nis` lies in a municipality of the set where the two cuts differ. */
export function isVerschil(entry: CompareSet, nis: string): boolean {
  return entry.verschillen.includes(entry.unitOf[nis] ?? nis);
}
