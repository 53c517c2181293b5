import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { simplifyForDrawing } from '../../../../src/maps/shared/simplify.ts';

const topology = JSON.parse(readFileSync('data/gemeenten.topo.json', 'utf8')) as Topology;
const vertices = (t: Topology): number => t.arcs.reduce((n, arc) => n + arc.length, 0);

describe('simplifyForDrawing', () => {
  test('keeps far fewer vertices for a small drawing than for a large one', () => {
    const small = simplifyForDrawing(topology, 400, 3.4);
    const large = simplifyForDrawing(topology, 4000, 3.4);
    expect(vertices(small)).toBeLessThan(vertices(large));
    expect(vertices(small)).toBeLessThan(vertices(topology));
  });
  test('keeps the arcs and objects, so shared borders stay shared', () => {
    const small = simplifyForDrawing(topology, 800, 3.4);
    expect(small.arcs).toHaveLength(topology.arcs.length);
    expect(Object.keys(small.objects)).toEqual(Object.keys(topology.objects));
  });
  test('leaves its input untouched', () => {
    const before = JSON.stringify(topology.arcs[0]);
    simplifyForDrawing(topology, 800, 3.4);
    expect(JSON.stringify(topology.arcs[0])).toBe(before);
  });
});
