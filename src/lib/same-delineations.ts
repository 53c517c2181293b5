/** Which delineations have exactly the same member municipalities, and the sentence that says so in a caption. */
import { joinDutch } from './format.ts';

export interface Delineated {
  id: string;
  naam: string;
  leden: readonly string[];
}

/** Groups (in input order) of two or more delineations whose member sets are identical. */
export function sameMemberGroups<T extends Delineated>(list: readonly T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const d of list) {
    const key = [...new Set(d.leden)].sort().join(',');
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}

/**
 * Which delineations coincide, with the exceptions named, e.g. "Geen twee afbakeningen vallen samen, behalve A2 en A3
 * (dezelfde 15 gemeenten) en A11 en A12 (dezelfde 23 gemeenten)."
 */
export function coincidenceSentence(list: readonly Delineated[]): string {
  const groups = sameMemberGroups(list);
  if (groups.length === 0) return 'Geen twee afbakeningen vallen samen.';
  const parts = groups.map((g) => `${joinDutch(g.map((d) => d.id))} (dezelfde ${g[0]?.leden.length ?? 0} gemeenten)`);
  return `Geen twee afbakeningen vallen samen, behalve ${joinDutch(parts)}.`;
}
