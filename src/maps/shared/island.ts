/**
 * The model a map figure hands to the browser: one `<script type="application/json" data-map-model>` per figure. It is
 * data, never executed, so the CSP stays as it is; the controller reads it instead of scraping the display HTML. The
 * build moves its JSON into a file of its own (`data-src="…/_astro/island.<hash>.json"`, src/lib/map-islands.ts), which
 * the element fetches into the script when the map wakes (lazy-element.ts); `astro dev` keeps it inline.
 */

/** What every map model carries: the URL of its TopoJSON (a fingerprinted asset). */
export interface MapModel {
  topo: string;
  /** The area the figure is about, [west, south, east, north]: the live map opens there (default: the whole topology). */
  frame?: [number, number, number, number] | undefined;
}

/** Selector of a figure's model island. */
export const ISLAND_SELECTOR = 'script[type="application/json"][data-map-model]';

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
