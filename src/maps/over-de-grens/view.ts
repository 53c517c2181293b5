/** Pure view logic of the figure "Over de grens": which layer is chosen, what it covers, and the info line (shared by SVG, live map and tests). */
import type { MapModel } from '../shared/island.ts';

/** A layer of the map: a Regio Deal (an area or its participants) or vervoerregio Gent. */
export interface GrensLayer {
  /** Also the value of `?regiodeal=`. */
  id: string;
  naam: string;
  /** `gebied`: an area named as a whole; `deelnemers`: participating municipalities, not an area; `grens`: an administrative border. */
  kind: 'gebied' | 'deelnemers' | 'grens';
  onzeker: boolean;
  /** Municipality ids (CBS GM… or NIS) the layer covers. */
  leden: string[];
  omschrijving: string;
}

export interface OverDeGrensIsland extends MapModel {
  /** `regiodeal`: never a parameter of the other maps on the page (vervoerregio, indeling, paar, vergelijking). */
  param: string;
  layers: GrensLayer[];
  /** Ids are CBS codes (GM…) in the Netherlands and NIS codes in Belgium; `d`: the outline as SVG path data in the drawing's units. */
  gemeenten: Array<{ id: string; naam: string; d: string }>;
  /** Municipality labels of the live map, most important first. */
  labels: Array<{ id: string; naam: string; at: [number, number]; priority: number }>;
}

/** The layer chosen in the URL (by id), or undefined. */
export function layerOf(island: Pick<OverDeGrensIsland, 'layers'>, id: string | undefined): GrensLayer | undefined {
  return island.layers.find((l) => l.id === id);
}

/** Dutch line for the info panel: the chosen layer, its members and what the map may claim. */
export function layerInfo(island: Pick<OverDeGrensIsland, 'layers' | 'gemeenten'>, id: string | undefined): string {
  const layer = layerOf(island, id);
  if (!layer) return '';
  const names = new Map(island.gemeenten.map((g) => [g.id, g.naam]));
  const leden = layer.leden.map((m) => names.get(m) ?? m);
  const count = `${String(leden.length)} ${leden.length === 1 ? 'gemeente' : 'gemeenten'}`;
  return `${layer.naam}: ${count} (${leden.join(', ')}). ${layer.omschrijving}`;
}

/** How a municipality is shown for the chosen layer: `in` it, `uit` (dimmed), or `neutraal` when nothing is chosen. */
export function memberState(island: Pick<OverDeGrensIsland, 'layers'>, id: string | undefined, gemeente: string): 'in' | 'uit' | 'neutraal' {
  const layer = layerOf(island, id);
  if (!layer) return 'neutraal';
  return layer.leden.includes(gemeente) ? 'in' : 'uit';
}
