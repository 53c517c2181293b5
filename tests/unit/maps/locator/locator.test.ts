import { describe, expect, it } from 'vitest';
import { createLocator } from '../../../../src/maps/locator/locator.ts';
import { division, loadGemeenten } from '../../../../src/maps/flanders/gemeenten.ts';

const data = loadGemeenten();
const locator = createLocator(data.topology, division(data, 'vervoerregio', '2025').regionOf, division(data, 'referentieregio', '2025').regionOf);

describe('createLocator', () => {
  it('draws Flanders small: a frame 240 units wide whose paths stay a few kB', () => {
    expect(locator.frame.width).toBe(240);
    expect(locator.frame.height).toBeGreaterThan(60);
    expect(locator.frame.outline.length + locator.frame.borders.length).toBeLessThan(5000);
  });
  it('gives Lier its vervoerregio (Antwerpen) and referentieregio (Rivierenland) as different outlines', () => {
    const lier = locator.layers(['12021']);
    const antwerpen = locator.layers(['11002']);
    expect(lier.gemeente).toMatch(/^M/);
    expect(lier.vervoerregio).toBe(antwerpen.vervoerregio);
    expect(lier.referentieregio).not.toBe(antwerpen.referentieregio);
    expect(lier.marker[0]).toBeGreaterThan(0);
    expect(lier.samen).toBeUndefined();
  });
  it('draws a merger as one shape and the larger whole as an outline; names an unknown code', () => {
    const kruibeke = locator.layers(['46013'], ['11056', '46003', '46013']);
    expect(kruibeke.samen).toMatch(/^M/);
    expect(() => locator.layers(['99999'])).toThrow('locator: NIS 99999 staat niet in de topologie');
  });
});
