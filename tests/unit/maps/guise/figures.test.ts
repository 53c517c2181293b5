import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compactPath, GUISES, guiseFigure, guiseSvg, readGuiseData, type Guise } from '../../../../src/maps/guise/figures.ts';

const { topology, delineations } = readGuiseData();
const guises = Object.keys(GUISES) as Guise[];

describe('guiseFigure', () => {
  test('each guise fills exactly the members of the delineation the slide stands for', () => {
    const byId = new Map(delineations.map((d) => [d.id, d]));
    expect(guises.map((g) => GUISES[g].layer)).toEqual(['H4', 'A12', 'A3', 'S1']);
    for (const g of guises) {
      const model = guiseFigure(topology, delineations, g);
      expect(model.memberNames).toHaveLength(byId.get(GUISES[g].layer)?.leden.length ?? -1);
      expect(model.membersPath).toMatch(/^M\d+,\d+l/);
    }
    expect(guiseFigure(topology, delineations, 'bestuurlijk').memberNames).toContain('Zulte');
    expect(guiseFigure(topology, delineations, 'bestuurlijk').memberNames).not.toContain('Zelzate');
  });
  test('every figure is a small SVG: at most 6 KB', () => {
    for (const g of guises) {
      const svg = guiseSvg(guiseFigure(topology, delineations, g), `t-${g}`, 'Titel');
      expect(Buffer.byteLength(svg), g).toBeLessThanOrEqual(6 * 1024);
      expect(svg).toContain('<title id="t-' + g + '-t">Titel</title>');
    }
  });
  test('is deterministic', () => {
    expect(guiseSvg(guiseFigure(topology, delineations, 'sociaal'), 'x', 'T')).toBe(guiseSvg(guiseFigure(topology, delineations, 'sociaal'), 'x', 'T'));
  });
  test('a delineation reaching outside Regio Gent stops the build, naming the file', () => {
    const odd = delineations.map((d) => (d.id === 'S1' ? { ...d, leden: [...d.leden, '41002'] } : d));
    expect(() => guiseFigure(topology, odd, 'sociaal')).toThrow(/meetjesland-delineaties\.json: S1 heeft gemeenten buiten A12: 41002/);
  });
});

describe('readGuiseData', () => {
  test('names the file and the problem for bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guise-'));
    const topo = join(dir, 't.json');
    const del = join(dir, 'd.json');
    writeFileSync(topo, JSON.stringify({ type: 'FeatureCollection' }));
    writeFileSync(del, JSON.stringify({ delineaties: [] }));
    expect(() => readGuiseData({ topology: topo, delineations: del })).toThrow(`${topo}: geen TopoJSON met een object "gemeenten"`);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a municipality of the map without a name in the municipality table is named as an error', () => {
    const names = new Map([['43002', 'Assenede']]);
    expect(() => readGuiseData({ topology: 'data/meetjesland.topo.json', delineations: 'data/meetjesland-delineaties.json' }, names)).toThrow(
      /data\/gemeenten\.csv: geen naam voor gemeente \d{5}/,
    );
  });
});

describe('compactPath', () => {
  test('writes whole pixels as relative moves and drops repeated points', () => {
    const w = compactPath();
    w.context.moveTo(10.2, 20.4);
    w.context.lineTo(13, 18);
    w.context.lineTo(13.1, 17.9);
    w.context.lineTo(10, 25);
    w.context.closePath();
    expect(w.result()).toBe('M10,20l3-2l-3,7z');
  });
});
