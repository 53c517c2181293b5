/**
 * The model a map figure hands to the browser: one `<script type="application/json" data-map-model>` per figure. It is
 * data, never executed, so the CSP stays as it is; the controller reads it instead of scraping the display HTML. The
 * build moves its JSON into a file of its own (`data-src="…/_astro/island.<hash>.json"`, src/lib/map-islands.ts), which
 * the element fetches into the script when the map wakes (lazy-element.ts); `astro dev` keeps it inline.
 */
import { ISLAND_SELECTOR } from './island-fetch.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** Where a figure's build-time drawing lies on the earth (the corners of its viewBox) and the zoom range it is drawn for. */
export interface MapView {
  bbox: Box;
  /** [min, max]: the data pipeline's zoom range for the simplification the drawing comes from (shared/zoom.ts). */
  zoom: [number, number];
}

/** What every map model carries: the view of its drawing, which the live map shows (shared/drawing.ts). */
export interface MapModel {
  view: MapView;
  /** The area the figure is about: the live map opens there (default: the whole drawing). */
  frame?: Box | undefined;
}

/** JSON safe inside a `<script>` element: every `<` escaped, so the text can never close the element. */
export function islandJson(model: unknown): string {
  return JSON.stringify(model).replace(/</g, '\\u003c');
}

/** Parses the island inside `element`; throws a Dutch message naming the element when it is missing or no JSON. */
export function readIsland<T>(element: Element): T {
  const island = element.querySelector(ISLAND_SELECTOR);
  if (!island) throw new Error(`<${element.localName}>: geen kaartmodel (${ISLAND_SELECTOR}) gevonden.`);
  try {
    return JSON.parse(island.textContent ?? '') as T;
  } catch (error) {
    throw new Error(`<${element.localName}>: het kaartmodel is geen geldige JSON (${(error as Error).message}).`, { cause: error });
  }
}

/** Only the entries of `table` that differ from `base` (what a non-default set of a map carries in its island). */
export function differences(table: Readonly<Record<string, string>>, base: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter(([key, value]) => base[key] !== value));
}
