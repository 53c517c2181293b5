/**
 * The live comparison map (loaded by dynamic import): referentieregio's, vervoerregio borders and the differences, per
 * year, merged at build time (delta-coded arc lists in the island). The selected pair's vervoerregio outline is drawn
 * only when a pair is selected, not as one hidden path per region.
 */
import { createLiveMap, labelContent, type ShapeLayer } from '../shared/live-map.ts';
import { drawBrussel } from '../flanders/brussel.ts';
import { labelLines } from '../shared/labels.ts';
import { drawingOf, type CompareYear, type ReferentieregioIsland } from './view.ts';

export interface ReferentieregioLive {
  /** Draws a municipality year ('2019', '2025'); a no-op when it is already shown. */
  show(year: string): void;
  /** Highlights the pair of this vervoerregio code (its referentieregio filled, its vervoerregio outlined). */
  select(vr: string | undefined): void;
  destroy(): void;
}

export async function createReferentieregioLive(
  container: HTMLElement,
  island: ReferentieregioIsland,
  options: { label: string; year: string; onSelect: (rr: string) => void },
): Promise<ReferentieregioLive> {
  const live = await createLiveMap(container, { url: island.topo, label: options.label });
  drawBrussel(live);
  const colours = new Map(island.pairs.map((p) => [p.rr, p.colour]));
  const names = new Map(island.pairs.map((p) => [p.rr, p.rrNaam]));
  let selected: string | undefined;
  let shown: CompareYear | undefined;
  let regions: ShapeLayer | undefined;
  /** The selected pair's vervoerregio outline, drawn on top. */
  let outline: ShapeLayer | undefined;
  let layers: Array<{ remove(): unknown }> = [];

  const selectedRr = (): string | undefined => island.pairs.find((p) => p.vr === selected)?.rr;
  const restyle = (): void => {
    regions?.restyle();
    outline?.remove();
    const arcs = selected ? shown?.vr[selected] : undefined;
    outline =
      selected && arcs
        ? live.shapes([{ id: selected, arcs }], { interactive: false, style: () => ({ color: '#1c2230', weight: 4.5, opacity: 1, fill: false }) })
        : undefined;
  };
  const show = (year: string): void => {
    const entry = drawingOf(island, year);
    if (!entry || entry.info === shown?.info) return;
    shown = entry;
    regions?.remove();
    for (const layer of layers) layer.remove();
    regions = live.shapes(
      Object.entries(entry.rr).map(([id, arcs]) => ({ id, arcs })),
      {
        style: (code) => ({
          color: '#ffffff',
          weight: 1.2,
          opacity: 1,
          fillColor: colours.get(code) ?? '#999999',
          fillOpacity: selectedRr() && code !== selectedRr() ? 0.3 : 0.8,
        }),
        tooltip: (code) => `Referentieregio ${names.get(code) ?? code}`,
        onClick: options.onSelect,
        idAttribute: 'data-code',
      },
    );
    layers = [
      live.lines(entry.vrBorders, { color: '#1c2230', weight: 2.2, opacity: 1 }),
      live.shapes(
        Object.entries(entry.verschil).map(([id, arcs]) => ({ id, arcs })),
        {
          interactive: false,
          style: () => ({ color: '#1c2230', weight: 1.5, dashArray: '3 3', fillColor: '#1c2230', fillOpacity: 0.35 }),
          idAttribute: 'data-nis',
        },
      ),
    ];
    restyle();
  };

  show(options.year);
  // Larger referentieregio's (more municipalities of the default year) keep their label when labels would collide.
  const size = (vr: string): number => {
    const info = island.sets[island.defaultSet]?.info[vr];
    return info ? info.gedeeld + info.alleenReferentieregio.length : 0;
  };
  live.labels(island.pairs.map((p) => ({ lngLat: p.at, content: labelContent(labelLines(p.rrNaam)), className: 'region-label', priority: size(p.vr) })));
  return {
    show,
    select(vr) {
      selected = vr;
      restyle();
    },
    destroy: () => live.dispose(),
  };
}
