/** The one place that reads data/gemeenten-regios.json and the topologies for the municipality pages (computed once per build). */
import { buildGemeenteModel, type GemeenteModel } from './lib/gemeente-model.ts';
import { gemeentenRegiosSchema, type GemeentenRegios } from './lib/geo/gemeenten-regios-schema.ts';
import { meetjeslandDelineatiesSchema } from './lib/geo/meetjesland-schema.ts';
import { createLocator, type Locator } from './lib/locator-map.ts';
import { parseWith, readJsonFile } from './lib/parse.ts';
import { division, loadGemeenten, type DivisionYear } from './maps/flanders/gemeenten.ts';

let data: GemeentenRegios | undefined;
/** data/gemeenten-regios.json, validated. */
export function getGemeentenRegios(): GemeentenRegios {
  data ??= parseWith(gemeentenRegiosSchema, readJsonFile('data/gemeenten-regios.json'), 'data/gemeenten-regios.json');
  return data;
}

let model: GemeenteModel | undefined;
/** Every municipality page, the index groups, the pairing and the disagreements. */
export function getGemeenteModel(): GemeenteModel {
  model ??= buildGemeenteModel(
    getGemeentenRegios(),
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
