import { describe, expect, test } from 'vitest';
import { worstCaseDeltaE } from '../../../../src/lib/colour.ts';
import { REGION_PALETTE, assignRegionColours, type RegionNode } from '../../../../src/maps/shared/region-colours.ts';

/** A ring of 15 regions where each touches the next two: denser than Flanders' map. */
const ring: RegionNode[] = Array.from({ length: 15 }, (_, i) => ({
  code: String(i + 1),
  buren: [-2, -1, 1, 2].map((d) => String(((i + d + 15) % 15) + 1)),
}));

describe('assignRegionColours', () => {
  test('gives 15 regions 15 different colours from the palette', () => {
    const scale = assignRegionColours(ring);
    const colours = ring.map((r) => scale(r.code));
    expect(new Set(colours).size).toBe(15);
    for (const c of colours) expect(REGION_PALETTE).toContain(c);
  });
  test('keeps neighbours clearly apart, also for simulated colour-blindness', () => {
    const scale = assignRegionColours(ring);
    for (const region of ring) for (const n of region.buren) expect(worstCaseDeltaE(scale(region.code), scale(n)), `${region.code}–${n}`).toBeGreaterThan(12);
  });
  test('is deterministic', () => {
    const [first, second] = [assignRegionColours(ring), assignRegionColours(ring)];
    expect(ring.map((r) => first(r.code))).toEqual(ring.map((r) => second(r.code)));
  });
  test('refuses more regions than colours', () => {
    expect(() => assignRegionColours(ring, ['#000000'])).toThrow(/15 regio's/);
  });
});
