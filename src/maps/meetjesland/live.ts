/**
 * The live Meetjesland map (loaded by dynamic import): the figure's own drawing (fills, counts and the selection outline
 * written by the controller into the static SVG and this copy alike), made interactive, with names and counts as live labels.
 */
import { createLiveMap } from '../shared/live-map.ts';
import type { MeetjeslandIsland, View } from './view.ts';

export interface MeetjeslandLive {
  /** Shows the counts of the view on the labels (fills and tooltips follow the controller's classes and the view). */
  update(view: View): void;
  destroy(): void;
}

export async function createMeetjeslandLive(
  container: HTMLElement,
  island: MeetjeslandIsland,
  options: { svg: SVGSVGElement; label: string; onSelect: (nis: string) => void },
): Promise<MeetjeslandLive> {
  const live = await createLiveMap(container, { svg: options.svg, view: island.view, label: options.label, padding: 6, frame: island.frame });
  const names = new Map(island.gemeenten.map((g) => [g.nis, g.naam]));
  let view: View | undefined;
  live.shapes('.mj-gemeenten path[data-nis]', 'data-nis', {
    tooltip: (nis) => view?.titles.get(nis) ?? names.get(nis) ?? nis,
    onClick: options.onSelect,
  });
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
  return {
    update(next) {
      view = next;
      for (const [nis, count] of counts) {
        const n = next.counts.get(nis);
        count.textContent = n ? String(n) : '';
      }
      labels.declutter();
    },
    destroy: () => live.dispose(),
  };
}
