/** The live comparison map (loaded by dynamic import): referentieregio's, vervoerregio borders and the differences, per year. */
import type L from 'leaflet';
import { createLiveMap, labelContent, type ShapeLayer } from '../shared/live-map.ts';
import { drawBrussel } from '../flanders/brussel.ts';
import { labelLines } from '../shared/labels.ts';
import { borders, groupOf, mergeGroups } from '../shared/topology.ts';
import { borderOf, membership, type ReferentieregioIsland } from './view.ts';

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
  options: { label: string; onSelect: (rr: string) => void },
): Promise<ReferentieregioLive> {
  const live = await createLiveMap(container, { url: island.topo, label: options.label });
  const { topology } = live;
  drawBrussel(live);
  const colours = new Map(island.pairs.map((p) => [p.rr, p.colour]));
  const names = new Map(island.pairs.map((p) => [p.rr, p.rrNaam]));
  let selected: string | undefined;
  let shown: string | undefined;
  let regions: ShapeLayer | undefined;
  let vervoerregios: ShapeLayer | undefined;
  let verschilShapes: ShapeLayer | undefined;
  let layers: L.Layer[] = [];

  const selectedRr = (): string | undefined => island.pairs.find((p) => p.vr === selected)?.rr;
  const restyle = (): void => {
    regions?.restyle();
    vervoerregios?.restyle();
    if (selected) vervoerregios?.bringToFront(selected);
  };
  const show = (year: string): void => {
    const entry = membership(island, year);
    if (!entry || year === shown) return;
    shown = year;
    regions?.remove();
    vervoerregios?.remove();
    verschilShapes?.remove();
    for (const layer of layers) layer.remove();
    const rrOutlines = mergeGroups(topology, 'gemeenten', groupOf(entry.rrOf));
    regions = live.shapes(
      [...rrOutlines].map(([id, geometry]) => ({ id, geometry })),
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
    const verschillen = mergeGroups(topology, 'gemeenten', (nis) => entry.verschil[nis]);
    layers = [live.lines(borders(topology, 'gemeenten', borderOf(entry.vrOf)), { color: '#1c2230', weight: 2.2, opacity: 1 })];
    verschilShapes = live.shapes(
      [...verschillen].map(([id, geometry]) => ({ id, geometry })),
      {
        interactive: false,
        style: () => ({ color: '#1c2230', weight: 1.5, dashArray: '3 3', fillColor: '#1c2230', fillOpacity: 0.35 }),
        idAttribute: 'data-nis',
      },
    );
    const vrOutlines = mergeGroups(topology, 'gemeenten', groupOf(entry.vrOf));
    vervoerregios = live.shapes(
      [...vrOutlines].map(([id, geometry]) => ({ id, geometry })),
      { interactive: false, style: (code) => ({ color: '#1c2230', weight: code === selected ? 4.5 : 0, opacity: code === selected ? 1 : 0, fill: false }) },
    );
    restyle();
  };

  show(island.defaultSet);
  const size = new Map<string, number>();
  for (const rr of Object.values(island.sets[island.defaultSet]?.rrOf ?? {})) size.set(rr, (size.get(rr) ?? 0) + 1);
  // Larger referentieregio's keep their label when labels would collide.
  live.labels(
    island.pairs.map((p) => ({ lngLat: p.at, content: labelContent(labelLines(p.rrNaam)), className: 'region-label', priority: size.get(p.rr) ?? 0 })),
  );
  return {
    show,
    select(vr) {
      selected = vr;
      restyle();
    },
    destroy: () => live.dispose(),
  };
}
