/**
 * The pairing of two divisions of the same municipalities: for each vervoerregio the referentieregio that holds most of its
 * municipalities, and the municipalities where the two disagree. The data pipeline checks it against the sources; the site
 * derives the pairs of its model from data/gemeenten.csv with the same code.
 */
import { compareCodes } from '../../lib/geo/nis.ts';

/**
 * For each vervoerregio, the referentieregio that holds most of its municipalities (ties: lowest code). Throws when two
 * vervoerregio's would pair with the same referentieregio, so the pairing is one to one.
 */
export function pairRegions(vervoerregio: ReadonlyMap<string, string>, referentieregio: ReadonlyMap<string, string>, where: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [nis, vr] of vervoerregio) {
    const rr = referentieregio.get(nis);
    if (rr === undefined) throw new Error(`${where}: NIS-code ${nis} heeft een vervoerregio maar geen referentieregio`);
    const c = counts.get(vr) ?? new Map<string, number>();
    c.set(rr, (c.get(rr) ?? 0) + 1);
    counts.set(vr, c);
  }
  const pairs = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const vr of [...counts.keys()].sort(compareCodes)) {
    const best = [...(counts.get(vr) ?? new Map<string, number>())].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
    if (!best) continue;
    const other = taken.get(best[0]);
    if (other !== undefined) throw new Error(`${where}: vervoerregio's ${other} en ${vr} horen allebei bij referentieregio ${best[0]}`);
    taken.set(best[0], vr);
    pairs.set(vr, best[0]);
  }
  return pairs;
}

/** NIS codes whose referentieregio is not the one paired with their vervoerregio, in NIS order. */
export function disagreements(
  vervoerregio: ReadonlyMap<string, string>,
  referentieregio: ReadonlyMap<string, string>,
  pairs: ReadonlyMap<string, string>,
): string[] {
  return [...vervoerregio]
    .filter(([nis, vr]) => pairs.get(vr) !== referentieregio.get(nis))
    .map(([nis]) => nis)
    .sort(compareCodes);
}
