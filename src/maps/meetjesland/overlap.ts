/**
 * Pure logic of the Meetjesland map ("het Meetjesland in vier gedaanten"): the lecture's four kinds of region, how many
 * of the active delineations include each municipality, and which include or exclude one. No DOM, no Astro, no zod,
 * so the same code runs at build time and in the browser.
 */
import type { Soort, Zekerheid } from '../../lib/geo/meetjesland-schema.ts';

/** The four kinds in the lecture's order (the schema's SOORTEN, repeated here so the browser bundle needs no zod). */
export const SOORT_ORDER: readonly Soort[] = ['homogeen', 'functioneel', 'bestuurlijk', 'sociaal'];

/** The lecture's Dutch names of the four kinds of region. */
export const SOORT_LABELS: Readonly<Record<Soort, string>> = {
  homogeen: 'Homogene regio',
  functioneel: 'Functionele regio',
  bestuurlijk: 'Bestuurlijke regio',
  sociaal: 'Sociaal-geconstrueerde regio',
};

/** Dutch labels of the research note's confidence levels. */
export const ZEKERHEID_LABELS: Readonly<Record<Zekerheid, string>> = {
  hoog: 'hoog',
  middelhoog: 'middelhoog',
  middel: 'middel',
  laag: 'laag',
};

/** The smallest part of a delineation the overlap logic needs. */
export interface Layer {
  id: string;
  leden: readonly string[];
}

/** Layers grouped by kind, in the lecture's order; kinds without layers are left out; layer order is kept. */
export function groupBySoort<T extends Layer & { soort: Soort }>(layers: readonly T[]): { soort: Soort; label: string; layers: T[] }[] {
  return SOORT_ORDER.map((soort) => ({ soort, label: SOORT_LABELS[soort], layers: layers.filter((l) => l.soort === soort) })).filter(
    (group) => group.layers.length > 0,
  );
}

/** True when the research marks the delineation below "hoog": then the map and the table say how sure it is. */
export function isUncertain(zekerheid: Zekerheid): boolean {
  return zekerheid !== 'hoog';
}

/** For every municipality in `nisCodes`: how many of the active layers include it (0 when none). */
export function overlapCounts(layers: readonly Layer[], active: Iterable<string>, nisCodes: readonly string[]): Map<string, number> {
  const on = new Set(active);
  const counts = new Map(nisCodes.map((nis) => [nis, 0]));
  for (const layer of layers) {
    if (!on.has(layer.id)) continue;
    for (const nis of layer.leden) {
      const count = counts.get(nis);
      if (count !== undefined) counts.set(nis, count + 1);
    }
  }
  return counts;
}

/** Which active layers include a municipality (`binnen`), which exclude it (`buiten`), and which are switched off (`uit`). */
export function membership<T extends Layer>(layers: readonly T[], active: Iterable<string>, nis: string): { binnen: T[]; buiten: T[]; uit: T[] } {
  const on = new Set(active);
  const result: { binnen: T[]; buiten: T[]; uit: T[] } = { binnen: [], buiten: [], uit: [] };
  for (const layer of layers) {
    if (!on.has(layer.id)) result.uit.push(layer);
    else if (layer.leden.includes(nis)) result.binnen.push(layer);
    else result.buiten.push(layer);
  }
  return result;
}

/** The sentences of a conversion note that name this municipality's NIS code, e.g. "Nevele is sinds 2019 deel van Deinze (44083); …". */
export function noteFor(note: string | undefined, nis: string): string | undefined {
  if (note === undefined) return undefined;
  const sentences = note.split(/(?<=\.)\s+/).filter((s) => s.includes(`(${nis})`));
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** Short visible tag for a list converted from the pre-2019 municipalities; says when the conversion overstates it. */
export function conversionTag(omgezet: boolean, omzettingNoot: string | undefined): string | undefined {
  if (!omgezet) return undefined;
  return omzettingNoot?.includes('overschat') ? 'omgezet van vóór 2019, overschat' : 'omgezet van vóór 2019';
}

/**
 * "in 17 van de 18 afbakeningen" (all shown) or "in 2 van de 3 gekozen afbakeningen" (a choice of them); Dutch
 * singular and plural.
 */
export function countPhrase(count: number, total: number, all = false): string {
  if (total === 0) return 'geen afbakening gekozen';
  if (total === 1) return count > 0 ? `in de ${all ? '' : 'gekozen '}afbakening` : `niet in de ${all ? '' : 'gekozen '}afbakening`;
  return `in ${count} van de ${total} ${all ? '' : 'gekozen '}afbakeningen`;
}
