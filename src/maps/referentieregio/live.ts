/**
 * The live comparison map (loaded by dynamic import): the figure's own drawing (referentieregio's, vervoerregio borders
 * and the differences of both years, the year and the selection shown by the same classes and CSS as the static SVG),
 * made interactive; the selected pair's vervoerregio outline, from the island, is drawn over it.
 */
import { createLiveMap, labelContent } from '../shared/live-map.ts';
import { SVG_NS } from '../shared/drawing.ts';
import { labelLines } from '../shared/labels.ts';
import { drawingOf, type ReferentieregioIsland } from './view.ts';

export interface ReferentieregioLive {
  /** Follows the municipality year ('2019', '2025') in the selected pair's outline. */
  show(year: string): void;
  /** Outlines the vervoerregio of the pair with this code (its referentieregio is highlighted by the controller). */
  select(vr: string | undefined): void;
  destroy(): void;
}

export async function createReferentieregioLive(
  container: HTMLElement,
  island: ReferentieregioIsland,
  options: { svg: SVGSVGElement; label: string; onSelect: (rr: string) => void },
): Promise<ReferentieregioLive> {
  const live = await createLiveMap(container, { svg: options.svg, view: island.view, label: options.label });
  const names = new Map(island.pairs.map((p) => [p.rr, p.rrNaam]));
  live.shapes('.map-regions path[data-code]', 'data-code', { tooltip: (code) => `Referentieregio ${names.get(code) ?? code}`, onClick: options.onSelect });
  const outline = document.createElementNS(SVG_NS, 'path');
  outline.classList.add('refreg-vr-selected');
  live.drawing.append(outline);
  // Larger referentieregio's (more municipalities of the default year) keep their label when labels would collide.
  const size = (vr: string): number => {
    const info = island.sets[island.defaultSet]?.info[vr];
    return info ? info.gedeeld + info.alleenReferentieregio.length : 0;
  };
  live.labels(island.pairs.map((p) => ({ lngLat: p.at, content: labelContent(labelLines(p.rrNaam)), className: 'region-label', priority: size(p.vr) })));
  let year = island.defaultSet;
  let selected: string | undefined;
  const draw = (): void => {
    const d = selected ? drawingOf(island, year)?.vr[selected] : undefined;
    if (d) outline.setAttribute('d', d);
    else outline.removeAttribute('d');
  };
  return {
    show(next) {
      year = next;
      draw();
    },
    select(vr) {
      selected = vr;
      draw();
    },
    destroy: () => live.dispose(),
  };
}
