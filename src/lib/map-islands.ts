/**
 * Moves the map models out of the built pages (src/integrations/astro-map-islands.ts): every
 * `<script type="application/json" data-map-model>…</script>` (src/maps/shared/ModelIsland.astro) becomes an empty
 * `<script type="application/json" data-map-model data-src="…/island.<hash>.json">` and its JSON a fingerprinted file of
 * its own, which the map fetches only when it wakes (src/maps/shared/lazy-element.ts). The page's HTML, and so its first
 * paint, no longer carries the models. Pure: strings in, strings out.
 */
import { createHash } from 'node:crypto';

/** A model island as the build writes it (linkedom, which rewrites some pages, spells the attribute `data-map-model=""`). */
const ISLAND = /<script type="application\/json" data-map-model(?:="")?>([\s\S]*?)<\/script>/g;
/** An island moved out, with the URL of its file. */
const EXTERNAL = /<script type="application\/json" data-map-model(?:="")? data-src="([^"]+)"(?: \/)?>\s*<\/script>/g;

/** One island file: its name inside the assets folder and its JSON. */
export interface IslandFile {
  name: string;
  json: string;
}

/** `island.<hash>.json`: the hash of the content, so identical islands (a chapter and its handout) share one file. */
export function islandFileName(json: string): string {
  return `island.${createHash('sha256').update(json).digest('base64url').slice(0, 10)}.json`;
}

/**
 * Replaces every inline island of `html` by a reference to its file under `assetsUrl` (e.g. `/lezing/_astro/`) and
 * returns the new HTML with the files to write (each once). An empty island stays as it is.
 */
export function extractIslands(html: string, assetsUrl: string): { html: string; files: IslandFile[] } {
  const prefix = assetsUrl.endsWith('/') ? assetsUrl : `${assetsUrl}/`;
  const files = new Map<string, string>();
  const rewritten = html.replace(ISLAND, (whole, json: string) => {
    if (json.trim() === '') return whole;
    const name = islandFileName(json);
    files.set(name, json);
    return `<script type="application/json" data-map-model data-src="${prefix}${name}"></script>`;
  });
  return { html: rewritten, files: [...files].map(([name, json]) => ({ name, json })) };
}

/** The islands of a page: `{ json }` for one written inline (dev, or before the move), `{ src }` for one moved out. */
export function pageIslands(html: string): Array<{ json: string } | { src: string }> {
  const found: Array<{ index: number; island: { json: string } | { src: string } }> = [];
  for (const match of html.matchAll(EXTERNAL)) found.push({ index: match.index, island: { src: match[1] ?? '' } });
  for (const match of html.matchAll(ISLAND)) {
    const json = match[1] ?? '';
    if (json.trim() !== '') found.push({ index: match.index, island: { json } });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.island);
}

/**
 * Gives the module scripts `isLoader` names `fetchpriority="low"` (the map loaders, which only register their elements
 * and wait for the reader to near a map): Chrome then fetches them after what the first paint needs, and Lighthouse no
 * longer counts them as render-blocking (it counts every High-priority script; `async` keeps a module script High).
 * Module scripts stay deferred and in order. Returns the new HTML and how many scripts it marked.
 */
export function lowPriorityLoaders(html: string, isLoader: (src: string) => boolean): { html: string; marked: number } {
  let marked = 0;
  const rewritten = html.replace(/<script type="module" src="([^"]+)">/g, (whole, src: string) => {
    if (!isLoader(src)) return whole;
    marked += 1;
    return `<script type="module" fetchpriority="low" src="${src}">`;
  });
  return { html: rewritten, marked };
}
