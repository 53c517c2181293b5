/** Gives each of the 15 vervoerregio's its own colour so that neighbouring regions never look alike, also with colour-blindness. */
import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';
import { worstCaseDeltaE } from '../../lib/colour.ts';

/** Fifteen colours from Paul Tol's colour-blind-safe "muted" and "light" schemes. */
export const REGION_PALETTE = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#BBCC33',
  '#99DDFF',
] as const;

export interface RegionNode {
  code: string;
  buren: readonly string[];
}

const contrastCache = new Map<string, number>();

/** Worst-case distance of two colours, memoised: the palette has only 105 pairs, the search asks thousands of times. */
function contrast(a: string, b: string): number {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let value = contrastCache.get(key);
  if (value === undefined) {
    value = worstCaseDeltaE(a, b);
    contrastCache.set(key, value);
  }
  return value;
}

/** The closest pair of neighbouring colours (worst case over vision types); higher is better. */
export function weakestNeighbourContrast(regions: readonly RegionNode[], colourOf: (code: string) => string): number {
  let weakest = Infinity;
  for (const region of regions) {
    for (const other of region.buren) weakest = Math.min(weakest, contrast(colourOf(region.code), colourOf(other)));
  }
  return weakest;
}

/** Swaps colours between two regions while that raises the weakest neighbour contrast. */
function improveBySwaps(regions: readonly RegionNode[], chosen: Map<string, string>): void {
  const codes = regions.map((r) => r.code);
  const score = (): number => weakestNeighbourContrast(regions, (code) => chosen.get(code) ?? '#999999');
  let current = score();
  for (let pass = 0, improved = true; improved && pass < 20; pass += 1) {
    improved = false;
    for (let i = 0; i < codes.length; i += 1) {
      for (let j = i + 1; j < codes.length; j += 1) {
        const a = codes[i] ?? '';
        const b = codes[j] ?? '';
        const ca = chosen.get(a) ?? '';
        const cb = chosen.get(b) ?? '';
        chosen.set(a, cb);
        chosen.set(b, ca);
        const next = score();
        if (next > current + 1e-9) {
          current = next;
          improved = true;
        } else {
          chosen.set(a, ca);
          chosen.set(b, cb);
        }
      }
    }
  }
}

/**
 * Colours the most connected regions first; each takes the unused palette colour that stays farthest (worst case over
 * normal vision and three simulated deficiencies) from its already coloured neighbours; pairwise swaps then raise the
 * weakest contrast further. Deterministic.
 */
export function assignRegionColours(regions: readonly RegionNode[], palette: readonly string[] = REGION_PALETTE): ScaleOrdinal<string, string> {
  if (regions.length > palette.length) throw new Error(`${regions.length} regio's maar maar ${palette.length} kleuren.`);
  const order = [...regions].sort((a, b) => b.buren.length - a.buren.length || a.code.localeCompare(b.code, 'en', { numeric: true }));
  const chosen = new Map<string, string>();
  const free = [...palette];
  for (const region of order) {
    let best = free[0] ?? '';
    let bestScore = -Infinity;
    for (const colour of free) {
      const neighbourColours = region.buren.map((code) => chosen.get(code)).filter((c): c is string => c !== undefined);
      const score = neighbourColours.length === 0 ? 0 : Math.min(...neighbourColours.map((c) => contrast(colour, c)));
      if (score > bestScore) {
        best = colour;
        bestScore = score;
      }
    }
    chosen.set(region.code, best);
    free.splice(free.indexOf(best), 1);
  }
  improveBySwaps(regions, chosen);
  const domain = regions.map((r) => r.code);
  return scaleOrdinal<string, string>()
    .domain(domain)
    .range(domain.map((code) => chosen.get(code) ?? '#999999'));
}
