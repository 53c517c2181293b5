/**
 * The sequential colour scale of the Meetjesland overlap map: how many of the active delineations include a municipality.
 * Class 0 ("in geen enkele") is a light neutral; counts 1…total fall into at most four classes (d3 scaleQuantize), the
 * darkest always holding "in (bijna) alle" (equal-width classes, as d3's scaleQuantize would make them; the arithmetic is
 * written out so the browser bundle needs no d3). The hand-picked ramp is evenly spaced in luminance: neighbouring classes
 * differ by ≥ 1.7:1 and classes two apart by ≥ 3:1 (3:1 between every pair of neighbours is impossible with five
 * steps: it would need 3⁴ = 81:1 overall, the maximum is 21:1). The count itself is printed on the map, so colour is
 * never the only cue.
 */
/** Light neutral for municipalities in none of the active delineations. */
export const OVERLAP_NONE = '#e9e5de';
/** Four steps from light green-blue to dark blue, for 1…total delineations. */
export const OVERLAP_RAMP = ['#73bc9e', '#008f99', '#005f93', '#1c2e67'] as const;
/** Fill of the members in the single-delineation view. */
export const SINGLE_MEMBER = '#005f93';

export interface OverlapClass {
  /** 0 for "in none", then 1, 2, … */
  index: number;
  min: number;
  max: number;
  colour: string;
  /** "0", "3" or "1–4". */
  range: string;
}

/** Which ramp steps to use for `k` classes: always end at the darkest, spread out when there are fewer than four. */
function rampFor(k: number): string[] {
  const picks: Record<number, number[]> = { 1: [3], 2: [1, 3], 3: [0, 2, 3], 4: [0, 1, 2, 3] };
  return (picks[k] ?? []).map((i) => OVERLAP_RAMP[i] ?? OVERLAP_RAMP[3]);
}

/** The classes of the scale for `total` active delineations (class 0 first), each with its range of counts. */
export function overlapClasses(total: number): OverlapClass[] {
  const none: OverlapClass = { index: 0, min: 0, max: 0, colour: OVERLAP_NONE, range: '0' };
  const n = Math.max(0, Math.floor(total));
  if (n === 0) return [none];
  const k = Math.min(n, OVERLAP_RAMP.length);
  const colours = rampFor(k);
  /** Class of a count: the range [1, n + 1) cut into k equal parts. */
  const quantize = (count: number): number => Math.min(k - 1, Math.max(0, Math.floor(((count - 1) * k) / n)));
  const classes: OverlapClass[] = [none];
  for (let count = 1; count <= n; count += 1) {
    const i = quantize(count);
    const existing = classes[i + 1];
    if (existing) existing.max = count;
    else classes[i + 1] = { index: i + 1, min: count, max: count, colour: colours[i] ?? OVERLAP_RAMP[3], range: '' };
  }
  for (const c of classes) c.range = c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
  return classes;
}

/** The class of one count among `classes` (counts above the top fall into the top class). */
export function classOf(count: number, classes: readonly OverlapClass[]): OverlapClass {
  const found = classes.find((c) => count >= c.min && count <= c.max);
  return found ?? classes[classes.length - 1] ?? { index: 0, min: 0, max: 0, colour: OVERLAP_NONE, range: '0' };
}
