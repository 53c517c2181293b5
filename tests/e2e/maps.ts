/**
 * Every map of the site, found as a reader meets it: the custom elements that `defineLazyMap` registers in
 * `src/maps/<map>/element.ts`, on the chapter pages of the build that carry them. A new map gets the shared map checks
 * (labels, touch, tap targets, axe once live) without an edit here, unless its labels are not the engine's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHAPTERS, DIST } from './site.ts';

export interface SiteMap {
  /** The chapter the map is on. */
  path: string;
  /** Its custom element, e.g. `region-map`. */
  tag: string;
  /** Its permanent labels on the live map. */
  live: string;
  /** Its labels in the static SVG. */
  static: string;
}

/** The engine's labels (`live-map.ts` labels, `MapLabels.astro`). */
const ENGINE_LABELS = { live: '.leaflet-tooltip.region-label', static: '.map-labels text' };
/** Maps whose labels are their own. */
const OWN_LABELS: Record<string, typeof ENGINE_LABELS> = {
  'meetjesland-map': { live: '.leaflet-tooltip.mj-map-label', static: '.mj-labels text' },
};

const MAPS_DIR = 'src/maps';

/** The tag names registered with `defineLazyMap` under src/maps/. */
function registeredTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const folder of readdirSync(MAPS_DIR)) {
    const file = join(MAPS_DIR, folder, 'element.ts');
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/defineLazyMap\(\s*'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) tags.set(match[1] ?? '', file);
  }
  return tags;
}

function findMaps(): SiteMap[] {
  const tags = registeredTags();
  if (tags.size === 0) throw new Error(`No map found: no ${MAPS_DIR}/*/element.ts calls defineLazyMap('…-map', …)`);
  const found: SiteMap[] = [];
  for (const path of CHAPTERS) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const onPage = [...tags.keys()]
      .map((tag) => ({ tag, at: html.search(new RegExp(`<${tag}[\\s>]`)) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at);
    for (const { tag } of onPage) found.push({ path, tag, ...(OWN_LABELS[tag] ?? ENGINE_LABELS) });
  }
  for (const [tag, file] of tags) {
    if (!found.some((map) => map.tag === tag)) throw new Error(`${file} registers <${tag}>, but no chapter page in ${DIST}/ carries it`);
  }
  return found;
}

/** Every map, in chapter order and, within a page, in reading order. */
export const MAPS: readonly SiteMap[] = findMaps();

/** The maps on one chapter page. */
export const mapsOn = (path: string): SiteMap[] => MAPS.filter((map) => map.path === path);
