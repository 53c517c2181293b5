/** The one place that reads data/gemeenten.json and the topologies for the municipality pages (computed once per build). */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildGemeenteModel, type GemeenteModel } from './lib/gemeente-model.ts';
import { gemeentenSchema, type GemeentenData } from './lib/geo/gemeenten-schema.ts';
import { meetjeslandDelineatiesSchema } from './lib/geo/meetjesland-schema.ts';
import { createLocator, type Locator } from './lib/locator-map.ts';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

function parsed<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

let data: GemeentenData | undefined;
/** data/gemeenten.json, validated. */
export function getGemeentenData(): GemeentenData {
  data ??= parsed('data/gemeenten.json', gemeentenSchema);
  return data;
}

let model: GemeenteModel | undefined;
/** Every municipality page, the index groups, the pairing and the disagreements. */
export function getGemeenteModel(): GemeenteModel {
  model ??= buildGemeenteModel(getGemeentenData(), parsed('data/meetjesland-delineaties.json', meetjeslandDelineatiesSchema));
  return model;
}

const locators: Partial<Record<'2019' | '2025', Locator>> = {};
/** The locator of a division, drawn from the same TopoJSON as the vervoerregio map. */
export function getLocator(set: '2019' | '2025'): Locator {
  let locator = locators[set];
  if (!locator) {
    const all = getGemeentenData();
    const list = set === '2025' ? all.gemeenten2025 : all.gemeenten2019;
    const topology = readJson(`data/vervoerregios-${set}.topo.json`) as Topology;
    locator = createLocator(topology, new Map(list.map((g) => [g.nis, g.rr])));
    locators[set] = locator;
  }
  return locator;
}
