import { describe, expect, it } from 'vitest';
import { loadOverDeGrens, overDeGrensModel, parseOverDeGrens } from '../../../../src/maps/over-de-grens/model.ts';

describe('over-de-grens model', () => {
  const model = overDeGrensModel(loadOverDeGrens());

  it('draws the North Sea Port District as its four named participants, Gent across the border included', () => {
    const nsp = model.island.layers.find((l) => l.id === 'north-sea-port-district');
    expect(nsp?.kind).toBe('deelnemers');
    expect(nsp?.leden.sort()).toEqual(['44021', 'GM0654', 'GM0715', 'GM0718']);
  });

  it('marks the Regio Deal Zeeland as uncertain: the province as area, no member list', () => {
    const zeeland = model.island.layers.find((l) => l.id === 'zeeland');
    expect(zeeland?.onzeker).toBe(true);
    expect(zeeland?.leden).toHaveLength(13);
    expect(model.rows.find((r) => r.id === 'zeeland')?.toont).toMatch(/geen lijst van deelnemende gemeenten/);
  });

  it('shows three countries in the locator and the three cantons of the programme', () => {
    expect(model.locator.labels.map((l) => l.lines[0])).toEqual(['België', 'Nederland', 'Zwitserland']);
    expect(model.locator.marked.map((m) => m.id)).toEqual(['vlaanderen', 'zeeland', 'st-gallen']);
    expect(model.swiss.kantons.map((k) => k.id).sort()).toEqual(['15', '17', '20']);
  });

  it("gives the live map every municipality of the Westerschelde drawing as path data in the drawing's units", () => {
    expect(model.island.gemeenten.length).toBeGreaterThan(20);
    for (const g of model.island.gemeenten) expect(g.d).toMatch(/^M\d/);
    expect(model.island.gemeenten.find((g) => g.id === '44021')?.naam).toBe('Gent');
    const [west, south, east, north] = model.island.view.bbox;
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  });

  it('uses a URL parameter the other maps on the page do not use', () => {
    expect(model.island.param).toBe('regiodeal');
    expect(['vervoerregio', 'indeling', 'paar', 'vergelijking']).not.toContain(model.island.param);
  });

  it('stops with the file named when the data and the topology disagree', () => {
    const { topology, context } = loadOverDeGrens();
    const data = structuredClone(loadOverDeGrens().data);
    data.deals[1]?.leden.push('GM9999');
    expect(() => parseOverDeGrens(topology, context, data)).toThrow(/data\/over-de-grens\.json: onbekende gemeente GM9999/);
    expect(() => parseOverDeGrens({ ...topology, zoom: undefined }, context, data)).toThrow(/data\/over-de-grens\.topo\.json: geen zoombereik/);
  });
});
