import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  BOUNDARY_ATTRIBUTION,
  MEETJESLAND_SOURCE,
  meetjeslandModel,
  parseDelineaties,
  parseMeetjeslandTopology,
} from '../../../../src/maps/meetjesland/model.ts';
import { membership, overlapCounts } from '../../../../src/maps/meetjesland/overlap.ts';
import { SOORTEN } from '../../../../src/lib/geo/meetjesland-schema.ts';
import { loadGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';

const TOPO = 'data/meetjesland.topo.json';
const DATA = 'data/meetjesland-delineaties.json';
const topology = parseMeetjeslandTopology(JSON.parse(readFileSync(TOPO, 'utf8')), TOPO);
const delineaties = parseDelineaties(JSON.parse(readFileSync(DATA, 'utf8')), DATA);
const names = new Map(loadGemeenten().gemeenten.map((g) => [g.nis, g.naam]));
const model = meetjeslandModel(topology, delineaties, names);
const nis = (naam: string) => model.gemeenten.find((g) => g.naam === naam)?.nis ?? '';
const byId = (id: string) => delineaties.find((d) => d.id === id);

describe('parsing', () => {
  test('rejects a file that is not what the map expects, naming the file and the problem', () => {
    expect(() => parseMeetjeslandTopology({ type: 'Topology', objects: {} }, 'x.topo.json')).toThrow(
      /^x\.topo\.json: geen geldige Meetjesland-topologie \(objects\.gemeenten/,
    );
    expect(() => parseDelineaties({ bron: 'onderzoeksnota', delineaties: [{ id: 'Q1' }] }, 'x.json')).toThrow(
      /^x\.json: geen geldige Meetjesland-afbakeningen \(delineaties\.0/,
    );
  });
  test('rejects a municipality without a name in data/gemeenten.csv', () => {
    expect(() => meetjeslandModel(topology, delineaties, new Map())).toThrow(
      /^gemeente \d{5} van de Meetjeslandkaart heeft geen naam in data\/gemeenten\.csv\.$/,
    );
  });
  test('rejects a member that is not a municipality of the map', () => {
    const [first] = delineaties;
    if (!first) throw new Error('no data');
    expect(() => meetjeslandModel(topology, [{ ...first, leden: ['99999'] }], names)).toThrow(`afbakening ${first.id}: 99999 staat niet op de kaart.`);
  });
});

describe('the committed data', () => {
  test('60 municipalities of Oost-Vlaanderen with unique slugs, sorted by name', () => {
    expect(model.gemeenten).toHaveLength(60);
    expect(model.gemeenten[0]?.naam).toBe('Aalst');
    expect(new Set(model.gemeenten.map((g) => g.slug)).size).toBe(60);
  });
  test('every delineation has a kind, a source and a date; all four kinds occur', () => {
    for (const d of delineaties) {
      expect(SOORTEN).toContain(d.soort);
      expect(d.bron.trim().length).toBeGreaterThan(2);
      expect(d.datum.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(delineaties.map((d) => d.soort))).toEqual(new Set(SOORTEN));
  });
  test('Eeklo is in more delineations than Deinze', () => {
    const counts = overlapCounts(
      delineaties,
      delineaties.map((d) => d.id),
      [nis('Eeklo'), nis('Deinze')],
    );
    expect(counts.get(nis('Eeklo'))).toBeGreaterThan(counts.get(nis('Deinze')) ?? Infinity);
    expect(model.gemeenten.find((g) => g.naam === 'Eeklo')?.count).toBe(counts.get(nis('Eeklo')));
  });
  test('Zelzate is not in IVM (A3) but is in the Welzijnsband (A4)', () => {
    expect(byId('A3')?.leden).not.toContain(nis('Zelzate'));
    expect(byId('A4')?.leden).toContain(nis('Zelzate'));
    const { binnen, buiten } = membership(
      delineaties,
      delineaties.map((d) => d.id),
      nis('Zelzate'),
    );
    expect(binnen.map((d) => d.id)).toContain('A4');
    expect(buiten.map((d) => d.id)).toContain('A3');
  });
  test('the only functional delineation is the referentieregio, named as no housing market; converted lists carry a note', () => {
    expect(delineaties.filter((d) => d.soort === 'functioneel').map((d) => d.id)).toEqual(['A12']);
    expect(byId('A12')?.naam).toMatch(/geen woonmarktafbakening/);
    for (const d of delineaties.filter((x) => x.omgezet)) expect(d.omzettingNoot).toBeTruthy();
  });
});

describe('source line', () => {
  test('names the delineations and the boundaries (producer and date), not the vervoerregio table', () => {
    expect(BOUNDARY_ATTRIBUTION).toBe('Gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers');
    expect(MEETJESLAND_SOURCE).toMatch(/^Afbakeningen: zie de tabel/);
    expect(MEETJESLAND_SOURCE).toContain('gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers');
    expect(MEETJESLAND_SOURCE).toContain('1-1-2025');
    expect(MEETJESLAND_SOURCE).not.toMatch(/vervoerregio/i);
    expect(MEETJESLAND_SOURCE).toContain('snapshot 12-3-2026');
  });
});
