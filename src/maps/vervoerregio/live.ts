/**
 * The live vervoerregio map (loaded by dynamic import): the figure's own drawing of both years (the year and the selection
 * shown by the same classes and CSS as the static SVG, set by the controller), made interactive, with live labels.
 */
import { createLiveMap, labelContent, type Shapes } from '../shared/live-map.ts';
import { labelLines } from '../shared/labels.ts';
import type { VervoerregioIsland } from './view.ts';

export interface VervoerregioLive {
  /** Draws the selected region over its neighbours, so its outline shows whole. */
  select(code: string | undefined): void;
  destroy(): void;
}

export async function createVervoerregioLive(
  container: HTMLElement,
  island: VervoerregioIsland,
  options: { svg: SVGSVGElement; label: string; onSelect: (code: string) => void; onHover: (code: string | undefined) => void },
): Promise<VervoerregioLive> {
  const live = await createLiveMap(container, { svg: options.svg, view: island.view, label: options.label });
  const names = new Map(island.regions.map((r) => [r.code, r.naam]));
  const regions: Shapes = live.shapes(':is(.map-regions, .map-regions-2025) path[data-code]', 'data-code', {
    tooltip: (code) => names.get(code) ?? code,
    onClick: options.onSelect,
    onHover: options.onHover,
  });
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
    select(code) {
      if (code) regions.bringToFront(code);
    },
    destroy: () => live.dispose(),
  };
}
