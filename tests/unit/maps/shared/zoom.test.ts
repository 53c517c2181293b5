import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { topologyZoom } from '../../../../src/maps/shared/zoom.ts';

describe('topologyZoom', () => {
  it('reads the range every committed topology declares', () => {
    expect(topologyZoom(JSON.parse(readFileSync('data/gemeenten.topo.json', 'utf8')), 'g')).toEqual({ min: 7, max: 9 });
    expect(topologyZoom(JSON.parse(readFileSync('data/meetjesland.topo.json', 'utf8')), 'm')).toEqual({ min: 8, max: 11 });
  });

  it('names the file when the range is missing, malformed or backwards', () => {
    expect(() => topologyZoom({ type: 'Topology' }, 'data/x.topo.json')).toThrow(/data\/x\.topo\.json: geen zoombereik/);
    expect(() => topologyZoom({ zoom: [7.5, 9] }, 'x.json')).toThrow(/x\.json: geen zoombereik/);
    expect(() => topologyZoom({ zoom: [9] }, 'x.json')).toThrow(/geen zoombereik/);
    expect(() => topologyZoom({ zoom: [10, 8] }, 'x.json')).toThrow(/x\.json: zoombereik \[10, 8\] loopt achteruit/);
  });
});
