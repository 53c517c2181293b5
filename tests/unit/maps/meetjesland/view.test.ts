import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';
import { meetjeslandIsland, meetjeslandModel, parseDelineaties, parseMeetjeslandTopology } from '../../../../src/maps/meetjesland/model.ts';
import { defaultState } from '../../../../src/maps/meetjesland/state.ts';
import { computeView, infoFor } from '../../../../src/maps/meetjesland/view.ts';
import { OVERLAP_NONE, SINGLE_MEMBER } from '../../../../src/maps/meetjesland/scale.ts';

const topology = parseMeetjeslandTopology(JSON.parse(readFileSync('data/meetjesland.topo.json', 'utf8')), 'topo');
const delineaties = parseDelineaties(JSON.parse(readFileSync('data/meetjesland-delineaties.json', 'utf8')), 'data');
const model = meetjeslandModel(topology, delineaties, new Map(loadGemeenten().gemeenten.map((g) => [g.nis, g.naam])));
const island = meetjeslandIsland(model, new Map(), { bbox: [3.3, 50.7, 4.4, 51.3], zoom: [8, 11] });
const options = { ids: island.layers.map((l) => l.id), slugs: island.gemeenten.map((g) => g.slug) };
const all = defaultState(options);
const EEKLO = '43005';
const DEINZE = '44083';
const ZELZATE = '43018';
const countOf = (nis: string, ids = options.ids) => delineaties.filter((d) => ids.includes(d.id) && d.leden.includes(nis)).length;

describe('computeView: the overlap view', () => {
  test('counts, in every municipality, the active delineations that include it; the darkest class holds the most', () => {
    const view = computeView(island, all);
    expect(view.counts.get(EEKLO)).toBe(countOf(EEKLO));
    expect(view.counts.get(DEINZE)).toBe(countOf(DEINZE));
    expect(view.classByNis.get(EEKLO)).toBe('4');
    expect(view.legendTitle).toBe(`Aantal van de ${String(delineaties.length)} afbakeningen waarin een gemeente ligt`);
    expect(view.legendItems).toHaveLength(5);
    expect(view.titles.get(EEKLO)).toBe(`Eeklo: in ${String(countOf(EEKLO))} van de ${String(delineaties.length)} afbakeningen`);
  });
  test('a choice of delineations recounts and names them; none gives one neutral class', () => {
    const view = computeView(island, { ...all, lagen: ['H4', 'A1'] });
    expect(view.counts.get(EEKLO)).toBe(2);
    expect(view.legendTitle).toBe('Aantal van de 2 gekozen afbakeningen (H4, A1) waarin een gemeente ligt');
    const none = computeView(island, { ...all, lagen: [] });
    expect(none.fills.get(EEKLO)).toBe(OVERLAP_NONE);
    expect(none.legendTitle).toMatch(/^Geen afbakening gekozen/);
  });
});

describe('computeView: one delineation', () => {
  test('marks members in and the rest out, and shows the delineation with its tags', () => {
    const view = computeView(island, { ...all, weergave: 'afbakening', afbakening: 'A4' });
    expect(view.classByNis.get(ZELZATE)).toBe('in');
    expect(view.fills.get(ZELZATE)).toBe(SINGLE_MEMBER);
    expect(view.classByNis.get(DEINZE)).toBe('uit');
    expect(view.counts.get(ZELZATE)).toBeUndefined();
    expect(view.legendTitle).toMatch(/^A4 · .* \(Bestuurlijke regio\)$/);
    const h1 = computeView(island, { ...all, weergave: 'afbakening', afbakening: 'H1' });
    expect(h1.legendNote).toContain('lijst van vóór 2019; op de kaart ruimer');
  });
});

describe('infoFor: the info panel', () => {
  test('Zelzate is in the Welzijnsband (A4) but not in IVM (A3)', () => {
    const info = infoFor(island, { ...all, gemeente: 'zelzate' });
    expect(info?.binnen.map((i) => i.id)).toContain('A4');
    expect(info?.buiten.map((i) => i.id)).toContain('A3');
    expect(info?.phrase).toBe(`in ${String(countOf(ZELZATE))} van de ${String(delineaties.length)} afbakeningen`);
  });
  test('Deinze carries the conversion sentence that names it; switched-off delineations are listed apart', () => {
    const info = infoFor(island, { ...all, gemeente: 'deinze', lagen: ['H1', 'H4'] });
    expect(info?.binnen.find((i) => i.id === 'H1')?.note).toMatch(/^Omzetting: Nevele is sinds 2019 deel van Deinze \(44083\)/);
    expect(info?.uit).toHaveLength(delineaties.length - 2);
    expect(info?.phrase).toBe(`in ${String(countOf(DEINZE, ['H1', 'H4']))} van de 2 gekozen afbakeningen`);
  });
  test('nothing selected, nothing to say', () => {
    expect(infoFor(island, all)).toBeUndefined();
  });
});
