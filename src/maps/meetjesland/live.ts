/** The live Meetjesland map (loaded by dynamic import): the municipalities of data/meetjesland.topo.json, coloured by the view. */
import type L from 'leaflet';
import { createLiveMap } from '../shared/live-map.ts';
import { polygonArcsOf } from '../shared/arcs.ts';
import { OVERLAP_NONE } from './scale.ts';
import type { MeetjeslandIsland, View } from './view.ts';

export interface MeetjeslandLive {
  update(view: View): void;
  select(nis: string | undefined): void;
  destroy(): void;
}

const BASE: L.PathOptions = { color: '#ffffff', weight: 0.9, opacity: 1, fillOpacity: 1 };
const SELECTED: L.PathOptions = { color: '#1c2230', weight: 3.5 };

export async function createMeetjeslandLive(
  container: HTMLElement,
  island: MeetjeslandIsland,
  options: { label: string; onSelect: (nis: string) => void },
): Promise<MeetjeslandLive> {
  const live = await createLiveMap(container, { url: island.topo, label: options.label, padding: 6, frame: island.frame });
  const { topology } = live;
  const geometries = (topology.objects['gemeenten'] as { geometries?: Array<{ id?: string | number; type: string; arcs?: unknown }> }).geometries ?? [];
  const names = new Map(island.gemeenten.map((g) => [g.nis, g.naam]));
  let view: View | undefined;
  let selected: string | undefined;
  const shapes = live.shapes(
    geometries.map((g) => ({ id: String(g.id ?? ''), rings: polygonArcsOf(g) })),
    {
      style: (nis) => ({ ...BASE, ...(nis === selected ? SELECTED : {}), fillColor: view?.fills.get(nis) ?? OVERLAP_NONE }),
      tooltip: (nis) => view?.titles.get(nis) ?? names.get(nis) ?? nis,
      onClick: options.onSelect,
      idAttribute: 'data-nis',
    },
  );
  live.lines(island.edge, { color: '#1c2230', weight: 1.4 });
  const counts = new Map<string, HTMLElement>();
  /** The more delineations include a municipality, the more its label matters when labels would collide. */
  const relevance = (nis: string): number => island.layers.filter((l) => l.leden.includes(nis)).length;
  const labels = live.labels(
    island.gemeenten.flatMap((g) => {
      if (!g.at) return [];
      const content = document.createElement('span');
      const name = document.createElement('span');
      name.className = 'mj-label-name';
      name.textContent = g.naam;
      const count = document.createElement('span');
      count.className = 'mj-label-count';
      content.append(name, count);
      counts.set(g.nis, count);
      return [{ lngLat: g.at, content, className: 'mj-map-label', priority: relevance(g.nis) }];
    }),
    // Measured once, by update(), when the counts are in (the controller calls it as soon as the map is built).
    { deferred: true },
  );
  const { bounds } = live;
  // Names only where there is room for them: below ≈ 560 px for the province, the map shows the counts alone.
  const fitNames = (): void => {
    const span = live.map.latLngToContainerPoint(bounds.getNorthEast()).x - live.map.latLngToContainerPoint(bounds.getSouthWest()).x;
    container.classList.toggle('mj-names-hidden', span < 560);
  };
  fitNames();
  live.map.on('zoomend', () => {
    fitNames();
    labels.declutter();
  });

  const restyle = (): void => {
    shapes.restyle();
    for (const [nis] of names) {
      const path = shapes.element(nis);
      path?.setAttribute('data-count', String(view?.counts.get(nis) ?? ''));
      path?.setAttribute('data-class', view?.classByNis.get(nis) ?? '');
    }
    if (selected) shapes.bringToFront(selected);
  };
  return {
    update(next) {
      view = next;
      restyle();
      for (const [nis, count] of counts) {
        const n = next.counts.get(nis);
        count.textContent = n ? String(n) : '';
      }
      labels.declutter();
    },
    select(nis) {
      selected = nis;
      restyle();
    },
    destroy: () => live.dispose(),
  };
}
