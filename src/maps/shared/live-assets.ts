/**
 * The two things every live map waits for besides its code, started as early as possible (by MapIsland, before the
 * Leaflet chunk has even arrived) and shared by every map on the page: the TopoJSON and Leaflet's stylesheet.
 */
import type { Topology } from 'topojson-specification';
import leafletCss from './leaflet-lite.css?url';

const topologies = new Map<string, Promise<Topology>>();
let stylesheet: Promise<void> | undefined;

/** The topology at `url`, fetched once per page even when several maps use it; rejects on HTTP errors (and may be retried). */
export function fetchTopology(url: string): Promise<Topology> {
  let pending = topologies.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
      const topology = (await response.json()) as Topology;
      if (topology.type !== 'Topology') throw new Error(`${url}: geen TopoJSON`);
      return topology;
    });
    pending.catch(() => topologies.delete(url));
    topologies.set(url, pending);
  }
  return pending;
}

/** Adds Leaflet's (trimmed) stylesheet once, only when a live map is on its way, so it never blocks a page's first render. */
export function loadLeafletCss(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCss;
    link.dataset['leafletCss'] = '';
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${leafletCss} niet geladen`)));
    document.head.append(link);
  });
  return stylesheet;
}
