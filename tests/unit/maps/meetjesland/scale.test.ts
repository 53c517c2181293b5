import { describe, expect, test } from 'vitest';
import { OVERLAP_NONE, OVERLAP_RAMP, SINGLE_MEMBER, classOf, overlapClasses } from '../../../../src/maps/meetjesland/scale.ts';
import { contrastRatio } from '../../../../src/lib/colour.ts';

describe('overlapClasses', () => {
  test('18 delineations: "0" and four ranges that cover 1–18 without gaps, darkest at the top', () => {
    const classes = overlapClasses(18);
    expect(classes.map((c) => c.range)).toEqual(['0', '1–5', '6–9', '10–14', '15–18']);
    expect(classes.map((c) => c.colour)).toEqual([OVERLAP_NONE, ...OVERLAP_RAMP]);
    expect(classes.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
  });
  test('few delineations: one class per count, always ending with the darkest colour', () => {
    expect(overlapClasses(0).map((c) => c.range)).toEqual(['0']);
    expect(overlapClasses(1).map((c) => c.colour)).toEqual([OVERLAP_NONE, OVERLAP_RAMP[3]]);
    expect(overlapClasses(3).map((c) => c.range)).toEqual(['0', '1', '2', '3']);
    expect(overlapClasses(3).at(-1)?.colour).toBe(OVERLAP_RAMP[3]);
    expect(overlapClasses(5).map((c) => c.range)).toEqual(['0', '1–2', '3', '4', '5']);
  });
  test('every count from 0 to the total falls in exactly one class', () => {
    for (const total of [1, 2, 4, 7, 12, 18, 25]) {
      const classes = overlapClasses(total);
      for (let count = 0; count <= total; count += 1) {
        expect(classes.filter((c) => count >= c.min && count <= c.max)).toHaveLength(1);
      }
      expect(classOf(total, classes).index).toBe(classes.length - 1);
    }
  });
  test('classOf puts a count in its class', () => {
    const classes = overlapClasses(18);
    expect(classOf(17, classes).range).toBe('15–18');
    expect(classOf(9, classes).range).toBe('6–9');
    expect(classOf(0, classes).colour).toBe(OVERLAP_NONE);
  });
});

describe('colour ramp', () => {
  const steps = [OVERLAP_NONE, ...OVERLAP_RAMP];
  test('gets darker step by step: neighbours ≥ 1.7:1, two steps apart ≥ 3:1', () => {
    for (let i = 1; i < steps.length; i += 1) {
      expect(contrastRatio(steps[i - 1] ?? '', steps[i] ?? '')).toBeGreaterThanOrEqual(1.7);
      if (i >= 2) expect(contrastRatio(steps[i - 2] ?? '', steps[i] ?? '')).toBeGreaterThanOrEqual(3);
    }
  });
  test('the count labels (dark text on a white halo) and the single view stay legible', () => {
    expect(contrastRatio('#1c2230', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(SINGLE_MEMBER, OVERLAP_NONE)).toBeGreaterThanOrEqual(3);
  });
});
