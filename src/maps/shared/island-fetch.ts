/**
 * Fetches a sleeping map's model island the moment the map wakes. Part of the eager loader (lazy-element.ts), so the
 * request leaves with the controller's chunks instead of after them.
 */

/** The model island of a map element: inline JSON, or empty with `data-src` when the build moved it out of the page. */
export const ISLAND_SELECTOR = 'script[data-map-model]';

/**
 * Fetches the island the build moved out of the page (`<script … data-map-model data-src>`, src/lib/map-islands.ts) into
 * its script element, so `readIsland` reads it synchronously; an island written inline (`astro dev`) or already fetched
 * is left alone.
 */
export async function fillIsland(element: HTMLElement): Promise<void> {
  const island = element.querySelector<HTMLScriptElement>(ISLAND_SELECTOR);
  const src = island?.dataset['src'];
  if (!island || !src || island.textContent) return;
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
  island.textContent = await response.text();
}
