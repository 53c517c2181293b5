/** The live vervoerregio map (loaded by dynamic import): the regions of the chosen year, merged at build time (arc lists in the island). */
import type L from 'leaflet';
import { createLiveMap, labelContent, type ShapeLayer } from '../shared/live-map.ts';
import { drawBrussel } from '../flanders/brussel.ts';
import { labelLines } from '../shared/labels.ts';
import { outlinesOf, type VervoerregioIsland } from './view.ts';

export interface VervoerregioLive {
  /** Draws the regions of a municipality year ('2019', '2025'); a no-op when it is already shown. */
  show(year: string): void;
  select(code: string | undefined): void;
  highlight(code: string | undefined): void;
  destroy(): void;
}

const BASE: L.PathOptions = { color: '#1c2230', weight: 1.2, opacity: 1, fillOpacity: 0.78 };

export async function createVervoerregioLive(
  container: HTMLElement,
  island: VervoerregioIsland,
  options: { label: string; year: string; onSelect: (code: string) => void; onHover: (code: string | undefined) => void },
): Promise<VervoerregioLive> {
  const live = await createLiveMap(container, { url: island.topo, label: options.label });
  drawBrussel(live);
  const colours = new Map(island.regions.map((r) => [r.code, r.colour]));
  const names = new Map(island.regions.map((r) => [r.code, r.naam]));
  let selected: string | undefined;
  let highlighted: string | undefined;
  let shown: string | undefined;
  let regions: ShapeLayer | undefined;
  let inner: L.Layer | undefined;

  const style = (code: string): L.PathOptions => {
    const active = code === selected || code === highlighted;
    return {
      ...BASE,
      fillColor: colours.get(code) ?? '#999999',
      weight: code === selected ? 3.5 : active ? 2.5 : 1.2,
      fillOpacity: selected && code !== selected ? 0.35 : active ? 0.95 : 0.78,
    };
  };
  const restyle = (): void => {
    regions?.restyle();
    if (selected) regions?.bringToFront(selected);
  };
  const show = (year: string): void => {
    const entry = island.sets[year];
    const outlines = outlinesOf(island, year);
    if (!entry || !outlines || year === shown) return;
    shown = year;
    regions?.remove();
    inner?.remove();
    regions = live.shapes(
      outlines.map(([id, arcs]) => ({ id, arcs })),
      { style, tooltip: (code) => names.get(code) ?? code, onClick: options.onSelect, onHover: options.onHover, idAttribute: 'data-code' },
    );
    inner = live.lines(entry.inner, { color: '#ffffff', weight: 0.6, opacity: 0.7 });
    restyle();
  };

  show(options.year);
  live.labels(
    // Larger regions (more municipalities) keep their label when labels would collide.
    island.regions.map((r) => ({
      lngLat: r.at,
      content: labelContent(labelLines(r.naam)),
      className: 'region-label',
      priority: island.sets[island.defaultSet]?.members[r.code]?.length ?? 0,
    })),
  );
  return {
    show,
    select(code) {
      selected = code;
      restyle();
    },
    highlight(code) {
      highlighted = code;
      restyle();
    },
    destroy: () => live.dispose(),
  };
}
