import { describe, expect, test } from 'vitest';
import type { Topology } from 'topojson-specification';
import { borders, groupNeighbours, groupOf, mergeGroups } from '../../../../src/maps/shared/topology.ts';

/** Three unit squares in a row (ids a, b, c) sharing two vertical arcs. */
const topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ], // 0: outline of a (left part)
    [
      [1, 1],
      [1, 0],
    ], // 1: a|b
    [
      [2, 1],
      [2, 0],
    ], // 2: b|c
    [
      [1, 0],
      [2, 0],
    ], // 3: bottom of b
    [
      [2, 1],
      [1, 1],
    ], // 4: top of b
    [
      [2, 0],
      [3, 0],
      [3, 1],
      [2, 1],
    ], // 5: outline of c (right part)
  ],
  objects: {
    gemeenten: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'a', arcs: [[0, 1]] },
        { type: 'Polygon', id: 'b', arcs: [[~1, 3, ~2, 4]] },
        { type: 'Polygon', id: 'c', arcs: [[5, 2]] },
      ],
    },
  },
} as unknown as Topology;

describe('regions merged from one topology', () => {
  const region = groupOf({ a: 'X', b: 'X', c: 'Y' });
  test('mergeGroups dissolves the inner borders of each group', () => {
    const merged = mergeGroups(topology, 'gemeenten', region);
    expect([...merged.keys()]).toEqual(['X', 'Y']);
    expect(merged.get('X')?.coordinates).toHaveLength(1);
    const ring = merged.get('X')?.coordinates[0]?.[0] ?? [];
    expect(ring.some(([x]) => x === 2)).toBe(true);
  });
  test('a geometry without a group is left out', () => {
    expect([...mergeGroups(topology, 'gemeenten', groupOf({ a: 'X' })).keys()]).toEqual(['X']);
  });
  test('groupNeighbours finds the groups that share a border', () => {
    expect(Object.fromEntries(groupNeighbours(topology, 'gemeenten', region))).toEqual({ X: ['Y'], Y: ['X'] });
  });
  test('borders draws only the arcs the filter keeps', () => {
    const inner = borders(topology, 'gemeenten', (a, b) => b !== undefined && region(a) === region(b));
    expect(inner.coordinates).toEqual([
      [
        [1, 1],
        [1, 0],
      ],
    ]);
    const outer = borders(topology, 'gemeenten', (_a, b) => b === undefined);
    expect(outer.coordinates.length).toBeGreaterThan(1);
  });
  test('names a missing object', () => {
    expect(() => mergeGroups(topology, 'regios', region)).toThrow('topologie: object "regios" ontbreekt.');
  });
});
