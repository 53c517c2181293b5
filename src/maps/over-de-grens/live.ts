/**
 * The live "Over de grens" map (loaded by dynamic import): the municipalities of Zeeland and Oost-Vlaanderen with the
 * chosen layer; the layers' outlines are merged at build time (arc lists in the island), the browser merges nothing.
 */
import type L from 'leaflet';
import { createLiveMap, labelContent, type ShapeLayer } from '../shared/live-map.ts';
import { polygonArcsOf } from '../shared/arcs.ts';
import { memberState, type OverDeGrensIsland } from './view.ts';

export interface OverDeGrensLive {
  select(id: string | undefined): void;
  destroy(): void;
}

const FILL = { NL: '#e8e1cf', BE: '#dde4ea' } as const;
const PARTICIPANT = '#f3e3d8';
const LINE: Record<string, string> = { gebied: '#2f6b2f', grens: '#1d4f91', deelnemers: '#8a3b12' };

export async function createOverDeGrensLive(
  container: HTMLElement,
  island: OverDeGrensIsland,
  options: { label: string; hatch: string },
): Promise<OverDeGrensLive> {
  const live = await createLiveMap(container, { url: island.topo, label: options.label });
  const { topology } = live;
  const land = (id: string): 'NL' | 'BE' => (id.startsWith('GM') ? 'NL' : 'BE');
  const names = new Map(island.gemeenten.map((g) => [g.id, g.naam]));
  const geometries = (topology.objects['gemeenten'] as { geometries?: Array<{ id?: string | number; type: string; arcs?: unknown }> }).geometries ?? [];
  let selected: string | undefined;
  // The participants of a deal that is no area get the pale fill of their legend swatch (the live map draws no hatching).
  const participants = new Set(island.layers.filter((l) => l.kind === 'deelnemers').flatMap((l) => l.leden));
  const style = (id: string): L.PathOptions => {
    const state = memberState(island, selected, id);
    const layer = island.layers.find((l) => l.id === selected);
    const rest = participants.has(id) && !selected ? PARTICIPANT : FILL[land(id)];
    const fill = state === 'in' ? (LINE[layer?.kind ?? ''] ?? options.hatch) : rest;
    return { color: '#ffffff', weight: 0.8, opacity: 1, fillColor: fill, fillOpacity: state === 'in' ? 0.45 : 1 };
  };
  const gemeenten: ShapeLayer = live.shapes(
    geometries.map((geometry) => ({ id: String(geometry.id ?? ''), rings: polygonArcsOf(geometry) })),
    { style, tooltip: (id) => names.get(id) ?? id, idAttribute: 'data-id' },
  );
  // The layers as outlines over the municipalities: dashed where the extent is uncertain.
  const outlines = island.layers.map((layer) => {
    const arcs = island.outlines[layer.id];
    const shapes = arcs ? [{ id: layer.id, arcs }] : [];
    const base = { color: LINE[layer.kind] ?? '#1c2230', fill: false, dashArray: layer.onzeker ? '9 6' : undefined };
    return {
      id: layer.id,
      layer: live.shapes(shapes, {
        interactive: false,
        idAttribute: 'data-layer',
        style: () => ({ ...base, weight: selected === layer.id ? 4 : 2.5, opacity: !selected || selected === layer.id ? 1 : 0.3 }),
      }),
    };
  });
  live.labels(island.labels.map((l) => ({ lngLat: l.at, content: labelContent([l.naam]), className: 'region-label odg-label', priority: l.priority })));
  return {
    select(id) {
      selected = id;
      gemeenten.restyle();
      for (const o of outlines) o.layer.restyle();
    },
    destroy: () => live.dispose(),
  };
}
