import { describe, expect, test } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { createSvgProjection } from '../../../../src/maps/shared/projection.ts';

/** A square around Gent (clockwise exterior ring, as d3-geo expects) and a U-shape whose centroid lies outside it. */
const square: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [3.6, 51.0],
        [3.6, 51.1],
        [3.8, 51.1],
        [3.8, 51.0],
        [3.6, 51.0],
      ],
    ],
  },
};
const ushape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [3.0, 51.0],
      [3.0, 51.3],
      [3.1, 51.3],
      [3.1, 51.1],
      [3.5, 51.1],
      [3.5, 51.3],
      [3.6, 51.3],
      [3.6, 51.0],
      [3.0, 51.0],
    ],
  ],
};

describe('createSvgProjection', () => {
  test('fits the extent into the width and derives the height from its shape', () => {
    const p = createSvgProjection(square, 400, 10);
    expect(p.width).toBe(400);
    const [[x0, y0], [x1, y1]] = [p.point([3.6, 51.1]), p.point([3.8, 51.0])];
    expect(x0).toBeCloseTo(10, 0);
    expect(x1).toBeCloseTo(390, 0);
    expect(y0).toBeCloseTo(10, 0);
    expect(Math.abs(y1 - (p.height - 10))).toBeLessThan(1);
  });
  test('writes compact path data in whole units', () => {
    const d = createSvgProjection(square, 400).path(square);
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toMatch(/\d\.\d/);
  });
  test('puts a label inside a concave polygon, where the centroid would fall outside', () => {
    const p = createSvgProjection(ushape, 600);
    const [x, y] = p.labelPoint(ushape);
    const [leftArmX] = p.point([3.1, 51.2]);
    const [rightArmX] = p.point([3.5, 51.2]);
    const [, crossbarY] = p.point([3.3, 51.1]);
    const insideArm = x < leftArmX || x > rightArmX;
    expect(insideArm || y > crossbarY).toBe(true);
  });
});

describe('invert', () => {
  test('turns a screen position back into longitude and latitude', () => {
    const p = createSvgProjection(square, 400, 10);
    const [lon, lat] = p.invert(p.point([3.7, 51.05]));
    expect(lon).toBeCloseTo(3.7, 2);
    expect(lat).toBeCloseTo(51.05, 2);
  });
});
