/**
 * The live "Over de grens" map (loaded by dynamic import): the figure's own Westerschelde drawing (the chosen layer shown
 * by the same CSS as the static SVG), with the municipalities from the island laid under its lines, for their tooltips
 * and the chosen deal's fill, and their names as live labels.
 */
import { createLiveMap, labelContent } from '../shared/live-map.ts';
import { SVG_NS } from '../shared/drawing.ts';
import { memberState, type OverDeGrensIsland } from './view.ts';

export interface OverDeGrensLive {
  select(id: string | undefined): void;
  destroy(): void;
}

/** The fill of a chosen layer's municipalities: its line colour (the legend's), or the participants' hatch colour. */
const FILL: Record<string, string> = { gebied: '#2f6b2f', grens: '#1d4f91', deelnemers: '#8a3b12' };

export async function createOverDeGrensLive(
  container: HTMLElement,
  island: OverDeGrensIsland,
  options: { svg: SVGSVGElement; label: string },
): Promise<OverDeGrensLive> {
  const live = await createLiveMap(container, { svg: options.svg, view: island.view, label: options.label });
  const group = document.createElementNS(SVG_NS, 'g');
  group.classList.add('odg-gemeenten');
  const paths = island.gemeenten.map((g) => {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', g.d);
    path.setAttribute('data-id', g.id);
    group.append(path);
    return path;
  });
  // Over the land fills, under every line.
  live.drawing.querySelector('.odg-binnen')?.before(group);
  const names = new Map(island.gemeenten.map((g) => [g.id, g.naam]));
  live.shapes('.odg-gemeenten path[data-id]', 'data-id', { tooltip: (id) => names.get(id) ?? id });
  live.labels(island.labels.map((l) => ({ lngLat: l.at, content: labelContent([l.naam]), className: 'region-label odg-label', priority: l.priority })));
  return {
    select(selected) {
      const kind = island.layers.find((l) => l.id === selected)?.kind;
      for (const path of paths) {
        const inLayer = memberState(island, selected, path.getAttribute('data-id') ?? '') === 'in';
        path.classList.toggle('is-in', inLayer);
        if (inLayer && kind) path.setAttribute('fill', FILL[kind] ?? '#1c2230');
        else path.removeAttribute('fill');
      }
    },
    destroy: () => live.dispose(),
  };
}
