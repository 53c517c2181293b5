/** The municipality pages' model and locator maps, built once per build from the one regions model (src/maps/flanders/gemeenten.ts). */
import { buildGemeenteModel, type GemeenteModel } from './model.ts';
import { meetjeslandDelineatiesSchema } from '../lib/geo/meetjesland-schema.ts';
import { createLocator, type Locator } from '../maps/locator/locator.ts';
import { parseWith, readJsonFile } from '../lib/parse.ts';
import { division, loadGemeenten, type DivisionYear } from '../maps/flanders/gemeenten.ts';

let model: GemeenteModel | undefined;
/** Every municipality page, the index groups, the pairing and the disagreements. */
export function getGemeenteModel(): GemeenteModel {
  model ??= buildGemeenteModel(
    loadGemeenten(),
    parseWith(meetjeslandDelineatiesSchema, readJsonFile('data/meetjesland-delineaties.json'), 'data/meetjesland-delineaties.json'),
  );
  return model;
}

const locators: Partial<Record<DivisionYear, Locator>> = {};
/** The locator of a division year, drawn from the map engine's one topology (data/gemeenten.topo.json). */
export function getLocator(year: DivisionYear): Locator {
  let locator = locators[year];
  if (!locator) {
    const data = loadGemeenten();
    locator = createLocator(data.topology, division(data, 'vervoerregio', year).regionOf, division(data, 'referentieregio', year).regionOf);
    locators[year] = locator;
  }
  return locator;
}
