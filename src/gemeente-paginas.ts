/** The one place that reads data/gemeenten-regios.json and the topologies for the municipality pages (computed once per build). */
import { readFileSync } from 'node:fs';
import { buildGemeenteModel, type GemeenteModel } from './lib/gemeente-model.ts';
import { gemeentenRegiosSchema, type GemeentenRegios } from './lib/geo/gemeenten-regios-schema.ts';
import { meetjeslandDelineatiesSchema } from './lib/geo/meetjesland-schema.ts';
import { createLocator, type Locator } from './lib/locator-map.ts';
import { division, loadGemeenten, type DivisionYear } from './maps/flanders/gemeenten.ts';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

function parsed<T>(
  file: string,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

let data: GemeentenRegios | undefined;
/** data/gemeenten-regios.json, validated. */
export function getGemeentenRegios(): GemeentenRegios {
  data ??= parsed('data/gemeenten-regios.json', gemeentenRegiosSchema);
  return data;
}

let model: GemeenteModel | undefined;
/** Every municipality page, the index groups, the pairing and the disagreements. */
export function getGemeenteModel(): GemeenteModel {
  model ??= buildGemeenteModel(getGemeentenRegios(), parsed('data/meetjesland-delineaties.json', meetjeslandDelineatiesSchema));
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
