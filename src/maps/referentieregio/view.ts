/**
 * The comparison map's model as it travels to the browser (the JSON island), and the pure view logic on it: which pair a
 * slug names, the vervoerregio outlines of a year, and what the info panel says about a pair (summarised at build time).
 */
import type { MapModel } from '../shared/island.ts';

/** A vervoerregio and the referentieregio that holds most of its municipalities. */
export interface PairEntry {
  /** Vervoerregio code, name and slug (the `?paar=` value). */
  vr: string;
  vrNaam: string;
  slug: string;
  /** Referentieregio code and name, its colour, and its label position (longitude, latitude). */
  rr: string;
  rrNaam: string;
  colour: string;
  at: [number, number];
}

/** What the info panel says about a pair in one year. */
export interface PairInfo {
  /** Municipalities in both. */
  gedeeld: number;
  /** Names of the municipalities in the vervoerregio only, and in the referentieregio only. */
  alleenVervoerregio: string[];
  alleenReferentieregio: string[];
}

/**
 * One municipality year as the browser gets it. The drawing (referentieregio's, vervoerregio borders, the differences of
 * both years) is the figure's own SVG; the island adds what it does not show: the selected pair's vervoerregio outline.
 */
export interface CompareYear {
  /** Vervoerregio code → its outline as SVG path data in the drawing's units; in a year other than the default only those that differ. */
  vr: Record<string, string>;
  /** Vervoerregio code → the info on its pair. */
  info: Record<string, PairInfo>;
}

export interface ReferentieregioIsland extends MapModel {
  /** Query parameters: the selected pair (`paar`) and the municipality year (`vergelijking`). */
  param: string;
  setParam: string;
  defaultSet: string;
  pairs: PairEntry[];
  sets: Record<string, CompareYear>;
}

/** The vervoerregio code of the pair with this slug. */
export function pairOfSlug(island: ReferentieregioIsland, slug: string | undefined): string | undefined {
  return island.pairs.find((p) => p.slug === slug)?.vr;
}

/** The vervoerregio whose pair is this referentieregio (pairs are one to one). */
export function pairOfReferentieregio(island: ReferentieregioIsland, rr: string): string | undefined {
  return island.pairs.find((p) => p.rr === rr)?.vr;
}

/** A year with all its vervoerregio outlines (the default year's, overridden by the year's own); `undefined` for an unknown year. */
export function drawingOf(island: ReferentieregioIsland, year: string): CompareYear | undefined {
  const entry = island.sets[year];
  const base = island.sets[island.defaultSet];
  if (!entry || !base || year === island.defaultSet) return entry;
  return { ...entry, vr: { ...base.vr, ...entry.vr } };
}

/** Names and counts for every pair, from full membership tables, the unit of each NIS in the year and the unit names. */
export function summarisePairs(
  pairs: ReadonlyArray<Pick<PairEntry, 'vr' | 'rr'>>,
  vrOf: Readonly<Record<string, string>>,
  rrOf: Readonly<Record<string, string>>,
  unitOf: Readonly<Record<string, string>>,
  names: Readonly<Record<string, string>>,
): Record<string, PairInfo> {
  const out: Record<string, PairInfo> = {};
  for (const pair of pairs) {
    const units = new Map<string, { inVr: boolean; inRr: boolean }>();
    for (const nis of Object.keys(vrOf)) {
      const unit = unitOf[nis] ?? nis;
      const seen = units.get(unit) ?? { inVr: false, inRr: false };
      units.set(unit, { inVr: seen.inVr || vrOf[nis] === pair.vr, inRr: seen.inRr || rrOf[nis] === pair.rr });
    }
    const list = (keep: (u: { inVr: boolean; inRr: boolean }) => boolean): string[] =>
      [...units]
        .filter(([, u]) => keep(u))
        .map(([unit]) => names[unit] ?? unit)
        .sort((a, b) => a.localeCompare(b, 'nl'));
    out[pair.vr] = {
      gedeeld: list((u) => u.inVr && u.inRr).length,
      alleenVervoerregio: list((u) => u.inVr && !u.inRr),
      alleenReferentieregio: list((u) => !u.inVr && u.inRr),
    };
  }
  return out;
}

/** The info panel's content for a pair in a year, or `undefined` for an unknown code or year. */
export function pairInfo(island: ReferentieregioIsland, year: string, vr: string | undefined): (PairInfo & { vrNaam: string; rrNaam: string }) | undefined {
  const pair = island.pairs.find((p) => p.vr === vr);
  const info = island.sets[year]?.info[vr ?? ''];
  if (!pair || !info) return undefined;
  return { vrNaam: pair.vrNaam, rrNaam: pair.rrNaam, ...info };
}

/** Borders between two municipalities whose value under `of` differs (e.g. vervoerregio borders). */
export function borderOf(of: Readonly<Record<string, string>>): (a: string, b: string | undefined) => boolean {
  return (a, b) => b !== undefined && of[a] !== of[b];
}
